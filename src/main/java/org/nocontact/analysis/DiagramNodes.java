package org.nocontact.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes of the decision diagrams over a space's value classes: one node per distinct function
 * (a unique table), each testing one variable with a child per class of it; a terminal (a negative
 * number) is a value. Holds the order in which variables are tested, the budget that every node
 * made and every child visited is taken from, and which nodes still lead to "undecided". The
 * operations on diagrams are in {@link Diagrams}.
 */
abstract sealed class DiagramNodes permits Diagrams {
    static final int FALSE = -1;
    static final int TRUE = -2;
    /** The terminal of a profile's diagram where no rule has decided yet (the tuple {@code [-1]}). */
    static final int UNDECIDED = -3;
    /** Entries (children) the tables may hold: past this the diagrams stop, as when the budget is spent. */
    static final long MAX_ENTRIES = 40_000_000;

    /** Thrown when the budget is spent (or the tables are full) in the middle of an operation. */
    static final class OutOfBudget extends RuntimeException {
        OutOfBudget() {
            super("the analysis used up its budget of work", null, false, false);
        }
    }

    private record Node(int variable, int[] children) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Node n && n.variable == variable && Arrays.equals(n.children, children);
        }

        @Override
        public int hashCode() {
            return 31 * variable + Arrays.hashCode(children);
        }
    }

    private final Space space;
    /** The place of each variable in the order of testing (smaller first). */
    private final int[] level;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<Node, Integer> unique = new HashMap<>();
    /** Nodes below which some situation is still undecided (a profile's diagram while it is made). */
    private final BitSet undecidedBelow = new BitSet();
    private long entries;
    private Budget budget = Budget.of(0);

    DiagramNodes(Space space) {
        this.space = space;
        this.level = space.testingOrder();
    }

    /** Called after a node is made: the operations may empty their memo tables there. */
    abstract void afterMake();

    Space space() {
        return space;
    }

    /** Spends this budget from now on. */
    void spending(Budget work) {
        this.budget = work;
    }

    void charge(long work) {
        if (!budget.spend(work)) {
            throw new OutOfBudget();
        }
    }

    /** The place of a variable in the order of testing. */
    int level(int variable) {
        return level[variable];
    }

    static boolean isTerminal(int node) {
        return node < 0;
    }

    static int terminal(int value) {
        return -1 - value;
    }

    static int value(int terminal) {
        return -1 - terminal;
    }

    int variable(int node) {
        return nodes.get(node).variable();
    }

    int child(int node, int c) {
        return nodes.get(node).children()[c];
    }

    /** A node's children (a copy the caller may change). */
    int[] children(int node) {
        return nodes.get(node).children().clone();
    }

    /** How many children a node testing this variable has. */
    int width(int variable) {
        return space.classes(variable).size();
    }

    int levelOf(int node) {
        return isTerminal(node) ? Integer.MAX_VALUE : level[variable(node)];
    }

    /** The child of {@code node} for class {@code c} of {@code variable} (the node itself if it does not test it). */
    int cofactor(int node, int variable, int c) {
        return !isTerminal(node) && variable(node) == variable ? child(node, c) : node;
    }

    int top(int... of) {
        int best = -1;
        for (int node : of) {
            if (!isTerminal(node) && (best < 0 || level[variable(node)] < level[best])) {
                best = variable(node);
            }
        }
        return best;
    }

    /** The node testing {@code variable} with these children, or the one child they all share. */
    int make(int variable, int[] children) {
        int first = children[0];
        boolean same = true;
        for (int child : children) {
            same &= child == first;
        }
        if (same) {
            return first;
        }
        Node node = new Node(variable, children);
        Integer known = unique.get(node);
        if (known != null) {
            return known;
        }
        entries += children.length;
        if (entries > MAX_ENTRIES) {
            budget.spend(Long.MAX_VALUE);
            throw new OutOfBudget();
        }
        nodes.add(node);
        int id = nodes.size() - 1;
        unique.put(node, id);
        for (int child : children) {
            if (child == UNDECIDED || !isTerminal(child) && undecidedBelow.get(child)) {
                undecidedBelow.set(id);
                break;
            }
        }
        afterMake();
        return id;
    }

    /** Whether some situation below this node is still undecided. */
    boolean stillUndecided(int node) {
        return node == UNDECIDED || !isTerminal(node) && undecidedBelow.get(node);
    }

    /** Nodes reachable from a node (itself included): the size of the diagram it is the root of. */
    int sizeOf(int root) {
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (!isTerminal(n) && seen.add(n)) {
                for (int child : nodes.get(n).children()) {
                    todo.push(child);
                }
            }
        }
        return seen.size();
    }

    /** Nodes made so far (for the figures). */
    int size() {
        return nodes.size();
    }
}
