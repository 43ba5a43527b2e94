package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.nocontact.rules.Fact;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Goal;

/**
 * Where two profiles can give a situation different days to look again, as one boolean diagram.
 * The day {@code check} prints (the projection, see docs/how-rules-decide.md "The days ahead") is
 * worked out from the deciding rule's verdict and {@code period}, and from the verdicts each day
 * ahead can reach with the feelings (and a goal of {@code unsure}) free; along the days ahead only
 * the facts of time move (the breakup's and the message's days ago, the period, the occasion),
 * every other fact stays as today. So where the verdicts reachable with free feelings are the same
 * for both profiles on every day ahead, the day is the same: the diagram is true only where today's
 * classes let some day ahead reach classes on which they differ ({@link DaysAheadReach}). Both
 * profiles read the same facts (the caller checks that the rule sets count them alike).
 */
final class LookAgainDiagrams {
    /** Facts the projection leaves free on every day. */
    private static final Set<Fact> FEELINGS = EnumSet.of(Fact.ANGER, Fact.SADNESS, Fact.CONFIDENCE);
    /** The verdicts whose opening sets the day (every one but DO_NOT_CONTACT). */
    static final Set<Verdict> OPENING = EnumSet.complementOf(EnumSet.of(Verdict.DO_NOT_CONTACT));

    private final Diagrams diagrams;
    private final Space space;
    /** Per side, per verdict other than DO_NOT_CONTACT: where the free facts can reach it. */
    private final List<Map<Verdict, Integer>> open = new ArrayList<>();
    /**
     * Per side, one diagram of which of those verdicts the free facts can reach: its terminals are
     * one-number tuples, a bit per verdict ({@code 1 << ordinal}), so a day is read in one walk.
     */
    private final List<Integer> openSets = new ArrayList<>();
    /** Side 0's profile and its diagram, to tell where today's advice begins or extends a period. */
    private final Profile first;
    private final int firstDiagram;

    /**
     * The verdicts {@code before} (side 0) and {@code after} (side 1) can reach with the free facts
     * free, as diagrams; made within the budget the diagrams are spending (else {@link Diagrams.OutOfBudget}).
     */
    LookAgainDiagrams(Diagrams diagrams, Profile before, Profile after) {
        this.diagrams = diagrams;
        this.space = diagrams.space();
        this.first = before;
        this.firstDiagram = diagrams.of(before, 0);
        BitSet feelings = variables(fact -> FEELINGS.contains(fact));
        BitSet goal = variables(fact -> fact == Fact.GOAL);
        int goalFree = where(Fact.GOAL, c -> Goal.UNSURE.wireName().equals(String.valueOf(c.value())));
        List<Profile> sides = List.of(before, after);
        for (int side = 0; side < sides.size(); side++) {
            int profile = diagrams.of(sides.get(side), side);
            Map<Verdict, Integer> reachable = new EnumMap<>(Verdict.class);
            for (Verdict verdict : OPENING) {
                reachable.put(verdict, open(profile, sides.get(side), verdict, feelings, goal, goalFree));
            }
            open.add(reachable);
            int sets = diagrams.tuple(List.of(0));
            for (Verdict verdict : OPENING) {
                sets = withBit(reachable.get(verdict), sets, 1 << verdict.ordinal(), new HashMap<>());
            }
            openSets.add(sets);
        }
    }

    /** The diagram of the verdicts (as bits) the free facts can reach on side {@code side}. */
    int openSets(int side) {
        return openSets.get(side);
    }

