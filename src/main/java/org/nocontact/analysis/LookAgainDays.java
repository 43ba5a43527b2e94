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
    /** The bits of the verdicts whose opening sets the day. */
    private static final int OPENING = LookAgainDiagrams.OPENING.stream().mapToInt(v -> 1 << v.ordinal()).sum();

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
        boolean alike = space.defaultDays(0) == space.defaultDays(1) && space.drafts(0).equals(space.drafts(1));
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
     * Whether every situation of {@code region} (where {@code from} decides on side 0 and {@code to} on
     * side 1) has the same day to look again on both sides, proved on the diagrams: no side deciding
     * DO_NOT_CONTACT can open anything new later (each count of days let move its own way), or both
     * decide it, do the same to the period, and open the same verdicts whatever the facts of time
     * become. False where that is not proved (the budget ran out included).
     */
    public boolean alikeThroughout(Region region, Rule from, Rule to) {
        synchronized (diagrams) {
            diagrams.spending(budget);
            try {
                return !meets(unsettled(from, to), region, new java.util.HashSet<>());
            } catch (Diagrams.OutOfBudget e) {
                return false;
            } finally {
                diagrams.spending(Budget.of(0));
            }
        }
    }

    /**
     * The parts of {@code region} where {@link #alikeThroughout} proves nothing, split on the facts
     * (static, and today's classes of the facts of time) that tell them from the rest, each with a
     * witness; what the budget did not reach is listed as not covered.
     */
    public Exploration unsettledIn(Region region, Rule from, Rule to, Profile before, Profile after) {
        return Explorer.exploreWhere(region, () -> unsettled(from, to), List.of(before, after), budget,
                deciders -> Explorer.Interest.ALL);
    }

    /**
     * Whether, in {@code part}, where one DO_NOT_CONTACT rule on each side does the same to the period
     * ({@code from} and {@code to}), both sides first open something new on the same day: the verdicts
     * closed today are the same all over the part on each side, and on every day the facts of time can
     * still reach, one side opens one of its closed verdicts exactly where the other opens one of its
     * own. False where that is not proved.
     */
    public boolean sameFirstDayIn(Region part, Rule from, Rule to) {
        if (from.verdict() != Verdict.DO_NOT_CONTACT || to.verdict() != Verdict.DO_NOT_CONTACT
                || from.period() != to.period()) {
            return false;
        }
        boolean moves = from.period() == org.nocontact.rules.PeriodAdvice.BEGINS
                || from.period() == org.nocontact.rules.PeriodAdvice.EXTENDS;
        synchronized (diagrams) {
            diagrams.spending(budget);
            try {
                int[] opening = new int[2];
                for (int side = 0; side < 2; side++) {
                    opening[side] = Diagrams.FALSE;
                    for (Verdict verdict : LookAgainDiagrams.OPENING) {
                        int where = open.open(side, verdict);
                        int today = moves ? open.anyPeriod(where) : where;
                        int closedToday = moves ? open.anyPeriod(diagrams.not(where)) : diagrams.not(where);
                        boolean maybeOpen = meets(today, part, new java.util.HashSet<>());
                        boolean maybeClosed = meets(closedToday, part, new java.util.HashSet<>());
                        if (maybeOpen && maybeClosed) {
                            return false;
                        }
                        if (!maybeOpen) {
                            opening[side] = diagrams.or(opening[side], where);
                        }
                    }
                }
                int apart = diagrams.and(diagrams.or(opening[0], opening[1]),
                        diagrams.not(diagrams.and(opening[0], opening[1])));
                int reachable = open.ahead(apart);
                return !meets(moves ? open.anyPeriod(reachable) : reachable, part, new java.util.HashSet<>());
            } catch (Diagrams.OutOfBudget e) {
                return false;
            } finally {
                diagrams.spending(Budget.of(0));
            }
        }
    }

    /** Where the day may differ: the diagram {@link #alikeThroughout} proves false on a region. */
    private int unsettled(Rule from, Rule to) {
        int later0 = laterOn(0, from);
        int later1 = laterOn(1, to);
        int either = diagrams.or(later0, later1);
        boolean bothHold = from.verdict() == Verdict.DO_NOT_CONTACT && to.verdict() == Verdict.DO_NOT_CONTACT
                && from.period() == to.period();
        return bothHold ? diagrams.and(either, open.mayDiffer()) : either;
    }

    /** Where a DO_NOT_CONTACT {@code decider} on side {@code side} may open something later; nowhere under another verdict. */
    private int laterOn(int side, Rule decider) {
        if (decider.verdict() != Verdict.DO_NOT_CONTACT) {
            return Diagrams.FALSE;
        }
        boolean moves = decider.period() == org.nocontact.rules.PeriodAdvice.BEGINS
                || decider.period() == org.nocontact.rules.PeriodAdvice.EXTENDS;
        return open.opensLater(side, moves);
    }

    /**
     * Whether the boolean diagram {@code node} is true somewhere in the region (on some path along the
     * region's classes). True once the budget is spent: nothing is proved then.
     */
    private boolean meets(int node, Region region, Set<Integer> nowhere) {
        if (node == Diagrams.TRUE || budget.spent()) {
            return true;
        }
        if (Diagrams.isTerminal(node) || nowhere.contains(node)) {
            return false;
        }
        int variable = diagrams.variable(node);
        java.util.BitSet allowed = region.maskView(variable);
        budget.spend(allowed.cardinality());
        for (int c = allowed.nextSetBit(0); c >= 0; c = allowed.nextSetBit(c + 1)) {
            if (meets(diagrams.child(node, c), region, nowhere)) {
                return true;
            }
        }
        nowhere.add(node);
        return false;
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
        List<ValueClass> classes = space.classes(variable);
        int c = 0;
        while (c < classes.size() - 1 && !classes.get(c).contains(value)) {
            c++;
        }
        return c;
    }
}
