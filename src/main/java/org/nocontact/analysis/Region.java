package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.situation.Tie;

/**
 * A set of situations: for each variable of a {@link Space}, the value classes still allowed.
 * Immutable; narrowing gives a new region. A region can be empty in fact (no situation has a
 * complete period and none begun) even when every variable has classes left; the witness builder
 * decides that.
 */
public final class Region {
    private final Space space;
    private final BitSet[] masks;

    private Region(Space space, BitSet[] masks) {
        this.space = space;
        this.masks = masks;
    }

    static Region all(Space space) {
        BitSet[] masks = new BitSet[space.size()];
        for (int v = 0; v < masks.length; v++) {
            masks[v] = new BitSet();
            masks[v].set(0, space.classes(v).size());
        }
        return new Region(space, masks);
    }

    /** The region of a space whose variables allow these classes (copied), as {@link #maskView} gives them. */
    static Region of(Space space, BitSet[] masks) {
        if (masks.length != space.size()) {
            throw new IllegalArgumentException("a region of " + space.size() + " variables, not " + masks.length);
        }
        BitSet[] copies = new BitSet[masks.length];
        for (int v = 0; v < masks.length; v++) {
            if (masks[v].length() > space.classes(v).size()) {
                throw new IllegalArgumentException("variable " + v + " has " + space.classes(v).size() + " classes");
            }
            copies[v] = (BitSet) masks[v].clone();
        }
        return new Region(space, copies);
    }

    public Space space() {
        return space;
    }

    /** The classes of a variable still allowed (a copy). */
    public BitSet mask(int variable) {
        return (BitSet) masks[variable].clone();
    }

    /** Whether both regions allow some class of a variable (no copy made). */
    public boolean meets(Region other, int variable) {
        return masks[variable].intersects(other.masks[variable]);
    }

    /** Whether every situation of the other region is in this one: each variable's classes there are allowed here. */
    public boolean holds(Region other) {
        if (other.space != space) {
            return false;
        }
        for (int v = 0; v < masks.length; v++) {
            BitSet theirs = other.masks[v];
            for (int c = theirs.nextSetBit(0); c >= 0; c = theirs.nextSetBit(c + 1)) {
                if (!masks[v].get(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    BitSet maskView(int variable) {
        return masks[variable];
    }

    /** The allowed classes of a variable, in order. */
    public List<ValueClass> allowed(int variable) {
        List<ValueClass> all = space.classes(variable);
        return masks[variable].stream().mapToObj(all::get).toList();
    }

    /** This region, keeping of one variable only the classes also in {@code keep}. */
    public Region restrict(int variable, BitSet keep) {
        BitSet[] next = masks.clone();
        next[variable] = (BitSet) masks[variable].clone();
        next[variable].and(keep);
        return new Region(space, next);
    }

    /** This region, keeping of one variable the classes that satisfy a test. */
    public Region restrict(int variable, Predicate<ValueClass> keep) {
        BitSet bits = new BitSet();
        List<ValueClass> all = space.classes(variable);
        for (int c = 0; c < all.size(); c++) {
            if (keep.test(all.get(c))) {
                bits.set(c);
            }
        }
        return restrict(variable, bits);
    }

    /**
     * This region, keeping of each variable the classes its test keeps ({@code null}: every class), as
     * {@link #restrict(int, Predicate)} would one variable after another, with one copy instead of one per
     * variable.
     */
    public Region restrictEach(java.util.function.IntFunction<Predicate<ValueClass>> keep) {
        BitSet[] next = masks.clone();
        for (int v = 0; v < next.length; v++) {
            Predicate<ValueClass> test = keep.apply(v);
            if (test == null) {
                continue;
            }
            BitSet bits = new BitSet();
            List<ValueClass> all = space.classes(v);
            for (int c = masks[v].nextSetBit(0); c >= 0; c = masks[v].nextSetBit(c + 1)) {
                if (test.test(all.get(c))) {
                    bits.set(c);
                }
            }
            next[v] = bits;
        }
        return new Region(space, next);
    }

    /**
     * Situations where a fact has this value (empty for unknown), on every side: for a start region,
     * such as the answers an interview already has. The tie list is given as a set of tie names.
     */
    public Region with(Fact fact, Optional<?> value) {
        if (fact == Fact.TIES && value.isPresent() && value.get() instanceof Set<?> names) {
            Region result = this;
            for (Tie tie : Tie.values()) {
                result = result.with(tie, names.contains(tie.wireName()));
            }
            return result;
        }
        Region result = this;
        for (int side = 0; side < space.sides(); side++) {
            result = result.restrict(space.variable(fact, side), c -> c.contains(value));
        }
        return result;
    }

    public Region with(Fact fact, Object value) {
        return with(fact, Optional.of(value));
    }

    public Region with(Tie tie, boolean held) {
        return restrict(space.variable(tie), c -> c.value().equals(held));
    }

    /** A key equal for two regions exactly when they agree on every variable but this one. */
    public Object shapeWithout(int variable) {
        BitSet[] rest = masks.clone();
        rest[variable] = null;
        return Arrays.asList(rest);
    }

    /** Whether every variable has a class both regions allow (else they plainly share no situation). */
    public boolean overlaps(Region other) {
        for (int v = 0; v < masks.length; v++) {
            if (!masks[v].intersects(other.masks[v])) {
                return false;
            }
        }
        return true;
    }

    /** The situations of both regions: each variable keeps the classes both allow. */
    public Region intersect(Region other) {
        BitSet[] next = new BitSet[masks.length];
        for (int v = 0; v < masks.length; v++) {
            next[v] = (BitSet) masks[v].clone();
            next[v].and(other.masks[v]);
        }
        return new Region(space, next);
    }

    /** This region with one variable's classes widened by another region's. */
    public Region widen(int variable, Region other) {
        BitSet[] next = masks.clone();
        next[variable] = (BitSet) masks[variable].clone();
        next[variable].or(other.masks[variable]);
        return new Region(space, next);
    }

    /** Whether some variable has no class left (the region is then certainly empty). */
    public boolean isPlainlyEmpty() {
        return Arrays.stream(masks).anyMatch(BitSet::isEmpty);
    }

    /** Whether a concrete situation's facts (as one side computes them) lie in this region. */
    public boolean admits(int side, Facts facts) {
        Set<?> ties = (Set<?>) facts.value(Fact.TIES).orElse(Set.of());
        for (int v = 0; v < masks.length; v++) {
            Space.Variable variable = space.variable(v);
            if (variable.side() >= 0 && variable.side() != side) {
                continue;
            }
            Optional<?> value = variable.tie().isPresent()
                    ? Optional.of(ties.contains(variable.tie().get().wireName()))
                    : facts.value(variable.fact());
            List<ValueClass> all = space.classes(v);
            boolean inside = false;
            for (int c = masks[v].nextSetBit(0); c >= 0 && !inside; c = masks[v].nextSetBit(c + 1)) {
                inside = all.get(c).contains(value);
            }
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /** Variables narrowed from everything, in the space's order. */
    public List<Integer> narrowed() {
        List<Integer> result = new ArrayList<>();
        for (int v = 0; v < masks.length; v++) {
            if (masks[v].cardinality() < space.classes(v).size()) {
                result.add(v);
            }
        }
        return result;
    }

    /** The region in the condition language: "goal is reconcile, emotions.confidence is 6..7". */
    public String describe() {
        return RegionText.describe(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region r && r.space == space && Arrays.equals(r.masks, masks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(masks);
    }

    @Override
    public String toString() {
        return describe();
    }
}
