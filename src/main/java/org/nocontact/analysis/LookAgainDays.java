package org.nocontact.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * The day to look again of two profiles (side 0 and side 1 of a space), decided on decision
 * diagrams (issue 18). The day {@code check} prints under DO_NOT_CONTACT is the first day ahead on
 * which a verdict other than DO_NOT_CONTACT opens (the feelings, and a goal of {@code unsure},
 * free) that does not open today. Which verdicts open is one boolean diagram per verdict and side
 * ({@link LookAgainDiagrams}), so a day is a walk down a few diagrams along the classes of its
 * facts, not an exploration: the days of a region are compared for the price of reading them.
 * Where the two sides may give different days at all is a diagram too ({@link #explore}).
 */
public final class LookAgainDays {
    private final Space space;
    private final Diagrams diagrams;
    private final LookAgainDiagrams open;
    private final Budget budget;
    /** Per variable, which of its classes a value lies in (read for every node of every day's walk). */
    private final ClassLookup[] lookups;
    /** The bits of the verdicts whose opening sets the day. */
    private static final int OPENING = LookAgainDiagrams.OPENING.stream().mapToInt(v -> 1 << v.ordinal()).sum();

    private LookAgainDays(Space space, LookAgainDiagrams open, Budget budget) {
        this.space = space;
        this.diagrams = space.diagrams();
        this.open = open;
        this.budget = budget;
        this.lookups = new ClassLookup[space.size()];
        for (int v = 0; v < lookups.length; v++) {
            lookups[v] = new ClassLookup(space.classes(v));
        }
    }

    /**
     * The diagrams of what {@code before} (side 0) and {@code after} (side 1) can open, made
     * spending {@code budget}; empty when it runs out first. Both sides must count facts alike.
     */
    public static Optional<LookAgainDays> of(Space space, Profile before, Profile after, Budget budget) {
        Diagrams diagrams = space.diagrams();
        synchronized (diagrams) {
            diagrams.spending(budget);
            try {
                return Optional.of(new LookAgainDays(space, new LookAgainDiagrams(diagrams, before, after), budget));
            } catch (Diagrams.OutOfBudget e) {
                return Optional.empty();
            } finally {
                diagrams.spending(Budget.of(0));
            }
        }
    }

    /**
     * The situations of the start region where the two profiles may give different days (only
     * where the verdicts reachable with free feelings differ on some day ahead in a way that can
     * move the first one), listing what {@code interest} asks for.
     */
    public Exploration explore(Region start, Profile before, Profile after, Function<List<Rule>, Explorer.Interest> interest) {
        return Explorer.exploreWhere(start, open::mayDiffer, List.of(before, after), budget, interest);
    }

    /**
     * The day to look again on side {@code side} under DO_NOT_CONTACT, as a count of days after
     * today (none where no day up to {@code maxDays} opens anything new), for the days {@code days}
     * gives: day {@code n} is the situation {@code n} days after today as the projection has it (day
     * 0 is today with today's advice followed). Empty where the budget ran out.
     */
    public Optional<OptionalInt> firstDay(int side, IntFunction<Situation> days, int maxDays) {
        synchronized (diagrams) {
            int closedToday = ~openSets(space.factsOf(days.apply(0), side), side) & OPENING;
            for (int n = 1; n <= maxDays && closedToday != 0; n++) {
                if ((openSets(space.factsOf(days.apply(n), side), side) & closedToday) != 0) {
                    return Optional.of(OptionalInt.of(n));
                }
                if (budget.spent()) {
                    return Optional.empty();
                }
            }
            return budget.spent() ? Optional.empty() : Optional.of(OptionalInt.empty());
        }
    }

    /**
     * As {@link #firstDay} for both sides at once, where one rule decides on both (so the days ahead
     * are the same situations): each day's facts are worked out once when both sides count alike.
     */
    public Optional<List<OptionalInt>> firstDays(IntFunction<Situation> days, int maxDays) {
        boolean alike = space.factsAlike();
        synchronized (diagrams) {
            Situation today = days.apply(0);
            int[] closed = new int[2];
            OptionalInt[] first = {OptionalInt.empty(), OptionalInt.empty()};
            Facts facts = space.factsOf(today, 0);
            for (int side = 0; side < 2; side++) {
                closed[side] = ~openSets(side == 0 || alike ? facts : space.factsOf(today, side), side) & OPENING;
            }
            for (int n = 1; n <= maxDays && (closed[0] != 0 || closed[1] != 0); n++) {
                Situation day = days.apply(n);
                facts = space.factsOf(day, 0);
                for (int side = 0; side < 2; side++) {
                    if (closed[side] != 0 && (openSets(side == 0 || alike ? facts : space.factsOf(day, side), side)
                            & closed[side]) != 0) {
                        first[side] = OptionalInt.of(n);
                        closed[side] = 0;
                    }
                }
            }
            return budget.spent() ? Optional.empty() : Optional.of(List.of(first));
        }
    }

    /**
     * Per side, the verdicts other than DO_NOT_CONTACT (as bits, {@code 1 << ordinal}) the free facts
     * can reach in this situation, as each side's rule set counts its facts (counted once where alike).
     */
    public int[] open(Situation situation) {
        boolean alike = space.factsAlike();
        synchronized (diagrams) {
            Facts facts = space.factsOf(situation, 0);
            return new int[] {openSets(facts, 0), openSets(alike ? facts : space.factsOf(situation, 1), 1)};
        }
    }

    /**
     * Whether the day to look again is proved the same on both sides all over a region where one
     * DO_NOT_CONTACT rule decides on both, doing {@code period} to the period ({@link OccasionDaysProof}:
     * regions whose today is an occasion read from the date); false where it is not proved.
     */
    public boolean provedSame(Region region, PeriodAdvice period) {
        synchronized (diagrams) {
            return new OccasionDaysProof(space, new int[] {open.openSets(0), open.openSets(1)}, lookups, budget)
                    .proves(region, period);
        }
    }

    /** The bits of the verdicts whose opening sets the day to look again (every one but DO_NOT_CONTACT). */
    public static int opening() {
        return OPENING;
    }

    /** The verdicts other than DO_NOT_CONTACT (as bits) the free facts can reach with these facts: one walk down a diagram. */
    private int openSets(Facts facts, int side) {
        int steps = 1;
        int at = open.openSets(side);
        while (!Diagrams.isTerminal(at)) {
            at = diagrams.child(at, classOf(diagrams.variable(at), facts));
            steps++;
        }
        budget.spend(steps);
        return diagrams.deciders(at).get(0);
    }

    private int classOf(int variable, Facts facts) {
        Space.Variable v = space.variable(variable);
        Optional<?> value = v.tie().isPresent()
                ? Optional.of(((Set<?>) facts.value(Fact.TIES).orElse(Set.of())).contains(v.tie().get().wireName()))
                : facts.value(v.fact());
        return lookups[variable].classOf(value);
    }
}
