package org.nocontact.authoring;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * at once: the situations of the region whose counts reach the next class soonest. A period moved
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
        return result;
    }

    private static boolean holds(Region region, Situation situation) {
        if (!accepted(situation)) {
            return false;
        }
        for (int side = 0; side < region.space().sides(); side++) {
            if (!region.admits(side, region.space().factsOf(situation, side))) {
                return false;
            }
        }
        return true;
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
