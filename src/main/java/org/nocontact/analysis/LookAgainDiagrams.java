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
import org.nocontact.rules.FactType;
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
 * for both profiles on every situation that shares today's other facts, the day is the same: the
 * diagram is true only where the static facts allow some situation on which they differ. Both
 * profiles read the same facts (the caller checks that the rule sets count them alike).
 */
final class LookAgainDiagrams {
    /** Facts the days ahead can change (the rest stay as today). */
    private static final Set<Fact> MOVING = EnumSet.of(Fact.BREAKUP_DAYS_AGO, Fact.NO_CONTACT_STARTED,
            Fact.NO_CONTACT_DAYS, Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_DAY, Fact.NO_CONTACT_DAYS_LEFT,
            Fact.NO_CONTACT_COMPLETE, Fact.EX_CONTACT_DAYS_AGO, Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED);
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
    private final BitSet moving;

    /**
     * The verdicts {@code before} (side 0) and {@code after} (side 1) can reach with the free facts
     * free, as diagrams; made within the budget the diagrams are spending (else {@link Diagrams.OutOfBudget}).
     */
    LookAgainDiagrams(Diagrams diagrams, Profile before, Profile after) {
        this.diagrams = diagrams;
        this.space = diagrams.space();
        this.moving = variables(fact -> MOVING.contains(fact) || fact.type() == FactType.DATE);
        BitSet feelings = variables(fact -> FEELINGS.contains(fact));
        BitSet goal = variables(fact -> fact == Fact.GOAL);
        int goalFree = goalUnsure();
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
     * The static facts under which the two sides may give different days: where, for some verdict
     * other than DO_NOT_CONTACT, some day's facts of time let the free facts reach it on one side and
     * not the other. The day is the first on which such a verdict opens, so DO_NOT_CONTACT never moves it.
     */
    int mayDiffer() {
        int differ = Diagrams.FALSE;
        for (Verdict verdict : OPENING) {
            int a = open(0, verdict);
            int b = open(1, verdict);
            differ = diagrams.or(differ, diagrams.and(diagrams.or(a, b), diagrams.not(diagrams.and(a, b))));
        }
        return exists(differ, moving, new HashMap<>());
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

    /** True where the goal is {@code unsure}. */
    private int goalUnsure() {
        int variable = space.variable(Fact.GOAL);
        List<ValueClass> classes = space.classes(variable);
        int[] children = new int[classes.size()];
        diagrams.charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = Goal.UNSURE.wireName().equals(String.valueOf(classes.get(c).value()))
                    ? Diagrams.TRUE : Diagrams.FALSE;
        }
        return diagrams.make(variable, children);
    }

    /** A profile's diagram made boolean: true where the rule deciding meets {@code holds}. */
    private int terminals(int node, Profile profile, Predicate<Rule> holds, Map<Integer, Integer> memo) {
        if (Diagrams.isTerminal(node)) {
            List<Integer> places = diagrams.deciders(node);
            int place = places.isEmpty() ? -1 : places.get(0);
            return place >= 0 && holds.test(profile.precedence().get(place)) ? Diagrams.TRUE : Diagrams.FALSE;
        }
        Integer known = memo.get(node);
        if (known != null) {
            return known;
        }
        int[] children = diagrams.children(node);
        diagrams.charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = terminals(children[c], profile, holds, memo);
        }
        int result = diagrams.make(diagrams.variable(node), children);
        memo.put(node, result);
        return result;
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
