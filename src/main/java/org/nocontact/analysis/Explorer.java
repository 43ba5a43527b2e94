package org.nocontact.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Truth;
import org.nocontact.situation.Situation;

/**
 * Walks a region of situations down the precedence lists of one or more profiles (profile k reads
 * the facts of the space's side k), optionally inside a filter condition. Each rule's condition is
 * evaluated on the whole region; where it holds for some situations only, the region is split in
 * two on the first comparison that told them apart, and each part that still holds a situation
 * goes on. A region where every profile has its deciding rule is a leaf, with a witness that is
 * evaluated for real: if the evaluation disagrees, the engine is wrong, and it says so.
 */
public final class Explorer {
    /** Branches made before an exploration stops and reports the rest as not covered. */
    public static final long MAX_BRANCHES = 100_000;

    private record Task(Region region, int stage, int rule, List<Rule> deciders, EnumSet<Fact> read) {
    }

    private final Witnesses witnesses;
    private final Condition filter;
    private final List<Profile> profiles;
    private final Budget budget;
    private final int maxLeaves;
    private final java.util.function.Predicate<Leaf> keep;
    private long leafCount;
    /** The work of checking one leaf's witness for real: the filter and every condition of each profile. */
    private final long leafWork;

    private final List<Leaf> leaves = new ArrayList<>();
    private final List<Exploration.Uncovered> uncovered = new ArrayList<>();
    private long splits;
    private long pruned;
    private long filteredOut;

    private Explorer(Witnesses witnesses, Condition filter, List<Profile> profiles, Budget budget, int maxLeaves,
                     java.util.function.Predicate<Leaf> keep) {
        this.keep = keep;
        this.witnesses = witnesses;
        this.filter = filter;
        this.profiles = List.copyOf(profiles);
        this.budget = budget;
        this.maxLeaves = maxLeaves;
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
        if (profiles.size() > start.space().sides()) {
            throw new IllegalArgumentException("more profiles than the space has sides");
        }
        return new Explorer(new Witnesses(start.space()), filter, profiles, budget, maxLeaves, leaf -> true).run(start);
    }

    /**
     * Every situation of the start region through each profile, keeping only the leaves that pass
     * {@code keep} (all are still witnessed and counted): for a diff, which keeps only differences.
     */
    public static Exploration explore(Region start, List<Profile> profiles, java.util.function.Predicate<Leaf> keep) {
        return explore(start, profiles, Budget.standard(), keep);
    }

    /** As {@link #explore(Region, List, java.util.function.Predicate)}, spending a budget shared with other explorations. */
    public static Exploration explore(Region start, List<Profile> profiles, Budget budget,
                                      java.util.function.Predicate<Leaf> keep) {
        return new Explorer(new Witnesses(start.space()), new Condition.Always(), profiles, budget,
                Integer.MAX_VALUE, keep).run(start);
    }

    private Exploration run(Region start) {
        Deque<Task> stack = new ArrayDeque<>();
        Witnesses.Result first = witnesses.check(start);
        budget.spend(witnesses.takeWork());
        if (first.undecided().isPresent()) {
            uncovered.add(new Exploration.Uncovered(start, first.undecided().get()));
        } else if (!first.isEmpty()) {
            stack.push(new Task(start, -1, 0, List.of(), EnumSet.noneOf(Fact.class)));
        }
        while (!stack.isEmpty() && leafCount < maxLeaves) {
            Task task = stack.pop();
            if (splits >= MAX_BRANCHES || budget.spent()) {
                uncovered.add(new Exploration.Uncovered(task.region(), splits >= MAX_BRANCHES
                        ? "the analysis stopped after " + MAX_BRANCHES + " branches"
                        : "the analysis used up its budget of work"));
                continue;
            }
            long work = step(task, stack);
            budget.spend(work + witnesses.takeWork());
        }
        return new Exploration(leaves, leafCount, uncovered, splits, pruned, filteredOut);
    }

    /**
     * One step of the walk; returns the work of deciding its condition (value classes tested) or of
     * evaluating a leaf's witness (condition parts); the witness checks and builds it makes count
     * their own work, taken from {@link Witnesses#takeWork()}.
     */
    private long step(Task task, Deque<Task> stack) {
        if (task.stage() == profiles.size()) {
            leaf(task);
            return leafWork;
        }
        boolean filtering = task.stage() < 0;
        int side = Math.max(0, task.stage());
        Condition condition = filtering ? filter : profiles.get(task.stage()).precedence().get(task.rule()).when();
        RegionFacts facts = new RegionFacts(task.region(), side);
        Truth truth = condition.decide(facts);
        EnumSet<Fact> read = EnumSet.copyOf(task.read());
        read.addAll(facts.read());
        long work = 1 + facts.visited();
        if (truth == Truth.UNDECIDED) {
            split(task, facts, read, stack);
        } else if (filtering) {
            if (truth == Truth.TRUE) {
                stack.push(new Task(task.region(), 0, 0, List.of(), read));
            } else {
                filteredOut++;
            }
        } else if (truth == Truth.TRUE) {
            List<Rule> deciders = new ArrayList<>(task.deciders());
            deciders.add(profiles.get(task.stage()).precedence().get(task.rule()));
            stack.push(new Task(task.region(), task.stage() + 1, 0, deciders, read));
        } else {
            stack.push(new Task(task.region(), task.stage(), task.rule() + 1, task.deciders(), read));
        }
        return work;
    }

    private void split(Task task, RegionFacts facts, EnumSet<Fact> read, Deque<Task> stack) {
        splits++;
        int variable = facts.splitVariable();
        BitSet no = task.region().mask(variable);
        no.andNot(facts.splitTrue());
        for (BitSet part : List.of(no, facts.splitTrue())) {
            Region child = task.region().restrict(variable, part);
            Witnesses.Result result = witnesses.check(child);
            if (result.undecided().isPresent()) {
                uncovered.add(new Exploration.Uncovered(child, result.undecided().get()));
            } else if (result.isEmpty()) {
                pruned++;
            } else {
                stack.push(new Task(child, task.stage(), task.rule(), task.deciders(), read));
            }
        }
    }

    private void leaf(Task task) {
        Situation witness = witnesses.build(task.region()).witness().orElseThrow();
        Space space = task.region().space();
        for (int k = 0; k < profiles.size(); k++) {
            Facts facts = space.factsOf(witness, k);
            Rule decider = Evaluation.of(profiles.get(k), facts).decider();
            if (!decider.id().equals(task.deciders().get(k).id()) || (k == 0 && !filter.test(facts))) {
                throw new IllegalStateException("the analysis says " + task.deciders().get(k).id() + " decides in "
                        + task.region().describe() + ", but its witness is decided by " + decider.id());
            }
        }
        if (profiles.isEmpty() && !filter.test(space.factsOf(witness, 0))) {
            throw new IllegalStateException("the analysis says the condition holds in " + task.region().describe()
                    + ", but not for its witness");
        }
        Leaf leaf = new Leaf(task.region(), task.deciders(), witness, Set.copyOf(read(task)));
        leafCount++;
        if (keep.test(leaf)) {
            leaves.add(leaf);
        }
    }

    private static Set<Fact> read(Task task) {
        return task.read();
    }
}
