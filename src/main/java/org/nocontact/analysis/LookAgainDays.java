package org.nocontact.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
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

    private LookAgainDays(Space space, LookAgainDiagrams open, Budget budget) {
        this.space = space;
        this.diagrams = space.diagrams();
        this.open = open;
        this.budget = budget;
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
            Set<Verdict> closedToday = closed(space.factsOf(days.apply(0), side), side);
            for (int n = 1; n <= maxDays && !closedToday.isEmpty(); n++) {
                if (opensAny(closedToday, space.factsOf(days.apply(n), side), side)) {
                    return Optional.of(OptionalInt.of(n));
                }
                if (budget.spent()) {
                    return Optional.empty();
                }
            }
            return budget.spent() ? Optional.empty() : Optional.of(OptionalInt.empty());
        }
    }

    /** The verdicts that can open (other than DO_NOT_CONTACT) that the free facts cannot reach with these. */
    private Set<Verdict> closed(Facts facts, int side) {
        Set<Verdict> closed = java.util.EnumSet.noneOf(Verdict.class);
        for (Verdict verdict : LookAgainDiagrams.OPENING) {
            if (!holds(open.open(side, verdict), facts, side)) {
                closed.add(verdict);
            }
        }
        return closed;
    }

    private boolean opensAny(Set<Verdict> closedToday, Facts facts, int side) {
        for (Verdict verdict : closedToday) {
            if (holds(open.open(side, verdict), facts, side)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a boolean diagram is true for these facts: one walk down it, along the classes they fall in. */
    private boolean holds(int node, Facts facts, int side) {
        int steps = 1;
        int at = node;
        while (!Diagrams.isTerminal(at)) {
            at = diagrams.child(at, classOf(diagrams.variable(at), facts));
            steps++;
        }
        budget.spend(steps);
        return at == Diagrams.TRUE;
    }

    private int classOf(int variable, Facts facts) {
        Space.Variable v = space.variable(variable);
        Optional<?> value = v.tie().isPresent()
                ? Optional.of(((Set<?>) facts.value(Fact.TIES).orElse(Set.of())).contains(v.tie().get().wireName()))
                : facts.value(v.fact());
        List<ValueClass> classes = space.classes(variable);
        int c = 0;
        while (c < classes.size() - 1 && !classes.get(c).contains(value)) {
            c++;
        }
        return c;
    }
}
