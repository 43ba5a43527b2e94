package org.nocontact.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.situation.Situation;

/**
 * Explores a region of situations through one or more profiles (profile k reads the facts of the
 * space's side k), optionally inside a filter condition. Each profile is a decision diagram over
 * the value classes whose terminals say which rule decides ({@link Diagrams}); the profiles'
 * diagrams are joined, so a terminal says which rule decides in each. The exploration walks the
 * joint diagram from the start region: at each node the region splits by the classes that lead to
 * the same child, a part no situation can have is pruned (the witness builder decides that
 * exactly), and a part that reaches a terminal is a leaf, with a witness that is evaluated for
 * real: if the evaluation disagrees, the engine is wrong, and it says so.
 *
 * <p>A caller says per tuple of deciding rules how much it wants to see ({@link Interest}): every
 * region, one witness, or none; parts of the diagram that lead only to what is not wanted are
 * covered without being walked. That is what keeps hundreds of rules exact: the diagram shares
 * what the precedence lists have in common, and only the regions asked for are listed.
 */
public final class Explorer {
    /** How much of the situations a tuple of deciding rules decides an exploration reports. */
    public enum Interest {
        /** None: covered, not listed. */
        SKIP,
        /** One region with its witness (enough to say "it happens"). */
        ONE,
        /** Every region the diagram splits it into, each with its witness. */
        ALL
    }

    static final String SPENT = "the analysis used up its budget of work";

    /** A part of the region still to walk: where the filter's diagram is at {@code filter}, the joint one at {@code node}. */
    private record Task(Region region, int filter, int node) {
    }

    private final Space space;
    private final Diagrams diagrams;
    private final Witnesses witnesses;
    private final Condition filter;
    /** The filter's diagram, made when the walk starts (within the budget). */
    private final java.util.function.IntSupplier filterDiagram;
    private final List<Profile> profiles;
    private final Budget budget;
    private final int maxLeaves;
    private final Predicate<Leaf> keep;
    private final Wants wants;
    /** The work of checking one leaf's witness for real: the filter and every condition of each profile. */
    private final long leafWork;

    private final List<Leaf> leaves = new ArrayList<>();
    private final List<Exploration.Uncovered> uncovered = new ArrayList<>();
    private long leafCount;
    private long splits;
    private long pruned;

    private Explorer(Space space, Condition filter, List<Profile> profiles, Budget budget, int maxLeaves,
                     Predicate<Leaf> keep, Function<List<Rule>, Interest> interest) {
        this(space, filter, () -> space.diagrams().of(filter, 0), profiles, budget, maxLeaves, keep, interest);
    }

    private Explorer(Space space, Condition filter, java.util.function.IntSupplier filterDiagram, List<Profile> profiles,
                     Budget budget, int maxLeaves, Predicate<Leaf> keep, Function<List<Rule>, Interest> interest) {
        if (profiles.size() > space.sides()) {
            throw new IllegalArgumentException("more profiles than the space has sides");
        }
        this.space = space;
        this.diagrams = space.diagrams();
        this.witnesses = space.witnesses();
        this.filter = filter;
        this.filterDiagram = filterDiagram;
        this.profiles = List.copyOf(profiles);
        this.budget = budget;
        this.maxLeaves = maxLeaves;
        this.keep = keep;
        this.wants = new Wants(space, this.profiles, interest);
        this.leafWork = 1 + filter.size() + this.profiles.stream()
                .mapToLong(p -> p.precedence().stream().mapToLong(r -> r.when().size()).sum()).sum();
    }

    /** Every situation of the start region, through each profile (profile k on side k). */
    public static Exploration explore(Region start, List<Profile> profiles) {
        return explore(start, new Condition.Always(), profiles, Budget.standard(), Integer.MAX_VALUE);
    }

    /**
     * The situations of the start region where {@code filter} holds, through each profile; stops
     * after {@code maxLeaves} leaves (the rest is then not reported, so use it only to ask "is there one").
     */
    public static Exploration explore(Region start, Condition filter, List<Profile> profiles, Budget budget,
                                      int maxLeaves) {
        return new Explorer(start.space(), filter, profiles, budget, maxLeaves, leaf -> true,
                deciders -> Interest.ALL).run(start);
    }

    /**
     * Every situation of the start region through each profile, keeping only the leaves that pass
     * {@code keep} (all are still witnessed and counted): for a diff, which keeps only differences.
     */
    public static Exploration explore(Region start, List<Profile> profiles, Predicate<Leaf> keep) {
        return explore(start, profiles, Budget.standard(), keep);
    }

    /** As {@link #explore(Region, List, Predicate)}, spending a budget shared with other explorations. */
    public static Exploration explore(Region start, List<Profile> profiles, Budget budget, Predicate<Leaf> keep) {
        return new Explorer(start.space(), new Condition.Always(), profiles, budget, Integer.MAX_VALUE, keep,
                deciders -> Interest.ALL).run(start);
    }

    /**
     * The situations of the start region where {@code filter} holds, through each profile, listing
     * for each tuple of deciding rules (one per profile, in order) what {@code interest} asks for.
     * What is not listed is still covered: the exploration is complete unless the budget ran out.
     */
    public static Exploration explore(Region start, Condition filter, List<Profile> profiles, Budget budget,
                                      Function<List<Rule>, Interest> interest) {
        return new Explorer(start.space(), filter, profiles, budget, Integer.MAX_VALUE, leaf -> true, interest)
                .run(start);
    }

