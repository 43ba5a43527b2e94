package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Profile;

/**
 * Decision diagrams over a space's value classes (reduced, ordered multi-valued diagrams with one
 * node per distinct function, a unique table and memoised operations): a node tests one variable
 * and has a child for each of its classes; a terminal is a value. Boolean diagrams (a condition)
 * have the terminals {@link #FALSE} and {@link #TRUE}; a profile's diagram has as terminal which
 * rule decides, and a joint diagram which rule decides in each profile (a "tuple"). Variables are
 * tested in the order the rules first read them, so the rules at the top of the precedence split
 * the diagram first. The nodes themselves are held by {@link DiagramNodes}; this class holds the
 * operations on them and their memo tables.
 *
 * <p>Every node made and every child visited by an operation is work, taken from the budget the
 * caller gives; when it is spent, the operation stops with {@link OutOfBudget}. Results already
 * made stay in the tables (each is exact), so a later caller with budget left goes on from them.
 */
final class Diagrams extends DiagramNodes {
    private static final int MAX_MEMO = 3_000_000;

    private record Triple(int a, int b, int c) {
    }

    private final Map<Long, Integer> and = new HashMap<>();
    private final Map<Long, Integer> or = new HashMap<>();
    private final Map<Integer, Integer> not = new HashMap<>();
    private final Map<Triple, Integer> ite = new HashMap<>();
    private final Map<Long, Integer> joined = new HashMap<>();
    private final Map<Integer, BitSet> reach = new HashMap<>();
    private final List<List<Integer>> tuples = new ArrayList<>();
    private final Map<List<Integer>, Integer> tupleIds = new HashMap<>();
    private final List<Map<Condition, Integer>> conditions = new ArrayList<>();
    private final List<Map<Profile, Integer>> profiles = new ArrayList<>();

    Diagrams(Space space) {
        super(space);
        tuples.add(List.of());
        tuples.add(List.of());
        if (tuple(List.of(-1)) != UNDECIDED) {
            throw new IllegalStateException("the undecided tuple is not the third terminal");
        }
        for (int side = 0; side < space.sides(); side++) {
            conditions.add(new IdentityHashMap<>());
            profiles.add(new IdentityHashMap<>());
        }
    }

    @Override
    void afterMake() {
        if (ite.size() + and.size() + or.size() > MAX_MEMO) {
            // the memo tables are only a cache: emptied when large, so they never hold the heap
            ite.clear();
            and.clear();
            or.clear();
            not.clear();
            joined.clear();
        }
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    int and(int a, int b) {
        if (a == FALSE || b == FALSE) {
            return FALSE;
        }
        if (a == TRUE || a == b) {
            return b;
        }
        if (b == TRUE) {
            return a;
        }
        return binary(and, Math.min(a, b), Math.max(a, b), true);
    }

    int or(int a, int b) {
        if (a == TRUE || b == TRUE) {
            return TRUE;
        }
        if (a == FALSE || a == b) {
            return b;
        }
        if (b == FALSE) {
            return a;
        }
        return binary(or, Math.min(a, b), Math.max(a, b), false);
    }

    private int binary(Map<Long, Integer> memo, int a, int b, boolean conjunction) {
        Integer known = memo.get(key(a, b));
        if (known != null) {
            return known;
        }
        int v = top(a, b);
        int[] children = new int[width(v)];
        charge(children.length);
        for (int c = 0; c < children.length; c++) {
            int x = cofactor(a, v, c);
            int y = cofactor(b, v, c);
            children[c] = conjunction ? and(x, y) : or(x, y);
        }
        int result = make(v, children);
        memo.put(key(a, b), result);
        return result;
    }

    int not(int a) {
        if (a == TRUE || a == FALSE) {
            return a == TRUE ? FALSE : TRUE;
        }
        Integer known = not.get(a);
        if (known != null) {
            return known;
        }
        int[] children = children(a);
        charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = not(children[c]);
        }
        int result = make(variable(a), children);
        not.put(a, result);
        return result;
    }