    /** {@code sets} with {@code bit} added where the boolean diagram {@code where} holds. */
    private int withBit(int where, int sets, int bit, Map<Long, Integer> memo) {
        if (where == Diagrams.FALSE) {
            return sets;
        }
        if (Diagrams.isTerminal(where) && Diagrams.isTerminal(sets)) {
            return diagrams.tuple(List.of(diagrams.deciders(sets).get(0) | bit));
        }
        long key = ((long) where << 32) | (sets & 0xffffffffL);
        Integer known = memo.get(key);
        if (known != null) {
            return known;
        }
        int v = diagrams.top(where, sets);
        int[] children = new int[diagrams.width(v)];
        diagrams.charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = withBit(diagrams.cofactor(where, v, c), diagrams.cofactor(sets, v, c), bit, memo);
        }
        int result = diagrams.make(v, children);
        memo.put(key, result);
        return result;
    }

    /** Where the free facts can reach {@code verdict} (one other than DO_NOT_CONTACT) on side {@code side}. */
    int open(int side, Verdict verdict) {
        return open.get(side).get(verdict);
    }

    /**
     * Where the two sides may give different days. The day is the first ahead on which a verdict other
     * than DO_NOT_CONTACT opens that does not open today, so it can differ only where some day ahead
     * (as the classes of the days ahead can reach from today's, {@link DaysAheadReach}) opens something
     * new on one side and not on the other, counted against what each side opens today. Where today's
     * advice begins or extends a period (side 0's deciding rule: the listed regions have one rule on
     * both sides), today is read with the new period and the period's facts take any class ahead: there
     * it is where some day ahead opens a verdict on one side and not on the other.
     */
    int mayDiffer() {
        int differ = Diagrams.FALSE;
        for (Verdict verdict : OPENING) {
            differ = diagrams.or(differ, xor(open(0, verdict), open(1, verdict)));
        }
        int restarts = terminals(firstDiagram, first,
                rule -> rule.period() == PeriodAdvice.BEGINS || rule.period() == PeriodAdvice.EXTENDS, new HashMap<>());
        return diagrams.ite(restarts, new DaysAheadReach(diagrams, DaysAheadReach.Period.RESTARTS).someDay(differ),
                opensNewApart());
    }

    /**
     * Where, reading today as it is, some day ahead opens something new on one side and not on the
     * other (a period begun counts on; one not begun stays so).
     */
    private int opensNewApart() {
        DaysAheadReach runs = new DaysAheadReach(diagrams, DaysAheadReach.Period.RUNS);
        DaysAheadReach stays = new DaysAheadReach(diagrams, DaysAheadReach.Period.STAYS);
        int started = where(Fact.NO_CONTACT_STARTED, c -> Boolean.TRUE.equals(c.value()));
        int result = Diagrams.FALSE;
        for (int today0 : setsReached(0)) {
            int isToday0 = withSets(openSets(0), today0);
            for (int today1 : setsReached(1)) {
                int today = diagrams.and(isToday0, withSets(openSets(1), today1));
                if (today != Diagrams.FALSE) {
                    int apart = xor(opensBesides(0, today0), opensBesides(1, today1));
                    int ahead = diagrams.ite(started, runs.someDay(apart), stays.someDay(apart));
                    result = diagrams.or(result, diagrams.and(today, ahead));
                }
            }
        }
        return result;
    }

    /** The sets of verdicts (as bits) side {@code side}'s free facts can open somewhere. */
    private List<Integer> setsReached(int side) {
        List<Integer> sets = new ArrayList<>();
        BitSet terminals = diagrams.reachable(openSets(side));
        for (int t = terminals.nextSetBit(0); t >= 0; t = terminals.nextSetBit(t + 1)) {
            sets.add(diagrams.deciders(Diagrams.terminal(t)).get(0));
        }
        return sets;
    }

    /** True where a diagram of sets of verdicts (as bits) has the set {@code bits}. */
    private int withSets(int node, int bits) {
        return booleanOf(node, terminal -> diagrams.deciders(terminal).get(0) == bits, new HashMap<>());
    }

    /** Where side {@code side}'s free facts open a verdict that is not in {@code bits}. */
    private int opensBesides(int side, int bits) {
        int result = Diagrams.FALSE;
        for (Verdict verdict : OPENING) {
            if ((bits & (1 << verdict.ordinal())) == 0) {
                result = diagrams.or(result, open(side, verdict));
            }
        }
        return result;
    }

    private int xor(int a, int b) {
        return diagrams.and(diagrams.or(a, b), diagrams.not(diagrams.and(a, b)));
    }

    /** A diagram made boolean: true where its terminal meets {@code holds}. */
    private int booleanOf(int node, java.util.function.IntPredicate holds, Map<Integer, Integer> memo) {
        if (Diagrams.isTerminal(node)) {
            return holds.test(node) ? Diagrams.TRUE : Diagrams.FALSE;
        }
        Integer known = memo.get(node);
        if (known != null) {
            return known;
        }
        int[] children = diagrams.children(node);
        diagrams.charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = booleanOf(children[c], holds, memo);
        }
        int result = diagrams.make(diagrams.variable(node), children);
        memo.put(node, result);
        return result;
    }

    /** Where {@code verdict} is reachable with the free facts free: the feelings, and the goal where it is unsure. */
    private int open(int profile, Profile p, Verdict verdict, BitSet feelings, BitSet goal, int goalFree) {
        int gives = terminals(profile, p, rule -> rule.verdict() == verdict, new HashMap<>());
        int withFeelings = exists(gives, feelings, new HashMap<>());
        return diagrams.ite(goalFree, exists(withFeelings, goal, new HashMap<>()), withFeelings);
    }

    private BitSet variables(Predicate<Fact> which) {
        BitSet result = new BitSet();
        for (int v = 0; v < space.size(); v++) {
            if (which.test(space.variable(v).fact())) {
                result.set(v);
            }
        }
        return result;
    }

    /** True where the fact's class meets {@code holds}. */
    private int where(Fact fact, Predicate<ValueClass> holds) {
        int variable = space.variable(fact);
        List<ValueClass> classes = space.classes(variable);
        int[] children = new int[classes.size()];
        diagrams.charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = holds.test(classes.get(c)) ? Diagrams.TRUE : Diagrams.FALSE;
        }
        return diagrams.make(variable, children);
    }

    /** A profile's diagram made boolean: true where the rule deciding meets {@code holds}. */
    private int terminals(int node, Profile profile, Predicate<Rule> holds, Map<Integer, Integer> memo) {
        return booleanOf(node, terminal -> {
            List<Integer> places = diagrams.deciders(terminal);
            int place = places.isEmpty() ? -1 : places.get(0);
            return place >= 0 && holds.test(profile.precedence().get(place));
        }, memo);
    }

    /** True where some classes of the variables in {@code over} make the boolean diagram true. */
    private int exists(int node, BitSet over, Map<Integer, Integer> memo) {
        if (Diagrams.isTerminal(node)) {
            return node;
        }
        Integer known = memo.get(node);
        if (known != null) {
            return known;
        }
        int[] children = diagrams.children(node);
        diagrams.charge(children.length);
        int result;
        if (over.get(diagrams.variable(node))) {
            result = Diagrams.FALSE;
            for (int child : children) {
                result = diagrams.or(result, exists(child, over, memo));
            }
        } else {
            for (int c = 0; c < children.length; c++) {
                children[c] = exists(children[c], over, memo);
            }
            result = diagrams.make(diagrams.variable(node), children);
        }
        memo.put(node, result);
        return result;
    }
}
