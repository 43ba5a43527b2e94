package org.nocontact.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.advice.Projection;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.situation.Occasion;

/**
 * A proof that the day to look again is the same on both sides for every situation of a region whose
 * today is an occasion read from the date (Christmas, New Year, Valentine's Day), where one
 * DO_NOT_CONTACT rule that begins no period decides on both sides (issue 18).
 *
 * <p>Such a region's today can only be one of a few dates; each is tried, with its year's calendar
 * ahead (the years 2025 to 2028 give every calendar a date can have: Feb 29 ahead or not). For each,
 * the days ahead are followed together: on day {@code n} every count of days is today's class moved
 * by {@code n} (each count on its own, so more is allowed than any one situation reaches), the
 * occasion is the date's, or the ex's birthday or the anniversary (any day may be one), and every
 * other fact keeps the region's classes. On each day the two sides' diagrams of what the free answers
 * open are walked together over those classes: if no day lets one side open something new that today
 * does not open and the other not, before every situation has opened something on both sides, no
 * situation of the region has its first day apart. Anything else (a day that may open on one side
 * only, today's open verdicts not the same over the region, too much work) proves nothing: the
 * region is searched as before.
 */
final class OccasionDaysProof {
    /** The most work (walk steps) one region's proof may take before it gives up. */
    private static final long MOST_WORK = 2_000_000;
    private static final int BOTH = 1;
    private static final int APART = 2;
    private static final int NEITHER = 4;
    /** What a day ahead can be given as: nothing (its occasion is the date's), the ex's birthday, the anniversary. */
    private static final List<Optional<Occasion>> GIVEN = List.of(Optional.empty(), Optional.of(Occasion.BIRTHDAY),
            Optional.of(Occasion.ANNIVERSARY));

    private final Space space;
    private final Diagrams diagrams;
    private final int[] roots;
    private final ClassLookup[] lookups;
    private final Budget budget;
    private long work;

    OccasionDaysProof(Space space, int[] roots, ClassLookup[] lookups, Budget budget) {
        this.space = space;
        this.diagrams = space.diagrams();
        this.roots = roots;
        this.lookups = lookups;
        this.budget = budget;
    }