    /**
     * The situations of the start region where the boolean diagram {@code filter} (made when the walk
     * starts, within the budget) holds, through each profile, listing what {@code interest} asks for.
     */
    static Exploration exploreWhere(Region start, java.util.function.IntSupplier filter, List<Profile> profiles,
                                    Budget budget, Function<List<Rule>, Interest> interest) {
        return new Explorer(start.space(), new Condition.Always(), filter, profiles, budget, Integer.MAX_VALUE,
                leaf -> true, interest).run(start);
    }

    private Exploration run(Region start) {
        synchronized (diagrams) {
            diagrams.spending(budget);
            witnesses.takeWork();
            Witnesses.Result first = witnesses.check(start);
            budget.spend(witnesses.takeWork());
            if (first.undecided().isPresent()) {
                uncovered.add(new Exploration.Uncovered(start, first.undecided().get()));
            } else if (!first.isEmpty()) {
                walk(start);
            }
            diagrams.spending(Budget.of(0));
        }
        // leafCount counts the regions listed and those covered without being listed
        return new Exploration(leaves, leafCount, uncovered, splits, pruned, 0);
    }

    private void walk(Region start) {
        int root;
        int filterRoot;
        try {
            if (budget.spent()) {
                throw new Diagrams.OutOfBudget();
            }
            root = root();
            filterRoot = filterDiagram.getAsInt();
        } catch (Diagrams.OutOfBudget e) {
            uncovered.add(new Exploration.Uncovered(start, SPENT));
            return;
        }
        Deque<Task> stack = new ArrayDeque<>();
        stack.push(new Task(start, filterRoot, root));
        while (!stack.isEmpty() && leafCount < maxLeaves) {
            Task task = stack.pop();
            if (budget.spent()) {
                uncovered.add(new Exploration.Uncovered(task.region(), SPENT));
                continue;
            }
            try {
                step(task, stack);
            } catch (Diagrams.OutOfBudget e) {
                uncovered.add(new Exploration.Uncovered(task.region(), SPENT));
            }
            budget.spend(witnesses.takeWork());
        }
    }

    /**
     * The joint diagram: which rule decides in each profile. The filter's diagram is walked beside
     * it (a part where the filter is false is dropped), so no diagram of the two together is made.
     */
    private int root() {
        int joint = diagrams.tuple(List.of());
        for (int k = 0; k < profiles.size(); k++) {
            joint = diagrams.join(joint, diagrams.of(profiles.get(k), k));
        }
        return joint;
    }

    private void step(Task task, Deque<Task> stack) {
        if (task.filter() == Diagrams.FALSE) {
            return;
        }
        if (!wants.wanted(task.node())) {
            leafCount++; // a region covered (every rule deciding there is known), not listed
            return;
        }
        if (task.filter() == Diagrams.TRUE && Diagrams.isTerminal(task.node())) {
            wants.found(task.node());
            leaf(task);
            budget.spend(leafWork);
            return;
        }
        int variable = diagrams.top(task.filter(), task.node());
        if (!wants.firstVisit(task.region(), task.filter(), task.node(), variable)) {
            return;
        }
        BitSet allowed = task.region().maskView(variable);
        diagrams.charge(1 + allowed.cardinality());
        Map<Long, BitSet> groups = new LinkedHashMap<>();
        for (int c = allowed.nextSetBit(0); c >= 0; c = allowed.nextSetBit(c + 1)) {
            long both = ((long) diagrams.cofactor(task.filter(), variable, c) << 32)
                    | (diagrams.cofactor(task.node(), variable, c) & 0xffffffffL);
            groups.computeIfAbsent(both, k -> new BitSet()).set(c);
        }
        if (groups.size() == 1) {
            long both = groups.keySet().iterator().next();
            stack.push(new Task(task.region(), (int) (both >> 32), (int) both));
            return;
        }
        splits++;
        List<Map.Entry<Long, BitSet>> parts = new ArrayList<>(groups.entrySet());
        for (int i = parts.size() - 1; i >= 0; i--) {
            int filterChild = (int) (parts.get(i).getKey() >> 32);
            int child = (int) (long) parts.get(i).getKey();
            if (filterChild == Diagrams.FALSE) {
                continue;
            }
            if (!wants.wanted(child)) {
                leafCount++;
                continue;
            }
            Region part = task.region().restrict(variable, parts.get(i).getValue());
            Witnesses.Result result = witnesses.check(part);
            if (result.undecided().isPresent()) {
                uncovered.add(new Exploration.Uncovered(part, result.undecided().get()));
            } else if (result.isEmpty()) {
                pruned++;
            } else {
                stack.push(new Task(part, filterChild, child));
            }
        }
    }

    private void leaf(Task task) {
        Region region = task.region();
        List<Rule> deciders = wants.deciders(task.node());
        Situation witness = witnesses.build(region).witness().orElseThrow();
        for (int k = 0; k < profiles.size(); k++) {
            Facts facts = space.factsOf(witness, k);
            Rule decider = Evaluation.of(profiles.get(k), facts).decider();
            if (!decider.id().equals(deciders.get(k).id()) || (k == 0 && !filter.test(facts))) {
                throw new IllegalStateException("the analysis says " + deciders.get(k).id() + " decides in "
                        + region.describe() + ", but its witness is decided by " + decider.id());
            }
        }
        if (profiles.isEmpty() && !filter.test(space.factsOf(witness, 0))) {
            throw new IllegalStateException("the analysis says the condition holds in " + region.describe()
                    + ", but not for its witness");
        }
        Set<Fact> read = EnumSet.noneOf(Fact.class);
        region.narrowed().forEach(v -> read.add(space.variable(v).fact()));
        Leaf leaf = new Leaf(region, deciders, witness, read);
        leafCount++;
        if (keep.test(leaf)) {
            leaves.add(leaf);
        }
    }
}
