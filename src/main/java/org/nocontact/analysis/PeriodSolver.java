package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.nocontact.rules.Fact;

/**
 * Finds days since the breakup and a no-contact period (none, or begun some days ago with a
 * given or default length) whose derived facts lie in a region, on every side: days held at most
 * the days since the breakup; not begun means 0 days held, the default length, the whole length
 * left and not complete; begun means max(0, length - held) left, and complete once held reaches the
 * length. Complete: for each length it tries the few held-day counts where some constraint can
 * start to hold, so when none works, no situation has the region's period facts.
 */
final class PeriodSolver {
    /** The chosen period: days since the breakup, and the period if begun. */
    record Period(long breakupDaysAgo, boolean started, long held, OptionalInt daysGiven) {
    }

    private final Region region;
    private final Space space;

    private PeriodSolver(Region region) {
        this.region = region;
        this.space = region.space();
    }

    static Optional<Period> solve(Region region) {
        return new PeriodSolver(region).solve();
    }

    /** The variables this solver reads, to memoise on their classes. */
    static List<Integer> variables(Space space) {
        List<Integer> result = new ArrayList<>(List.of(space.variable(Fact.BREAKUP_DAYS_AGO),
                space.variable(Fact.NO_CONTACT_STARTED), space.variable(Fact.NO_CONTACT_SINCE),
                space.variable(Fact.NO_CONTACT_DAYS_HELD)));
        for (int side = 0; side < space.sides(); side++) {
            for (Fact fact : SituationModel.PER_RULE_SET) {
                result.add(space.variable(fact, side));
            }
        }
        return result;
    }

    private Optional<Period> solve() {
        Optional<Period> notBegun = notBegun();
        if (notBegun.isPresent()) {
            return notBegun;
        }
        if (!has(Fact.NO_CONTACT_STARTED, true) || !has(Fact.NO_CONTACT_SINCE, ValueClass.KNOWN)) {
            return Optional.empty();
        }
        Optional<Period> byDefault = begun(OptionalInt.empty());
        if (byDefault.isPresent()) {
            return byDefault;
        }
        for (int days = 1; days <= SituationModel.MAX_PERIOD_DAYS; days++) {
            Optional<Period> given = begun(OptionalInt.of(days));
            if (given.isPresent()) {
                return given;
            }
        }
        return Optional.empty();
    }

    private Optional<Period> notBegun() {
        if (!has(Fact.NO_CONTACT_STARTED, false) || !hasUnknown(Fact.NO_CONTACT_SINCE)
                || !hasNumber(space.variable(Fact.NO_CONTACT_DAYS_HELD), 0)) {
            return Optional.empty();
        }
        for (int side = 0; side < space.sides(); side++) {
            long days = space.defaultDays(side);
            if (!hasNumber(space.variable(Fact.NO_CONTACT_DAYS, side), days)
                    || !hasNumber(space.variable(Fact.NO_CONTACT_DAYS_LEFT, side), days)
                    || !hasValue(space.variable(Fact.NO_CONTACT_COMPLETE, side), false)) {
                return Optional.empty();
            }
        }
        return smallestAtLeast(space.variable(Fact.BREAKUP_DAYS_AGO), 0)
                .map(b -> new Period(b, false, 0, OptionalInt.empty()));
    }

    private Optional<Period> begun(OptionalInt given) {
        long[] days = new long[space.sides()];
        TreeSet<Long> critical = new TreeSet<>(List.of(0L));
        for (int side = 0; side < days.length; side++) {
            days[side] = given.isPresent() ? given.getAsInt() : space.defaultDays(side);
            if (!hasNumber(space.variable(Fact.NO_CONTACT_DAYS, side), days[side])) {
                return Optional.empty();
            }
            critical.add(days[side]);
            for (ValueClass c : region.allowed(space.variable(Fact.NO_CONTACT_DAYS_LEFT, side))) {
                critical.add(days[side] - c.low());
                critical.add(days[side] - c.high());
            }
        }
        for (int v : List.of(space.variable(Fact.NO_CONTACT_DAYS_HELD), space.variable(Fact.BREAKUP_DAYS_AGO))) {
            for (ValueClass c : region.allowed(v)) {
                critical.add(c.low());
                critical.add(c.high());
            }
        }
        TreeSet<Long> candidates = new TreeSet<>();
        for (long point : critical) {
            for (long h = point - 1; h <= point + 1; h++) {
                if (h >= 0 && h <= SituationModel.MAX_DAYS) {
                    candidates.add(h);
                }
            }
        }
        for (long held : candidates) {
            Optional<Period> period = withHeld(held, days, given);
            if (period.isPresent()) {
                return period;
            }
        }
        return Optional.empty();
    }

    private Optional<Period> withHeld(long held, long[] days, OptionalInt given) {
        if (!hasNumber(space.variable(Fact.NO_CONTACT_DAYS_HELD), held)) {
            return Optional.empty();
        }
        for (int side = 0; side < days.length; side++) {
            if (!hasNumber(space.variable(Fact.NO_CONTACT_DAYS_LEFT, side), Math.max(0, days[side] - held))
                    || !hasValue(space.variable(Fact.NO_CONTACT_COMPLETE, side), held >= days[side])) {
                return Optional.empty();
            }
        }
        return smallestAtLeast(space.variable(Fact.BREAKUP_DAYS_AGO), held)
                .map(b -> new Period(b, true, held, given));
    }

    private Optional<Long> smallestAtLeast(int variable, long floor) {
        for (ValueClass c : region.allowed(variable)) {
            if (c.high() >= floor) {
                return Optional.of(Math.max(c.low(), floor));
            }
        }
        return Optional.empty();
    }

    private boolean has(Fact fact, Object value) {
        return hasValue(space.variable(fact), value);
    }

    private boolean hasUnknown(Fact fact) {
        return region.allowed(space.variable(fact)).stream().anyMatch(ValueClass::isUnknown);
    }

    private boolean hasValue(int variable, Object value) {
        return region.allowed(variable).stream().anyMatch(c -> c.kind() == ValueClass.Kind.VALUE && c.value().equals(value));
    }

    private boolean hasNumber(int variable, long value) {
        return region.allowed(variable).stream().anyMatch(c -> c.kind() == ValueClass.Kind.RANGE
                && c.low() <= value && value <= c.high());
    }

}
