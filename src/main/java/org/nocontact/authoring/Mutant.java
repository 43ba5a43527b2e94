package org.nocontact.authoring;

import java.util.Set;
import org.nocontact.json.Position;
import org.nocontact.rules.RuleSet;

/**
 * One small change to a rule set, of the kind an author makes by mistake, held in memory only: what
 * was changed (in words), where (the file, the position of the rule or profile it is in, and the
 * field path below it), the profiles it can affect, and the changed rule set.
 */
public record Mutant(Kind kind, String change, String file, Position position, String path, Set<String> profiles,
                     RuleSet rules) {
    public Mutant {
        profiles = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(profiles));
    }

    /** The kinds of mistake made. */
    public enum Kind {
        BOUND_MOVED("a bound moved by one value class"),
        COMPARISON_SWAPPED("atLeast and atMost swapped"),
        CONDITION_DROPPED("a condition dropped"),
        NOT_DROPPED("a \"not\" dropped"),
        NAME_DROPPED("a name dropped from a list"),
        BOOLEAN_FLIPPED("a true/false flipped"),
        VERDICT_CHANGED("a verdict changed"),
        PRECEDENCE_SWAPPED("two adjacent rules swapped in precedence"),
        RULE_DROPPED("a rule dropped from a profile");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** file:line:column and the field path, as an author would look it up. */
    public String where() {
        return file + ":" + position + " (" + path + ")";
    }
}
