package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.nocontact.rules.Fact;

/**
 * Finds days since the breakup and a no-contact period (none, or begun some days ago with a
 * given or default length) whose derived facts lie in a region, on every side: days held at most
 * the days since the breakup, and the day of the period one more than the days held (0 if not begun); not begun means 0 days held, the default length, the whole length
 * left and not complete; begun means max(0, length - held) left, and complete once held reaches the
 * length. Exact: for each length it computes the whole set of days held that fit, as ranges, so when
 * it finds none, no situation has the region's period facts.
 */
final class PeriodSolver {
    /** The chosen period: days since the breakup, and the period if begun. */
    record Period(long breakupDaysAgo, boolean started, long held, OptionalInt daysGiven) {
    }

    private final Region region;
    private final Space space;
    private final Ranges breakup;
    private final Ranges held;
    private final Ranges day;
    private final Ranges[] days;
    private final Ranges[] left;
    private final boolean[] canBeComplete;
    private final boolean[] canBeRunning;
    /** Value classes read and range parts walked: the work of this solve, for the budget. */
    private long work;

    private PeriodSolver(Region region) {
        this.region = region;
        this.space = region.space();
        breakup = ranges(space.variable(Fact.BREAKUP_DAYS_AGO));
        held = ranges(space.variable(Fact.NO_CONTACT_DAYS_HELD));
        day = ranges(space.variable(Fact.NO_CONTACT_DAY));
        int sides = space.sides();
        days = new Ranges[sides];
        left = new Ranges[sides];
        canBeComplete = new boolean[sides];
        canBeRunning = new boolean[sides];
        for (int side = 0; side < sides; side++) {
            days[side] = ranges(space.variable(Fact.NO_CONTACT_DAYS, side));
            left[side] = ranges(space.variable(Fact.NO_CONTACT_DAYS_LEFT, side));
            canBeComplete[side] = hasValue(space.variable(Fact.NO_CONTACT_COMPLETE, side), true);
            canBeRunning[side] = hasValue(space.variable(Fact.NO_CONTACT_COMPLETE, side), false);
        }
    }

    /** A period in the region, if any, and the work it took (value classes read, range parts walked). */
    record Solved(Optional<Period> period, long work) {
    }

    static Solved solve(Region region) {
        PeriodSolver solver = new PeriodSolver(region);
        Optional<Period> period = solver.solve();
        return new Solved(period, solver.work);
    }

    /** The variables this solver reads, to memoise on their classes. */
    static List<Integer> variables(Space space) {
        List<Integer> result = new ArrayList<>(List.of(space.variable(Fact.BREAKUP_DAYS_AGO),
                space.variable(Fact.NO_CONTACT_STARTED), space.variable(Fact.NO_CONTACT_SINCE),
                space.variable(Fact.NO_CONTACT_DAYS_HELD), space.variable(Fact.NO_CONTACT_DAY)));
        for (int side = 0; side < space.sides(); side++) {
            for (Fact fact : SituationModel.PER_RULE_SET) {
                result.add(space.variable(fact, side));
            }
        }
        return result;
    }

    private Ranges ranges(int variable) {
        List<ValueClass> allowed = region.allowed(variable);
        work += allowed.size();
        return Ranges.of(allowed);
    }

    private Optional<Period> solve() {
        if (breakup.isEmpty()) {
            return Optional.empty();
        }
        Optional<Period> notBegun = notBegun();
        if (notBegun.isPresent()) {
            return notBegun;
        }
        if (!hasValue(space.variable(Fact.NO_CONTACT_STARTED), true)
                || !hasValue(space.variable(Fact.NO_CONTACT_SINCE), ValueClass.KNOWN)) {
            return Optional.empty();
        }
        Optional<Period> byDefault = begun(OptionalInt.empty());
        for (int d = 1; d <= SituationModel.MAX_PERIOD_DAYS && byDefault.isEmpty(); d++) {
            work += 1 + days[0].size();
            byDefault = days[0].contains(d) ? begun(OptionalInt.of(d)) : Optional.empty();
        }
        return byDefault;
    }

    private Optional<Period> notBegun() {
        if (!hasValue(space.variable(Fact.NO_CONTACT_STARTED), false)
                || region.allowed(space.variable(Fact.NO_CONTACT_SINCE)).stream().noneMatch(ValueClass::isUnknown)
                || !held.contains(0) || !day.contains(0)) {
            return Optional.empty();
        }
        for (int side = 0; side < days.length; side++) {
            long length = space.defaultDays(side);
            if (!days[side].contains(length) || !left[side].contains(length) || !canBeRunning[side]) {
                return Optional.empty();
            }
        }
        return Optional.of(new Period(breakup.min(), false, 0, OptionalInt.empty()));
    }

    /** The fewest days held that fit every side with this length (given, or each side's default). */
    private Optional<Period> begun(OptionalInt given) {
        Ranges fit = held.intersect(Ranges.of(0, breakup.max())).intersect(day.shift(-1));
        work += 1 + held.size() + day.size();
        for (int side = 0; side < days.length && !fit.isEmpty(); side++) {
            work += 1 + fit.size() + left[side].size();
            long length = given.isPresent() ? given.getAsInt() : space.defaultDays(side);
            if (!days[side].contains(length)) {
                return Optional.empty();
            }
            Ranges running = canBeRunning[side]
                    ? Ranges.of(0, length - 1).intersect(left[side].reflect(length)) : Ranges.EMPTY;
            Ranges complete = canBeComplete[side] && left[side].contains(0)
                    ? Ranges.of(length, SituationModel.MAX_DAYS) : Ranges.EMPTY;
            fit = fit.intersect(running.below(complete));
        }
        if (fit.isEmpty()) {
            return Optional.empty();
        }
        long h = fit.min();
        return Optional.of(new Period(breakup.smallestAtLeast(h), true, h, given));
    }

    private boolean hasValue(int variable, Object value) {
        work += region.maskView(variable).cardinality();
        return region.allowed(variable).stream().anyMatch(c -> c.kind() == ValueClass.Kind.VALUE && c.value().equals(value));
    }
}
