package org.nocontact.advice;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.analysis.Budget;
import org.nocontact.analysis.Exploration;
import org.nocontact.analysis.Explorer;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.Partition;
import org.nocontact.analysis.Region;
import org.nocontact.analysis.SharedSpaces;
import org.nocontact.analysis.Space;
import org.nocontact.analysis.ValueClass;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Goal;

/**
 * Which verdicts a situation can reach when how the person will feel (and a goal of {@code unsure})
 * is left free: exactly, by the analysis engine. Every other fact is held to the class of values
 * the rules cannot tell apart from the situation's own; the free facts keep every class; the
 * engine then walks the profile over that small region and reports each deciding rule. Two days
 * that fall into the same classes give the same region, so a walk over a year asks the engine a
 * handful of times.
 */
final class FreeAnswers {
    /** Facts that the future leaves open, whatever the person answered today. */
    private static final Set<Fact> FEELINGS = EnumSet.of(Fact.ANGER, Fact.SADNESS, Fact.CONFIDENCE);

    private final RuleSet rules;
    private final Space space;
    private final Profile profile;
    /** Verdicts by the class each variable's value falls in (-1 for a free one): the region, in short. */
    private final Map<List<Integer>, Set<Verdict>> reached = new HashMap<>();
    /** The whole space cut by the profile (null until first needed). */
    private Optional<Partition> partition;

    /**
     * The few rule sets in use, by identity (a rule set is a record: hashing its contents would cost
     * more than the cache saves). Tools that make many advisors over one rule set share the analyses.
     */
    private static final Map<RuleSet, Map<String, FreeAnswers>> SHARED = new java.util.IdentityHashMap<>();
    private static final int MAX_SHARED = 8;

    private FreeAnswers(RuleSet rules, Profile profile) {
        this.rules = rules;
        this.space = SharedSpaces.of(rules);
        this.profile = profile;
    }

    static synchronized FreeAnswers of(RuleSet rules, Profile profile) {
        if (!SHARED.containsKey(rules) && SHARED.size() >= MAX_SHARED) {
            SHARED.clear();
        }
        return SHARED.computeIfAbsent(rules, r -> new HashMap<>())
                .computeIfAbsent(profile.name(), name -> new FreeAnswers(rules, profile));
    }

    /**
     * The budget the explorations of this thread spend while {@link #spending} runs (a tool such as
     * `rules diff` shares one budget over all its work), else a fresh standard budget each.
     */
    private static final ThreadLocal<Budget> SHARED_BUDGET = new ThreadLocal<>();

    /** Runs {@code work} with every free-answer exploration of this thread spending {@code budget}. */
    public static <T> T spending(Budget budget, java.util.function.Supplier<T> work) {
        Budget before = SHARED_BUDGET.get();
        SHARED_BUDGET.set(budget);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SHARED_BUDGET.remove();
            } else {
                SHARED_BUDGET.set(before);
            }
        }
    }

    /** The verdicts the free answers can reach on the situation these facts describe. */
    synchronized Set<Verdict> open(Facts facts) {
        List<Integer> key = classes(facts);
        Set<Verdict> known = reached.get(key);
        if (known != null) {
            return known;
        }
        Region region = region(facts);
        Optional<List<Partition.Part>> parts = partition().flatMap(p -> p.within(region, budget()));
        if (parts.isPresent()) {
            Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
            parts.get().forEach(part -> verdicts.add(part.decider().verdict()));
            if (verdicts.isEmpty()) {
                verdicts.add(Evaluation.of(profile, facts).verdict());
            }
            reached.put(key, verdicts);
            return verdicts;
        }
        Exploration exploration = explore(region);
        Set<Verdict> verdicts = verdicts(exploration, facts);
        if (exploration.complete()) {
            // A result cut short by a spent budget is not kept: a later caller may have budget left.
            reached.put(key, verdicts);
        }
        return verdicts;
    }

    private boolean free(Fact fact, boolean goalFree) {
        return FEELINGS.contains(fact) || goalFree && fact == Fact.GOAL;
    }

    /** For each variable of the space, the class its value falls in, or -1 when it is free. */
    private List<Integer> classes(Facts facts) {
        return classesApartFrom(facts, Set.of());
    }

    /**
     * For each variable of the space, the class its value falls in, or -1 when it is free or one of
     * {@code left} (for the year's walk: every fact but the occasion's, to see where they all stay).
     */
    List<Integer> classesApartFrom(Facts facts, Set<Fact> left) {
        boolean goalFree = facts.situation().goal() == Goal.UNSURE;
        Integer[] key = new Integer[space.size()];
        Set<?> ties = (Set<?>) facts.value(Fact.TIES).orElse(Set.of());
        for (int v = 0; v < key.length; v++) {
            Space.Variable variable = space.variable(v);
            if (free(variable.fact(), goalFree) || left.contains(variable.fact())) {
                key[v] = -1;
                continue;
            }
            Optional<?> value = variable.tie().isPresent()
                    ? Optional.of(ties.contains(variable.tie().get().wireName())) : facts.value(variable.fact());
            List<ValueClass> classes = space.classes(v);
            int c = 0;
            while (c < classes.size() - 1 && !classes.get(c).contains(value)) {
                c++;
            }
            key[v] = c;
        }
        return Arrays.asList(key);
    }

    private Region region(Facts facts) {
        boolean goalFree = facts.situation().goal() == Goal.UNSURE;
        Region region = space.everything();
        for (Fact fact : Fact.values()) {
            if (!free(fact, goalFree)) {
                region = region.with(fact, facts.value(fact));
            }
        }
        return region;
    }

    /**
     * The deciding rules the engine finds in the region. Where it cannot cover the region (a rule set
     * too large for its budget), the verdict with the answers as given stands for the region, so a
     * hostile rule file costs a bounded amount of work and never an exception.
     */
    private Exploration explore(Region region) {
        // one region per deciding rule is enough: only the verdicts reached are wanted
        return Explorer.explore(region, new Condition.Always(), List.of(profile), budget(),
                deciders -> Explorer.Interest.ONE);
    }

    /** The budget this thread's explorations spend: the one shared by the tool running, else a fresh standard one. */
    private static Budget budget() {
        Budget shared = SHARED_BUDGET.get();
        return shared == null ? Budget.standard() : shared;
    }

    /**
     * The whole space cut by the profile, made at the first question (its work charged like any
     * exploration's; the cut is shared with the interview's reading of the profile); empty for a profile too large to cut whole, whose regions are explored instead.
     */
    private Optional<Partition> partition() {
        if (partition == null) {
            partition = SharedSpaces.partition(rules, profile, budget());
        }
        return partition;
    }

    private Set<Verdict> verdicts(Exploration exploration, Facts facts) {
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        for (Leaf leaf : exploration.leaves()) {
            verdicts.add(leaf.verdict(0));
        }
        if (!exploration.complete() || verdicts.isEmpty()) {
            verdicts.add(Evaluation.of(profile, facts).verdict());
        }
        return verdicts;
    }
}
