package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Invariant;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;

/**
 * Every place the rule format lets a condition stand (docs/schema: a rule's {@code when}, a rule's
 * {@code doInstead} item's {@code when}, a definition, a general {@code advice} item's {@code when},
 * an invariant's {@code when}), each with where it is written, so that lint checks each the same
 * way and says where, at its file:line:column. Suggestions with no condition (always shown) are left out.
 */
final class ConditionPlaces {
    private ConditionPlaces() {
    }

    /** The kinds of place, each with the words lint uses for a condition there that is never true. */
    enum Kind {
        RULE("this condition can never be true: no valid situation meets it"),
        DO_INSTEAD("this suggestion is never shown: no valid situation where its rule applies meets its condition"),
        DEFINITION("this definition can never be true: no valid situation meets it"),
        ADVICE("this advice is never shown: no valid situation meets its condition"),
        INVARIANT("this invariant promises nothing: no valid situation meets its condition");

        private final String neverTrue;

        Kind(String neverTrue) {
            this.neverTrue = neverTrue;
        }

        String neverTrue() {
            return neverTrue;
        }
    }

    /**
     * One condition in its place. {@code path} is the field path in its file ("rules.ID.doInstead[1].when",
     * "definitions.NAME"), {@code owner} what a finding names; {@code within} is what must also hold for
     * the condition to matter (a rule's suggestion is read only where that rule applies);
     * {@code rule} is the rule it belongs to (its own condition, or one of its suggestions).
     */
    record Place(Kind kind, Condition condition, String file, String path, String owner, Position fallback,
                 Condition within, Optional<Rule> rule) {
    }

    /** @param index how ruleset.json is named in findings */
    static List<Place> of(RuleSet rules, String index) {
        List<Place> places = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            places.add(new Place(Kind.RULE, rule.when(), rule.file(), "rules." + rule.id() + ".when", rule.id(),
                    rule.whenPosition(), new Condition.Always(), Optional.of(rule)));
            for (int i = 0; i < rule.doInstead().size(); i++) {
                String item = "doInstead[" + i + "]";
                places.add(new Place(Kind.DO_INSTEAD, rule.doInstead().get(i).when(), rule.file(),
                        "rules." + rule.id() + "." + item + ".when", rule.id() + "." + item + ".when", rule.position(),
                        rule.when(), Optional.of(rule)));
            }
        }
        rules.definitions().keySet().stream().sorted().forEach(name -> places.add(new Place(Kind.DEFINITION,
                ChangedLines.body(rules.definitions().get(name)), index, "definitions." + name, "definitions." + name,
                Position.START, new Condition.Always(), Optional.empty())));
        for (int i = 0; i < rules.generalAdvice().size(); i++) {
            String item = "advice[" + i + "]";
            places.add(new Place(Kind.ADVICE, rules.generalAdvice().get(i).when(), index, item + ".when", item + ".when",
                    Position.START, new Condition.Always(), Optional.empty()));
        }
        for (Invariant invariant : rules.invariants()) {
            String item = "invariants." + invariant.id();
            places.add(new Place(Kind.INVARIANT, invariant.when(), invariant.file(), item + ".when", item + ".when",
                    invariant.position(), new Condition.Always(), Optional.empty()));
        }
        return places.stream().filter(p -> !(p.condition() instanceof Condition.Always)).toList();
    }
}
