package org.nocontact.analysis;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactSets;
import org.nocontact.rules.Truth;
import org.nocontact.situation.Tie;

/**
 * A region's facts as one side (rule set) reads them. A comparison that holds for some allowed
 * classes but not others is UNDECIDED, and the first such comparison is kept as the split to make:
 * its variable, and the classes where it holds.
 */
final class RegionFacts implements FactSets {
    private final Region region;
    private final int side;
    private final EnumSet<Fact> read = EnumSet.noneOf(Fact.class);
    private int splitVariable = -1;
    private BitSet splitTrue;
    /** Value classes tested so far (a test of an "in" list counts each value): the work actually done. */
    private long visited;

    RegionFacts(Region region, int side) {
        this.region = region;
        this.side = side;
    }

    boolean hasSplit() {
        return splitVariable >= 0;
    }

    int splitVariable() {
        return splitVariable;
    }

    BitSet splitTrue() {
        return splitTrue;
    }

    Set<Fact> read() {
        return read;
    }

    /** The work these facts did: value classes tested, each "in" value counted. */
    long visited() {
        return visited;
    }

    private Truth over(Fact fact, Predicate<ValueClass> holds) {
        read.add(fact);
        return over(region.space().variable(fact, side), holds);
    }

    private Truth over(int variable, Predicate<ValueClass> holds) {
        List<ValueClass> classes = region.space().classes(variable);
        BitSet mask = region.maskView(variable);
        BitSet yes = new BitSet();
        boolean any = false;
        boolean all = true;
        for (int c = mask.nextSetBit(0); c >= 0; c = mask.nextSetBit(c + 1)) {
            visited++;
            if (holds.test(classes.get(c))) {
                yes.set(c);
                any = true;
            } else {
                all = false;
            }
        }
        if (all) {
            return Truth.TRUE;
        }
        if (!any) {
            return Truth.FALSE;
        }
        if (splitVariable < 0) {
            splitVariable = variable;
            splitTrue = yes;
        }
        return Truth.UNDECIDED;
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
        visited += (long) values.size() * region.maskView(region.space().variable(fact, side)).cardinality();
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
        read.add(fact);
        Truth result = Truth.FALSE;
        for (Tie tie : Tie.values()) {
            if (names.contains(tie.wireName())) {
                Truth held = over(region.space().variable(tie), c -> Boolean.TRUE.equals(c.value()));
                if (held == Truth.TRUE) {
                    return Truth.TRUE;
                }
                if (held == Truth.UNDECIDED) {
                    result = Truth.UNDECIDED;
                }
            }
        }
        return result;
    }
}
