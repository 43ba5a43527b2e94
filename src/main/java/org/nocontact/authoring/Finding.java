package org.nocontact.authoring;

import java.util.List;
import org.nocontact.json.InputException;
import org.nocontact.json.Position;

/** A problem lint found: which kind, where (file, line:column, JSON path) and what, as an error or a warning. */
public record Finding(Severity severity, Kind kind, String file, Position position, String path, String message) {
    /** As an author reads them: by file, line and column, then by wording (stable: one place keeps its found order). */
    public static final java.util.Comparator<Finding> READING_ORDER = java.util.Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.position().line())
            .thenComparingInt(f -> f.position().column())
            .thenComparing(Finding::message);

    /** Each problem that kept a rule set (or its cases) from loading, as an error at its file:line:column. */
    public static List<Finding> notLoaded(InputException problems) {
        return problems.all().stream().map(p -> new Finding(Severity.ERROR, Kind.DOES_NOT_LOAD, p.source(),
                p.position().orElse(Position.START), p.path(), p.problem())).toList();
    }

    public enum Severity {
        ERROR, WARNING;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What sort of problem a finding is: a stable id (SARIF's ruleId) and one line saying what it means. */
    public enum Kind {
        NEVER_APPLIES("a condition (of a rule, a rule's suggestion, a definition, general advice or an invariant) is true in no valid situation"),
        OUT_OF_RANGE("a comparison with a number outside its fact's range, which no situation meets"),
        SHADOWED("in a profile, an earlier rule decides wherever this rule applies"),
        UNORDERED("two rules with different verdicts can both apply and no profile orders them"),
        INVARIANT_BROKEN("a declared invariant fails in some situation"),
        NOT_COVERED("some situations could not be explored, so nothing is claimed about them"),
        UNPLACED_RULE("a rule is in no profile's precedence"),
        UNUSED_DEFINITION("a definition no rule uses"),
        UNUSED_SOURCE("a source no rule cites"),
        UNLISTED_FILE("a JSON file in the rules folder that ruleset.json does not name"),
        DUPLICATE_PHRASE("a draft phrase given twice, in one rule or two"),
        CONTAINED_PHRASE("a draft phrase that contains another"),
        UNNOTED_DRAFT_RULE("a draft rule that no verdict lists in its notes"),
        DOES_NOT_LOAD("a rule file or a case file is wrong (a field, a value, an id), so the rule set does not load"),
        NOT_PROVED("a declared invariant could not be proved over every situation: nothing is claimed where it was not");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** "never-applies", as SARIF's ruleId and lint's JSON name it. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String description() {
            return description;
        }
    }
}
