package org.nocontact.interview;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.nocontact.analysis.Space;
import org.nocontact.analysis.ValueClass;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactType;
import org.nocontact.rules.RuleSet;

/**
 * Whether two numbers are alike to the rules given: no condition of theirs (rules, suggestions,
 * advice, definitions, invariants, every profile) tells them apart, so "2 or 3" gets the same advice
 * whichever is meant. Derived from the rules' own thresholds, never from numbers written here.
 */
final class AlikeNumbers {
    /** Knows no rules: no two numbers are said to be alike (a range is always asked back). */
    static final AlikeNumbers NONE = new AlikeNumbers(Optional::empty);

    private final Supplier<Optional<Space>> space;

    private AlikeNumbers(Supplier<Optional<Space>> space) {
        this.space = space;
    }

    /** The rules' thresholds, worked out the first time a range is typed (most interviews never need them). */
    static AlikeNumbers of(RuleSet rules) {
        return new AlikeNumbers(new Supplier<>() {
            private Optional<Space> space;

            @Override
            public synchronized Optional<Space> get() {
                if (space == null) {
                    space = Optional.of(Space.of(rules));
                }
                return space;
            }
        });
    }

    /**
     * Whether low and high fall in the same class of every threshold the rules use for the one number
     * the question decides. A question that decides more than one fact (the period's length feeds the
     * days left, the end day...) is never said to be alike.
     */
    boolean alike(Key<?> question, int low, int high) {
        if (question.facts().size() != 1) {
            return false;
        }
        Fact fact = question.facts().iterator().next();
        if (fact.type() != FactType.NUMBER || !fact.factName().equals(question.field())) {
            return false;
        }
        return space.get().map(s -> s.classes(s.variable(fact))).map(classes -> sameClass(classes, low, high))
                .orElse(false);
    }

    private static boolean sameClass(List<ValueClass> classes, int low, int high) {
        return classes.stream().anyMatch(c -> c.contains(Optional.of(low)) && c.contains(Optional.of(high)));
    }
}
