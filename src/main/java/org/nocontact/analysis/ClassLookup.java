package org.nocontact.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Which class of one variable a fact's value lies in, for the walk down a diagram that reads every day
 * ahead (a count of days can have dozens of classes in a large rule set): the whole-number ranges are
 * searched by halves, anything else class by class. As a scan in order would give: the first class
 * holding the value, else the last class.
 */
final class ClassLookup {
    private final List<ValueClass> classes;
    /** The range classes' lows, in increasing order, and their places in {@link #classes}; empty where they overlap. */
    private final long[] lows;
    private final long[] highs;
    private final int[] places;
    /** The place of the class of an unknown value (the last class where none is unknown). */
    private final int unknown;

    ClassLookup(List<ValueClass> classes) {
        this.classes = classes;
        int[] order = IntStream.range(0, classes.size())
                .filter(c -> classes.get(c).kind() == ValueClass.Kind.RANGE).boxed()
                .sorted(Comparator.comparingLong(c -> classes.get(c).low()))
                .mapToInt(Integer::intValue).toArray();
        boolean apart = true;
        for (int i = 1; i < order.length; i++) {
            apart &= classes.get(order[i - 1]).high() < classes.get(order[i]).low();
        }
        boolean onlyRanges = order.length > 0 && classes.stream().allMatch(c -> c.kind() != ValueClass.Kind.VALUE);
        this.places = apart && onlyRanges ? order : new int[0];
        this.lows = new long[places.length];
        this.highs = new long[places.length];
        for (int i = 0; i < places.length; i++) {
            lows[i] = classes.get(places[i]).low();
            highs[i] = classes.get(places[i]).high();
        }
        int u = classes.size() - 1;
        for (int c = classes.size() - 1; c >= 0; c--) {
            u = classes.get(c).isUnknown() ? c : u;
        }
        this.unknown = u;
    }

    /** The place of the class holding {@code value} (empty when unknown). */
    int classOf(Optional<?> value) {
        if (places.length == 0) {
            int c = 0;
            while (c < classes.size() - 1 && !classes.get(c).contains(value)) {
                c++;
            }
            return c;
        }
        if (value.isEmpty()) {
            return unknown;
        }
        if (!(value.get() instanceof Integer n)) {
            return classes.size() - 1;
        }
        int lo = 0;
        int hi = lows.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lows[mid] <= n) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lows[lo] <= n && n <= highs[lo] ? places[lo] : classes.size() - 1;
    }
}
