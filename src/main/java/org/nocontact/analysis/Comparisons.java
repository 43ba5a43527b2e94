package org.nocontact.analysis;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactSets;
import org.nocontact.rules.Truth;
import org.nocontact.situation.Tie;

/**
 * The diagram of one comparison: a node over its variable's classes, true where the class meets
 * it (a comparison holds on a whole class or on none of it: the space is cut at its bounds). A tie
 * comparison is the "or" of the ties it names. Each class tested is work.
 */
final class Comparisons implements FactSets {
    private final Diagrams diagrams;
    private final int side;
    private final Space space;
    private int result = Diagrams.FALSE;

    Comparisons(Diagrams diagrams, int side) {
        this.diagrams = diagrams;
        this.side = side;
        this.space = diagrams.space();
    }

    /** The diagram of a comparison (a condition with no parts). */
    int of(Condition comparison) {
        comparison.decide(this);
        return result;
    }

    private Truth over(int variable, Predicate<ValueClass> holds) {
        List<ValueClass> classes = space.classes(variable);
        int[] children = new int[classes.size()];
        diagrams.charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = holds.test(classes.get(c)) ? Diagrams.TRUE : Diagrams.FALSE;
        }
        result = diagrams.make(variable, children);
        return Truth.UNDECIDED;
    }

    private Truth over(Fact fact, Predicate<ValueClass> holds) {
        return over(space.variable(fact, side), holds);
    }

    /** A number comparison must hold on a whole class or on none of it, or the space was cut for other rules. */
    private static boolean whole(ValueClass c, long low, long high) {
        if (c.kind() != ValueClass.Kind.RANGE) {
            return false;
        }
        boolean inside = c.low() >= low && c.high() <= high;
        boolean outside = c.high() < low || c.low() > high;
        if (!inside && !outside) {
            throw new IllegalStateException("class " + c.describe() + " straddles " + low + ".." + high
                    + ": this condition was not part of the space's rule sets");
        }
        return inside;
    }

    private static boolean equal(ValueClass c, Object value) {
        if (value instanceof Integer n) {
            return whole(c, n, n);
        }
        return c.kind() == ValueClass.Kind.VALUE && c.value().equals(value);
    }

    public Truth is(Fact fact, Object value) {
        return over(fact, c -> equal(c, value));
    }

    public Truth in(Fact fact, Set<Object> values) {
        diagrams.charge((long) values.size() * space.classes(space.variable(fact, side)).size());
        return over(fact, c -> values.stream().anyMatch(v -> equal(c, v)));
    }

    public Truth atLeast(Fact fact, int bound) {
        return over(fact, c -> whole(c, bound, Long.MAX_VALUE));
    }

    public Truth atMost(Fact fact, int bound) {
        return over(fact, c -> whole(c, Long.MIN_VALUE, bound));
    }

    public Truth known(Fact fact, boolean known) {
        return over(fact, c -> c.isUnknown() != known);
    }

    public Truth includesAny(Fact fact, Set<String> names) {
        int any = Diagrams.FALSE;
        for (Tie tie : Tie.values()) {
            if (names.contains(tie.wireName())) {
                over(space.variable(tie), c -> Boolean.TRUE.equals(c.value()));
                any = diagrams.or(any, result);
            }
        }
        result = any;
        return Truth.UNDECIDED;
    }
}