    /** Whether the day to look again is proved the same all over the region (false: not proved). */
    boolean proves(Region region, PeriodAdvice period) {
        if (period == PeriodAdvice.BEGINS || period == PeriodAdvice.EXTENDS || !inferredOnly(region)) {
            return false;
        }
        List<LocalDate> todays = todays(region);
        if (todays.isEmpty()) {
            return false;
        }
        Map<List<Object>, Integer> known = new HashMap<>();
        for (boolean started : values(region, Fact.NO_CONTACT_STARTED)) {
            for (boolean present : values(region, Fact.EX_CONTACT_PRESENT)) {
                Days days = new Days(region, started, present);
                for (LocalDate today : todays) {
                    if (!proves(days, today, known)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether the region's occasion today can only be one read from the date. */
    private boolean inferredOnly(Region region) {
        for (int v : variables(Fact.PLAN_OCCASION_INFERRED)) {
            BitSet mask = region.mask(v);
            if (mask.cardinality() != 1 || mask.nextSetBit(0) != classOf(v, Optional.of(true))) {
                return false;
            }
        }
        return true;
    }

    /** The dates of 2025 to 2028 whose occasion read from the date the region allows today. */
    private List<LocalDate> todays(Region region) {
        List<LocalDate> result = new ArrayList<>();
        Set<List<Optional<Occasion>>> calendars = new HashSet<>();
        for (LocalDate date = LocalDate.of(2025, 1, 1); date.getYear() <= 2028; date = date.plusDays(1)) {
            Optional<Occasion> occasion = Facts.inferredOccasion(date);
            if (occasion.isPresent() && allows(region, Fact.PLAN_OCCASION, Optional.of(occasion.get().wireName()))
                    && calendars.add(calendar(date))) {
                result.add(date);
            }
        }
        return result;
    }

    /** The occasions read from the date on the days ahead of {@code today}: what tells two todays apart. */
    private static List<Optional<Occasion>> calendar(LocalDate today) {
        List<Optional<Occasion>> days = new ArrayList<>();
        for (int n = 0; n <= Projection.MAX_DAYS; n++) {
            days.add(Facts.inferredOccasion(today.plusDays(n)));
        }
        return days;
    }

    /** The values of a yes-or-no fact every variable of it allows in the region. */
    private List<Boolean> values(Region region, Fact fact) {
        List<Boolean> result = new ArrayList<>();
        for (boolean value : new boolean[] {false, true}) {
            if (allows(region, fact, Optional.of(value))) {
                result.add(value);
            }
        }
        return result;
    }

    private boolean allows(Region region, Fact fact, Optional<?> value) {
        for (int v : variables(fact)) {
            if (!region.mask(v).get(classOf(v, value))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether, told on {@code today}, no situation of the branch has its first day apart; {@code known}
     * keeps what each day's classes do (the same classes come back on many days and todays).
     */
    private boolean proves(Days days, LocalDate today, Map<List<Object>, Integer> known) {
        int[] closed = new int[2];
        for (int side = 0; side < 2; side++) {
            Set<Integer> open = new HashSet<>();
            opened(roots[side], days.on(today, 0, Optional.empty()), open, new HashSet<>());
            if (open.size() != 1) {
                return false;
            }
            closed[side] = ~open.iterator().next() & LookAgainDays.opening();
        }
        // once no count moves any more, a day's classes differ only by its occasion read from the date
        Map<Optional<Occasion>, Integer> settled = new HashMap<>();
        for (int n = 1; n <= Projection.MAX_DAYS; n++) {
            Optional<Occasion> occasion = Facts.inferredOccasion(today.plusDays(n));
            Integer kinds = days.settledBy(n) ? settled.get(occasion) : null;
            if (kinds == null) {
                kinds = 0;
                for (Optional<Occasion> given : GIVEN) {
                    kinds |= kinds(days.on(today, n, given), closed, known);
                }
                if (days.settledBy(n)) {
                    settled.put(occasion, kinds);
                }
            }
            if ((kinds & APART) != 0 || work > MOST_WORK || budget.spent()) {
                return false;
            }
            if (kinds == BOTH) {
                return true;
            }
        }
        return true;
    }

    /** What a day's classes do (see {@link #kinds(int, int, BitSet[], int[], Map)}), worked out once. */
    private int kinds(BitSet[] classes, int[] closed, Map<List<Object>, Integer> known) {
        List<Object> key = new ArrayList<>(List.of(classes));
        key.add(closed[0]);
        key.add(closed[1]);
        Integer kinds = known.get(key);
        if (kinds == null) {
            kinds = kinds(roots[0], roots[1], classes, closed, new HashMap<>());
            known.put(key, kinds);
        }
        return kinds;
    }

    /** The sets of verdicts (as bits) a side's diagram reaches within the classes. */
    private void opened(int node, BitSet[] classes, Set<Integer> open, Set<Integer> seen) {
        if (!seen.add(node)) {
            return;
        }
        spend(1);
        if (Diagrams.isTerminal(node)) {
            open.add(diagrams.deciders(node).get(0));
            return;
        }
        int v = diagrams.variable(node);
        for (int c = classes[v].nextSetBit(0); c >= 0; c = classes[v].nextSetBit(c + 1)) {
            opened(diagrams.child(node, c), classes, open, seen);
        }
    }

    /**
     * What the class combinations within {@code classes} do on a day, as bits: both sides open something
     * new, one side only, or neither (the walk stops at the first combination of one side only).
     */
    private int kinds(int a, int b, BitSet[] classes, int[] closed, Map<Long, Integer> memo) {
        if (Diagrams.isTerminal(a) && Diagrams.isTerminal(b)) {
            boolean first = (diagrams.deciders(a).get(0) & closed[0]) != 0;
            boolean second = (diagrams.deciders(b).get(0) & closed[1]) != 0;
            return first && second ? BOTH : first != second ? APART : NEITHER;
        }
        long key = ((long) a << 32) | (b & 0xffffffffL);
        Integer known = memo.get(key);
        if (known != null) {
            return known;
        }
        spend(1);
        int v = diagrams.top(a, b);
        int result = 0;
        for (int c = classes[v].nextSetBit(0); c >= 0 && (result & APART) == 0; c = classes[v].nextSetBit(c + 1)) {
            result |= kinds(diagrams.cofactor(a, v, c), diagrams.cofactor(b, v, c), classes, closed, memo);
        }
        memo.put(key, result);
        return result;
    }

    private void spend(long steps) {
        work += steps;
        budget.spend(steps);
    }

    private List<Integer> variables(Fact fact) {
        List<Integer> result = new ArrayList<>();
        for (int v = 0; v < space.size(); v++) {
            if (space.variable(v).fact() == fact && space.variable(v).tie().isEmpty()) {
                result.add(v);
            }
        }
        return result;
    }

    private int classOf(int variable, Optional<?> value) {
        return lookups[variable].classOf(value);
    }

    /**
     * The classes each variable can take on a day ahead, for one value of the period's and the message's
     * presence: the counts of days worked out once per day (and no more once they can move no further),
     * the occasion per today, every other fact as the region has it.
     */
    private final class Days {
        private final Region region;
        private final boolean started;
        private final boolean present;
        /** Per variable: its classes on every day (null for a count of days or an occasion fact). */
        private final BitSet[] still;
        /** Per day ahead (0 to the last that moves a count), the classes of the counts of days (null elsewhere). */
        private final List<BitSet[]> counts = new ArrayList<>();
        /** Whether the last of {@link #counts} holds for every later day. */
        private boolean settled;
        private final int[] occasion;
        private final int[] inferred;

        Days(Region region, boolean started, boolean present) {
            this.region = region;
            this.started = started;
            this.present = present;
            this.still = new BitSet[space.size()];
            for (int v = 0; v < still.length; v++) {
                still[v] = count(v) ? null : fixed(v);
            }
            this.occasion = variables(Fact.PLAN_OCCASION).stream().mapToInt(Integer::intValue).toArray();
            this.inferred = variables(Fact.PLAN_OCCASION_INFERRED).stream().mapToInt(Integer::intValue).toArray();
        }

        /** The classes on day {@code n} after {@code today}, that day given as {@code given} (or not). */
        BitSet[] on(LocalDate today, int n, Optional<Occasion> given) {
            BitSet[] classes = still.clone();
            BitSet[] moved = countsOn(n);
            for (int v = 0; v < classes.length; v++) {
                if (moved[v] != null) {
                    classes[v] = moved[v];
                }
            }
            Optional<Occasion> ofTheDate = Facts.inferredOccasion(today.plusDays(n));
            for (int v : occasion) {
                classes[v] = only(v, given.or(() -> ofTheDate).map(Occasion::wireName));
            }
            for (int v : inferred) {
                classes[v] = only(v, Optional.of(given.isEmpty() && ofTheDate.isPresent()));
            }
            return classes;
        }

        /** Whether no count of days moves from day {@code n} on (known once the counts of that day are worked out). */
        boolean settledBy(int n) {
            countsOn(n);
            return settled && n >= counts.size() - 1;
        }

        /** The counts of days' classes on day {@code n}: the same as the day before once none moves. */
        private BitSet[] countsOn(int n) {
            while (!settled && counts.size() <= n) {
                int day = counts.size();
                BitSet[] classes = new BitSet[space.size()];
                for (int v = 0; v < classes.length; v++) {
                    classes[v] = count(v) ? countOn(v, day) : null;
                }
                settled = day > 0 && Arrays.equals(classes, counts.get(day - 1)) && settled(day);
                if (!settled) {
                    counts.add(classes);
                }
            }
            return counts.get(Math.min(n, counts.size() - 1));
        }

        /** Whether every count is at or past its last bound by day {@code day}: no later day moves one. */
        private boolean settled(int day) {
            for (int v = 0; v < space.size(); v++) {
                if (count(v) && !settled(v, day)) {
                    return false;
                }
            }
            return true;
        }

        private boolean settled(int v, int day) {
            List<ValueClass> all = space.classes(v);
            long last = all.stream().filter(c -> c.kind() == ValueClass.Kind.RANGE).mapToLong(ValueClass::low).max().orElse(0);
            BitSet mask = region.maskView(v);
            for (int c = mask.nextSetBit(0); c >= 0; c = mask.nextSetBit(c + 1)) {
                ValueClass from = all.get(c);
                boolean down = space.variable(v).fact() == Fact.NO_CONTACT_DAYS_LEFT;
                if (from.kind() == ValueClass.Kind.RANGE && (down ? from.high() > day : from.low() + day < last)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the variable is a count of days that moves along the days ahead in this branch. */
        private boolean count(int v) {
            if (space.variable(v).tie().isPresent()) {
                return false;
            }
            return switch (space.variable(v).fact()) {
                case BREAKUP_DAYS_AGO -> true;
                case EX_CONTACT_DAYS_AGO -> present;
                case NO_CONTACT_DAYS_HELD, NO_CONTACT_DAY, NO_CONTACT_DAYS_LEFT, NO_CONTACT_COMPLETE -> started;
                default -> false;
            };
        }

        private BitSet countOn(int v, int n) {
            return switch (space.variable(v).fact()) {
                case NO_CONTACT_DAYS_LEFT -> moved(v, region.maskView(v), n, -1);
                case NO_CONTACT_COMPLETE -> complete(v, n);
                default -> moved(v, region.maskView(v), n, 1);
            };
        }

        /** The classes of a variable that no day moves in this branch. */
        private BitSet fixed(int v) {
            if (space.variable(v).tie().isEmpty() && space.variable(v).fact() == Fact.NO_CONTACT_STARTED) {
                return only(v, Optional.of(started));
            }
            if (space.variable(v).tie().isEmpty() && space.variable(v).fact() == Fact.EX_CONTACT_PRESENT) {
                return only(v, Optional.of(present));
            }
            return region.mask(v);
        }

        private BitSet only(int v, Optional<?> value) {
            BitSet result = new BitSet();
            result.set(classOf(v, value));
            return result;
        }

        /**
         * The classes of a count {@code n} days on: up ({@code direction} 1) or down to 0 (days left); a
         * range no class covers whole also reaches the class every other value falls in (the last).
         */
        private BitSet moved(int v, BitSet mask, int n, int direction) {
            List<ValueClass> all = space.classes(v);
            BitSet result = new BitSet();
            for (int c = mask.nextSetBit(0); c >= 0; c = mask.nextSetBit(c + 1)) {
                ValueClass from = all.get(c);
                if (from.kind() != ValueClass.Kind.RANGE) {
                    result.set(c);
                    continue;
                }
                long low = Math.max(0, from.low() + (long) direction * n);
                long high = Math.max(0, from.high() + (long) direction * n);
                long covered = 0;
                for (int k = 0; k < all.size(); k++) {
                    ValueClass to = all.get(k);
                    if (to.kind() == ValueClass.Kind.RANGE && to.low() <= high && to.high() >= low) {
                        result.set(k);
                        covered += Math.min(high, to.high()) - Math.max(low, to.low()) + 1;
                    }
                }
                if (covered < high - low + 1) {
                    result.set(all.size() - 1);
                }
            }
            return result;
        }

        /** Complete {@code n} days on where the days left (of the same side) can have reached 0, not where they can be above. */
        private BitSet complete(int v, int n) {
            int side = Math.max(0, space.variable(v).side());
            int left = space.variable(Fact.NO_CONTACT_DAYS_LEFT, side);
            BitSet leftThen = moved(left, region.maskView(left), n, -1);
            BitSet result = new BitSet();
            List<ValueClass> all = space.classes(left);
            for (int c = leftThen.nextSetBit(0); c >= 0; c = leftThen.nextSetBit(c + 1)) {
                ValueClass k = all.get(c);
                if (k.kind() != ValueClass.Kind.RANGE || k.low() <= 0) {
                    result.set(classOf(v, Optional.of(true)));
                }
                if (k.kind() != ValueClass.Kind.RANGE || k.high() > 0) {
                    result.set(classOf(v, Optional.of(false)));
                }
            }
            return result;
        }
    }
}
