package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.List;

/** A set of whole numbers as sorted, disjoint, inclusive ranges: what a region allows a number fact. */
final class Ranges {
    static final Ranges EMPTY = new Ranges(List.of());

    private final List<long[]> parts;

    private Ranges(List<long[]> parts) {
        this.parts = parts;
    }

    /** How many separate ranges: the work of walking them. */
    int size() {
        return parts.size();
    }

    static Ranges of(long low, long high) {
        return low > high ? EMPTY : new Ranges(List.of(new long[] {low, high}));
    }

    /** The number classes among these, adjacent ones joined; "unknown" is left out. */
    static Ranges of(List<ValueClass> classes) {
        List<long[]> parts = new ArrayList<>();
        for (ValueClass c : classes) {
            if (c.kind() != ValueClass.Kind.RANGE) {
                continue;
            }
            long[] last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && last[1] + 1 == c.low()) {
                last[1] = c.high();
            } else {
                parts.add(new long[] {c.low(), c.high()});
            }
        }
        return new Ranges(parts);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    boolean contains(long value) {
        for (long[] p : parts) {
            if (p[0] <= value && value <= p[1]) {
                return true;
            }
        }
        return false;
    }

    long min() {
        return parts.get(0)[0];
    }

    long max() {
        return parts.get(parts.size() - 1)[1];
    }

    /** The smallest member at least {@code floor}, or -1. */
    long smallestAtLeast(long floor) {
        for (long[] p : parts) {
            if (p[1] >= floor) {
                return Math.max(p[0], floor);
            }
        }
        return -1;
    }

    Ranges intersect(Ranges other) {
        List<long[]> result = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < parts.size() && j < other.parts.size()) {
            long[] a = parts.get(i);
            long[] b = other.parts.get(j);
            long low = Math.max(a[0], b[0]);
            long high = Math.min(a[1], b[1]);
            if (low <= high) {
                result.add(new long[] {low, high});
            }
            if (a[1] < b[1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Ranges(result);
    }

    /** Members of either (both must not overlap: this lies wholly below {@code higher}). */
    Ranges below(Ranges higher) {
        List<long[]> result = new ArrayList<>(parts);
        result.addAll(higher.parts);
        return new Ranges(result);
    }

    /** {@code {at - x : x in this}}. */
    /** Every value moved by {@code by}. */
    Ranges shift(long by) {
        List<long[]> moved = new java.util.ArrayList<>(parts.size());
        for (long[] p : parts) {
            moved.add(new long[] {p[0] + by, p[1] + by});
        }
        return new Ranges(moved);
    }

    Ranges reflect(long at) {
        List<long[]> result = new ArrayList<>();
        for (int k = parts.size() - 1; k >= 0; k--) {
            result.add(new long[] {at - parts.get(k)[1], at - parts.get(k)[0]});
        }
        return new Ranges(result);
    }
}
