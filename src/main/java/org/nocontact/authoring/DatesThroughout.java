package org.nocontact.authoring;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.nocontact.advice.Advisor;
import org.nocontact.analysis.Budget;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.LookAgainDays;
import org.nocontact.analysis.Region;
import org.nocontact.analysis.Space;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * Whether the day to look again is the same on both sides for every situation of a region whose
 * witness has the same day on both (issue 18). The verdicts and deciding rules are the same all over a
 * region, but the day is not a class of it: it is the first day ahead on which the free feelings open
 * a verdict they do not open today, and two situations of one region can reach the next class of a
 * count of days (or the next occasion) on different days. So a region is settled one of three ways:
 * <ul>
 *   <li>proved alike on the diagrams of what the free feelings open: no side decides DO_NOT_CONTACT
 *   with anything new ever opening there, or both decide it, do the same to the period, and open the
 *   same verdicts whatever the facts of time become;</li>
 *   <li>apart: a situation of the region is found whose day differs, and it becomes the witness;</li>
 *   <li>neither: the region is left open (not covered), which fails the diff as anything uncovered does.</li>
 * </ul>
 */
final class DatesThroughout {
    /** What was settled for one region. */
    sealed interface Settled permits Alike, Apart, Open {
    }

    /** Every situation of the region has the same day on both sides. */
    record Alike() implements Settled {
    }

    /** A situation of the region whose day differs, with its outcome. */
    record Apart(Situation witness, Outcomes.Outcome outcome) implements Settled {
    }

    /** Not settled: neither proved alike nor shown apart. */
    record Open() implements Settled {
    }

    /** Why a region left open is not covered. */
    static final String OPEN = "the day to look again could not be compared for every situation here (its situations "
            + "reach the next class of a count of days on different days, and none was found whose day changes)";
    /** Situations tried near the witness before a region is left open. */
    static final int TRIES = 400;

    private final Space space;
    private final Outcomes outcomes;
    private final Optional<LookAgainDays> days;
    private final Optional<LookAgainDays> proofs;
    private final Budget budget;

    /**
     * @param days the diagrams the days are read off (empty where they are projected, as when the two
     *             rule sets count the period apart)
     * @param proofs the diagrams the proofs are made on (empty where they could not be made)
     */
    DatesThroughout(Space space, Outcomes outcomes, Optional<LookAgainDays> days, Optional<LookAgainDays> proofs,
                    Budget budget) {
        this.space = space;
        this.outcomes = outcomes;
        this.days = days;
        this.proofs = proofs;
        this.budget = budget;
    }

    /** Settles a listed region whose witness has the same day on both sides. */
    Settled settle(Leaf leaf) {
        if (provedAlike(leaf)) {
            return new Alike();
        }
        Random random = new Random(leaf.region().describe().hashCode());
        Situation witness = leaf.witness();
        for (int i = 0; i < TRIES && !budget.spent(); i++) {
            Situation s = near(witness, random);
            if (!leaf.region().admits(0, space.factsOf(s, 0)) || !leaf.region().admits(1, space.factsOf(s, 1))) {
                continue;
            }
            Optional<Outcomes.Outcome> outcome = outcome(leaf, s);
            if (outcome.isEmpty()) {
                return new Open();
            }
            if (outcome.get().aspects().contains(Differ.Aspect.DATE)) {
                return new Apart(s, outcome.get());
            }
        }
        return new Open();
    }

    private boolean provedAlike(Leaf leaf) {
        if (proofs.isEmpty()) {
            return false;
        }
        LookAgainDays d = proofs.get();
        Region region = leaf.region();
        boolean none0 = leaf.verdict(0) != Verdict.DO_NOT_CONTACT || d.opensNothingNew(0, region);
        boolean none1 = leaf.verdict(1) != Verdict.DO_NOT_CONTACT || d.opensNothingNew(1, region);
        if (none0 && none1) {
            return true;
        }
        return leaf.verdict(0) == Verdict.DO_NOT_CONTACT && leaf.verdict(1) == Verdict.DO_NOT_CONTACT
                && leaf.decider(0).period() == leaf.decider(1).period() && d.opensAlike(region);
    }

    private Optional<Outcomes.Outcome> outcome(Leaf leaf, Situation s) {
        return days.isPresent() ? outcomes.of(leaf.decider(0), leaf.decider(1), s, days.get())
                : Optional.ofNullable(Advisor.spending(budget, () -> outcomes.of(leaf.decider(0), leaf.decider(1), s)));
    }

    /**
     * A valid situation like {@code s} with one or two of its counts of days moved (the breakup's, the
     * period's days held and length, the message's) or the whole calendar moved: everything a day to
     * look again can turn on that the region does not fix to one class.
     */
    static Situation near(Situation s, Random random) {
        Situation result = s;
        int changes = 1 + random.nextInt(2);
        for (int k = 0; k < changes; k++) {
            result = switch (random.nextInt(5)) {
                case 0 -> movedBreakup(result, random);
                case 1 -> movedHeld(result, random);
                case 2 -> movedLength(result, random);
                case 3 -> movedMessage(result, random);
                default -> movedCalendar(result, random.nextInt(366) + 1);
            };
        }
        return result;
    }

    private static int step(Random random) {
        int size = random.nextInt(4) == 0 ? 400 : 40;
        return random.nextInt(2 * size + 1) - size;
    }

    private static Situation movedBreakup(Situation s, Random random) {
        long held = s.noContact().map(n -> ChronoUnit.DAYS.between(n.since(), s.today())).orElse(0L);
        long ago = Math.max(held, ChronoUnit.DAYS.between(s.breakup().date(), s.today()) + step(random));
        return s.withBreakup(new Situation.Breakup(s.today().minusDays(ago), s.breakup().initiatedBy(),
                s.breakup().feelingsExpressed()));
    }

    private static Situation movedHeld(Situation s, Random random) {
        if (s.noContact().isEmpty()) {
            return s;
        }
        long most = ChronoUnit.DAYS.between(s.breakup().date(), s.today());
        long held = Math.max(0, Math.min(most, ChronoUnit.DAYS.between(s.noContact().get().since(), s.today()) + step(random)));
        return s.withNoContact(Optional.of(new Situation.NoContact(s.today().minusDays(held), s.noContact().get().days())));
    }

    private static Situation movedLength(Situation s, Random random) {
        if (s.noContact().isEmpty()) {
            return s;
        }
        OptionalInt days = s.noContact().get().days();
        int length = Math.max(1, Math.min(365, days.orElse(30) + step(random)));
        return s.withNoContact(Optional.of(new Situation.NoContact(s.noContact().get().since(), OptionalInt.of(length))));
    }

    private static Situation movedMessage(Situation s, Random random) {
        if (s.exContact().isEmpty()) {
            return s;
        }
        long ago = Math.max(0, ChronoUnit.DAYS.between(s.exContact().get().date(), s.today()) + step(random));
        return s.withExContact(Optional.of(new Situation.ExContact(s.today().minusDays(ago), s.exContact().get().about())));
    }

    /** Every date of the situation moved by {@code days}: the counts of days stay, the calendar moves. */
    private static Situation movedCalendar(Situation s, int days) {
        return s.withToday(s.today().plusDays(days))
                .withBreakup(new Situation.Breakup(s.breakup().date().plusDays(days), s.breakup().initiatedBy(),
                        s.breakup().feelingsExpressed()))
                .withNoContact(s.noContact().map(n -> new Situation.NoContact(n.since().plusDays(days), n.days())))
                .withExContact(s.exContact().map(e -> new Situation.ExContact(e.date().plusDays(days), e.about())));
    }
}
