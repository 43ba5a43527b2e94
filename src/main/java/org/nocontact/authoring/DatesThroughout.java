package org.nocontact.authoring;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.nocontact.advice.Advisor;
import org.nocontact.analysis.Budget;
import org.nocontact.analysis.Exploration;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.LookAgainDays;
import org.nocontact.analysis.Region;
import org.nocontact.analysis.Space;
import org.nocontact.rules.Profile;
import org.nocontact.situation.Situation;

/**
 * Whether the day to look again is the same on both sides for every situation of a region whose
 * witness has the same day on both (issue 18). The verdicts and deciding rules are the same all over a
 * region, but the day is not a class of it: it is the first day ahead on which the free feelings open
 * a verdict they do not open today, and two situations of one region can reach the next class of a
 * count of days (or the next occasion) on different days. So each region is settled part by part:
 * <ul>
 *   <li>where the diagrams of what the free feelings open prove the day alike ({@link
 *   LookAgainDays#alikeThroughout}), nothing more is done;</li>
 *   <li>the rest is split on the facts that tell it apart (today's classes of the counts of days
 *   included), and each part whose witness, or a situation found near it, has another day on each
 *   side is a part where the date changes, with that situation as its witness;</li>
 *   <li>a part settled neither way is left open (not covered), which fails the diff as anything
 *   uncovered does.</li>
 * </ul>
 */
final class DatesThroughout {
    /** A part of a region where the date changes, with a situation that shows it and its outcome. */
    record Apart(Region region, Situation witness, Outcomes.Outcome outcome) {
    }

    /** What was settled for one region: the parts where the date changes, and the parts left open. */
    record Settled(List<Apart> apart, List<Exploration.Uncovered> open) {
    }

    /** Why a part left open is not covered. */
    static final String OPEN = "the day to look again could not be compared for every situation here (its situations "
            + "reach the next class of a count of days on different days, and none was found whose day changes)";
    /** Situations tried near a part's witness before the part is left open. */
    static final int TRIES = 200;

    private final Space space;
    private final Outcomes outcomes;
    private final List<Profile> profiles;
    private final Optional<LookAgainDays> days;
    private final Optional<LookAgainDays> proofs;
    private final Budget budget;

    /**
     * @param days the diagrams the days are read off (empty where they are projected, as when the two
     *             rule sets count the period apart)
     * @param proofs the diagrams the proofs are made on (empty where they could not be made)
     */
    DatesThroughout(Space space, Outcomes outcomes, List<Profile> profiles, Optional<LookAgainDays> days,
                    Optional<LookAgainDays> proofs, Budget budget) {
        this.space = space;
        this.outcomes = outcomes;
        this.profiles = List.copyOf(profiles);
        this.days = days;
        this.proofs = proofs;
        this.budget = budget;
    }

    /** Settles a listed region whose witness has the same day on both sides. */
    Settled settle(Leaf leaf) {
        if (proofs.isEmpty()) {
            return new Settled(List.of(), List.of(new Exploration.Uncovered(leaf.region(), OPEN)));
        }
        LookAgainDays d = proofs.get();
        if (d.alikeThroughout(leaf.region(), leaf.decider(0), leaf.decider(1))) {
            return new Settled(List.of(), List.of());
        }
        Exploration parts = d.unsettledIn(leaf.region(), leaf.decider(0), leaf.decider(1), profiles.get(0), profiles.get(1));
        List<Apart> apart = new ArrayList<>();
        List<Exploration.Uncovered> open = new ArrayList<>(parts.uncovered());
        for (Leaf part : parts.leaves()) {
            if (d.sameFirstDayIn(part.region(), leaf.decider(0), leaf.decider(1))) {
                continue;
            }
            Optional<Apart> found = apartIn(part);
            if (found.isPresent()) {
                apart.add(found.get());
            } else {
                open.add(new Exploration.Uncovered(part.region(), budget.spent() ? Differ.SPENT : OPEN));
            }
        }
        return new Settled(apart, open);
    }

    /** The part's witness if its day differs, else a situation near it in the part whose day does. */
    private Optional<Apart> apartIn(Leaf part) {
        Random random = new Random(part.region().describe().hashCode());
        Situation s = part.witness();
        for (int i = 0; i <= TRIES && !budget.spent(); i++, s = near(part.witness(), random)) {
            if (i > 0 && (!part.region().admits(0, space.factsOf(s, 0)) || !part.region().admits(1, space.factsOf(s, 1)))) {
                continue;
            }
            Optional<Outcomes.Outcome> outcome = outcome(part, s);
            if (outcome.isPresent() && outcome.get().aspects().contains(Differ.Aspect.DATE)) {
                return Optional.of(new Apart(part.region(), s, outcome.get()));
            }
        }
        return Optional.empty();
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
        int changes = 1 + random.nextInt(3);
        for (int k = 0; k < changes; k++) {
            result = switch (random.nextInt(7)) {
                case 0 -> movedBreakup(result, random);
                case 1 -> movedHeld(result, random);
                case 2 -> movedLength(result, random);
                case 3 -> movedMessage(result, random);
                case 4 -> begun(result, random);
                case 5 -> result.withNoContact(Optional.empty());
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

    /** A period begun some day since the breakup, of the default length or another. */
    private static Situation begun(Situation s, Random random) {
        long most = ChronoUnit.DAYS.between(s.breakup().date(), s.today());
        long held = most == 0 ? 0 : random.nextLong(most + 1);
        OptionalInt days = random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(365));
        return s.withNoContact(Optional.of(new Situation.NoContact(s.today().minusDays(held), days)));
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
