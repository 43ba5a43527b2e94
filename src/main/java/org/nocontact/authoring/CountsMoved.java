package org.nocontact.authoring;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.nocontact.advice.Projection;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.Region;
import org.nocontact.analysis.ValueClass;
import org.nocontact.json.InputException;
import org.nocontact.rules.Fact;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.SituationWriter;

/**
 * A region's witness with its counts of days (since the breakup, since no contact began, since the
 * ex's message) moved to the far end of the classes the region allows them, one at a time and all
 * at once: the situations of the region whose counts reach the next class soonest. Each of these is
 * also told on the first days of Christmas and New Year (24, 25 and 31 December), every count kept,
 * so that a count reaches its next class while the occasion read from the date still holds, and on
 * the day before each occasion read from the date (23 and 30 December, 13 February), so that a count
 * reaches its next class as the occasion begins. A period moved
 * back takes the breakup with it where it would otherwise begin before it. Only those the region
 * holds (checked with the real fact computation on both sides) and that {@code check} accepts are
 * given, so a witness found is always a situation an author can run.
 */
final class CountsMoved {
    private CountsMoved() {
    }

    static List<Situation> of(Leaf leaf) {
        Situation witness = leaf.witness();
        List<BiFunction<Situation, Region, Optional<Situation>>> moves = List.of(CountsMoved::breakup,
                CountsMoved::period, CountsMoved::message);
        List<Situation> result = new ArrayList<>();
        Situation all = witness;
        for (BiFunction<Situation, Region, Optional<Situation>> move : moves) {
            Optional<Situation> one = move.apply(witness, leaf.region());
            one.filter(s -> holds(leaf.region(), s)).ifPresent(result::add);
            all = move.apply(all, leaf.region()).orElse(all);
        }
        if (holds(leaf.region(), all) && !all.equals(witness)) {
            result.add(all);
        }
        List<Situation> counted = new ArrayList<>(result);
        counted.add(0, witness);
        for (Situation s : counted) {
            for (MonthDay first : RUNS) {
                for (LocalDate day : nearest(s.today(), first)) {
                    Situation moved = onDay(s, day);
                    if (holds(leaf.region(), moved)) {
                        result.add(moved);
                    }
                }
            }
        }
        return result;
    }

    /**
     * The days whose next day has the same occasion read from the date (Christmas Eve and Day, New Year's
     * Eve), and the days before an occasion read from the date begins (23 and 30 December, 13 February):
     * a count at the end of its class crosses on the next day, as the occasion holds or begins.
     */
    private static final List<MonthDay> RUNS = List.of(MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 31),
            MonthDay.of(12, 23), MonthDay.of(12, 30), MonthDay.of(2, 13));

    /** The last day before {@code today} and the first after it that fall on {@code day}. */
    private static List<LocalDate> nearest(LocalDate today, MonthDay day) {
        LocalDate thisYear = day.atYear(today.getYear());
        return thisYear.isBefore(today) ? List.of(thisYear, thisYear.plusYears(1))
                : thisYear.isAfter(today) ? List.of(thisYear.minusYears(1), thisYear) : List.of();
    }

    /**
     * The situation as told on another day, every count of days kept: today, the breakup, the start of
     * no contact and the ex's message all moved by the same number of days.
     */
    private static Situation onDay(Situation s, LocalDate day) {
        long shift = day.toEpochDay() - s.today().toEpochDay();
        return s.withToday(day)
                .withBreakup(new Situation.Breakup(s.breakup().date().plusDays(shift), s.breakup().initiatedBy(),
                        s.breakup().feelingsExpressed()))
                .withNoContact(s.noContact().map(p -> new Situation.NoContact(p.since().plusDays(shift), p.days())))
                .withExContact(s.exContact().map(m -> new Situation.ExContact(m.date().plusDays(shift), m.about())));
    }

    /** Whether the region holds the situation and {@code check} accepts it (the cheaper test first: most moved days leave the region). */
    private static boolean holds(Region region, Situation situation) {
        for (int side = 0; side < region.space().sides(); side++) {
            if (!region.admits(side, region.space().factsOf(situation, side))) {
                return false;
            }
        }
        return accepted(situation);
    }

    /** Whether {@code check} reads the situation as written (the reader's every check of the format and its dates). */
    static boolean accepted(Situation situation) {
        try {
            new SituationReader(situation.today()).read(SituationWriter.write(situation).getBytes(StandardCharsets.UTF_8),
                    "a moved witness");
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    private static Optional<Situation> breakup(Situation s, Region region) {
        return farthest(region, Fact.BREAKUP_DAYS_AGO, s.today().toEpochDay() - s.breakup().date().toEpochDay())
                .map(days -> s.withBreakup(new Situation.Breakup(s.today().minusDays(days), s.breakup().initiatedBy(),
                        s.breakup().feelingsExpressed())));
    }

    private static Optional<Situation> period(Situation s, Region region) {
        return s.noContact().flatMap(p -> farthest(region, Fact.NO_CONTACT_DAYS_HELD,
                        s.today().toEpochDay() - p.since().toEpochDay())
                .map(days -> s.withNoContact(Optional.of(new Situation.NoContact(s.today().minusDays(days), p.days()))))
                .map(CountsMoved::breakupNoLaterThanThePeriod));
    }

    /** No contact begins on or after the breakup: a breakup after the day it began moves back to that day. */
    private static Situation breakupNoLaterThanThePeriod(Situation s) {
        LocalDate since = s.noContact().orElseThrow().since();
        Situation.Breakup breakup = s.breakup();
        return breakup.date().isAfter(since) ? s.withBreakup(new Situation.Breakup(since, breakup.initiatedBy(),
                breakup.feelingsExpressed())) : s;
    }

    private static Optional<Situation> message(Situation s, Region region) {
        return s.exContact().flatMap(m -> farthest(region, Fact.EX_CONTACT_DAYS_AGO,
                        s.today().toEpochDay() - m.date().toEpochDay())
                .map(days -> s.withExContact(Optional.of(new Situation.ExContact(s.today().minusDays(days), m.about())))));
    }

    /** The highest count in the class of {@code now} the region allows, at most a year of days ahead of it. */
    private static Optional<Long> farthest(Region region, Fact fact, long now) {
        int variable = region.space().variable(fact);
        for (ValueClass c : region.allowed(variable)) {
            if (c.kind() == ValueClass.Kind.RANGE && c.low() <= now && now <= c.high()) {
                long far = Math.min(c.high(), now + Projection.MAX_DAYS);
                return far > now ? Optional.of(far) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