    /** Where the boolean diagram {@code condition} holds, {@code then}; elsewhere {@code otherwise}. */
    int ite(int condition, int then, int otherwise) {
        if (condition == TRUE || then == otherwise) {
            return then;
        }
        if (condition == FALSE) {
            return otherwise;
        }
        Triple memoKey = new Triple(condition, then, otherwise);
        Integer known = ite.get(memoKey);
        if (known != null) {
            return known;
        }
        int v = top(condition, then, otherwise);
        int[] children = new int[width(v)];
        charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = ite(cofactor(condition, v, c), cofactor(then, v, c), cofactor(otherwise, v, c));
        }
        int result = make(v, children);
        ite.put(memoKey, result);
        return result;
    }

    /** The terminal of a tuple of deciding rules (their places in each profile's precedence). */
    int tuple(List<Integer> deciders) {
        Integer id = tupleIds.get(deciders);
        if (id == null) {
            id = tuples.size();
            tuples.add(List.copyOf(deciders));
            tupleIds.put(List.copyOf(deciders), id);
        }
        return terminal(id);
    }

    /** The deciding rules a tuple terminal stands for. */
    List<Integer> deciders(int terminal) {
        return tuples.get(value(terminal));
    }

    /** The diagram whose terminals join those of {@code a} and {@code b}: both tuples, one after the other. */
    int join(int a, int b) {
        if (a == FALSE || b == FALSE) {
            return FALSE;
        }
        if (isTerminal(a) && isTerminal(b)) {
            List<Integer> both = new ArrayList<>(deciders(a));
            both.addAll(deciders(b));
            return tuple(both);
        }
        Integer known = joined.get(key(a, b));
        if (known != null) {
            return known;
        }
        int v = levelOf(a) <= levelOf(b) ? variable(a) : variable(b);
        int[] children = new int[width(v)];
        charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = join(cofactor(a, v, c), cofactor(b, v, c));
        }
        int result = make(v, children);
        joined.put(key(a, b), result);
        return result;
    }

    /** The boolean diagram of a condition, as side {@code side} reads its facts. */
    int of(Condition condition, int side) {
        Map<Condition, Integer> memo = conditions.get(side);
        Integer known = memo.get(condition);
        if (known != null) {
            return known;
        }
        int result;
        if (condition instanceof Condition.Always) {
            result = TRUE;
        } else if (condition instanceof Condition.All all) {
            result = TRUE;
            for (Condition part : all.parts()) {
                result = and(result, of(part, side));
            }
        } else if (condition instanceof Condition.Any any) {
            result = FALSE;
            for (Condition part : any.parts()) {
                result = or(result, of(part, side));
            }
        } else if (condition instanceof Condition.Not n) {
            result = not(of(n.part(), side));
        } else if (condition instanceof Condition.Ref ref) {
            result = of(ref.definition(), side);
        } else {
            result = new Comparisons(this, side).of(condition);
        }
        memo.put(condition, result);
        return result;
    }

    /**
     * A profile's diagram: which rule of its precedence decides (a one-rule tuple), on side {@code
     * side}. Made from the top of the precedence down: what is still undecided is refined by each
     * rule in turn, and nothing below a rule that decides everywhere left is looked at (the part
     * still undecided shrinks fast, so the work stays near the size of the result).
     */
    int of(Profile profile, int side) {
        Map<Profile, Integer> memo = profiles.get(side);
        Integer known = memo.get(profile);
        if (known != null) {
            return known;
        }
        List<org.nocontact.rules.Rule> precedence = profile.precedence();
        int result = UNDECIDED;
        for (int k = 0; k < precedence.size() && stillUndecided(result); k++) {
            result = refine(result, of(precedence.get(k).when(), side), tuple(List.of(k)), new HashMap<>());
        }
        memo.put(profile, result);
        return result;
    }

    /** {@code decided}, where it is still undecided: {@code rule} where {@code condition} holds. */
    private int refine(int decided, int condition, int rule, Map<Long, Integer> memo) {
        if (decided == UNDECIDED) {
            return ite(condition, rule, UNDECIDED);
        }
        if (condition == FALSE || !stillUndecided(decided)) {
            return decided;
        }
        Integer known = memo.get(key(decided, condition));
        if (known != null) {
            return known;
        }
        int v = top(decided, condition);
        int[] children = new int[width(v)];
        charge(children.length);
        for (int c = 0; c < children.length; c++) {
            children[c] = refine(cofactor(decided, v, c), cofactor(condition, v, c), rule, memo);
        }
        int result = make(v, children);
        memo.put(key(decided, condition), result);
        return result;
    }

    /** The terminals reachable from a node (by value), each node's set computed once. */
    BitSet reachable(int node) {
        if (isTerminal(node)) {
            BitSet one = new BitSet();
            one.set(value(node));
            return one;
        }
        BitSet known = reach.get(node);
        if (known != null) {
            return known;
        }
        BitSet all = new BitSet();
        int[] children = children(node);
        charge(children.length);
        int last = Integer.MIN_VALUE;
        for (int child : children) {
            if (child != last) {
                all.or(reachable(child));
                last = child;
            }
        }
        reach.put(node, all);
        return all;
    }
}
