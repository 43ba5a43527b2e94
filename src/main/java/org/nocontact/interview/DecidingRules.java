package org.nocontact.interview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.analysis.Budget;
import org.nocontact.analysis.Exploration;
import org.nocontact.analysis.Explorer;
import org.nocontact.analysis.Partition;
import org.nocontact.analysis.Region;
import org.nocontact.analysis.SharedSpaces;
import org.nocontact.analysis.Space;
import org.nocontact.analysis.Witnesses;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;

/**
 * The rules that can still decide, read exactly with the analysis engine: the answers so far fix
 * their facts (today is known), every open fact may take any value a valid situation allows, and
 * the profile is explored over that region. Each leaf is a part of it where one rule decides; parts
 * no situation can reach are pruned, so a rule that "might apply" only under impossible
 * combinations of answers is not counted.
 *
 * <p>A question can change the deciding rule exactly when two situations of the region that agree
 * on every fact the question does not decide are decided by different rules ({@link LeafPairs});
 * when none can, the answer cannot change the deciding rule, whatever the other answers are, and
 * so neither in any region inside this one.
 */
final class DecidingRules {
    /**
     * Work one reading may do (condition nodes evaluated): the whole space of the shipped rules takes
     * a small part of it. Beyond it the interview reads the rules three-valued instead.
     */
    private static final long WORK = 2_000_000;

    /**
     * The readings of the rule sets in use, by identity (as the look-again projections share theirs):
     * the interviews `rules test` replays, one per case, share the space, its diagrams and every
     * region already read, so a region is explored once however many cases reach it.
     */
    private static final Map<RuleSet, Map<String, DecidingRules>> SHARED = new IdentityHashMap<>();
    private static final int MAX_SHARED = 8;
    /** Regions kept per profile; past this the memo starts again (a bound on memory, not on answers). */
    private static final int MAX_READINGS = 4_096;

    private final Space space;
    private final LeafPairs pairs;
    private final Profile profile;
    /** The whole space cut by the profile, where it is small enough: each region is read off it. */
    private final Optional<Partition> partition;
    /** Each start region read so far, and its reading (empty where the engine could not settle it). */
    private final Map<Region, Optional<Reading>> readings = new HashMap<>();
    /**
     * The latest readings, newest first: a new region inside one of them is read off that one's
     * leaves instead of the whole partition (an interview's next answers mostly narrow the last).
     */
    private final Deque<Reading> recent = new ArrayDeque<>();
    private static final int RECENT = 32;

    private DecidingRules(RuleSet rules, Profile profile) {
        this.space = SharedSpaces.of(rules);
        this.pairs = new LeafPairs(space, new Witnesses(space));
        this.profile = profile;
        this.partition = SharedSpaces.partition(rules, profile, Budget.of(WORK));
    }

    /** The reader of one profile of a rule set, shared by every interview of it. */
    static synchronized DecidingRules of(RuleSet rules, Profile profile) {
        if (!SHARED.containsKey(rules) && SHARED.size() >= MAX_SHARED) {
            SHARED.clear();
        }
        Map<String, DecidingRules> byProfile = SHARED.computeIfAbsent(rules, r -> new HashMap<>());
        DecidingRules known = byProfile.get(profile.name());
        if (known == null || known.profile != profile) {
            known = new DecidingRules(rules, profile);
            byProfile.put(profile.name(), known);
        }
        return known;
    }

    /** The space the leaves' regions are cut from: which variable reads which fact. */
    Space space() {
        return space;
    }

    /**
     * The leaves of the situations the answers allow, or empty when the engine could not settle them
     * (over budget, a region it could not decide, or facts the space cannot place): then the caller
     * must read the rules another way.
     *
     * @param facts the facts of the answers so far, each open fact at its default
     * @param open the facts an unanswered question still decides
     */
    Optional<Reading> read(Facts facts, Set<Fact> open) {
        Region start = space.everything().restrictEach(v -> {
            Space.Variable variable = space.variable(v);
            if (open.contains(variable.fact())) {
                return null;
            }
            Optional<?> value = variable.tie().isPresent()
                    ? Optional.of(((Set<?>) facts.value(Fact.TIES).orElse(Set.of())).contains(variable.tie().get().wireName()))
                    : facts.value(variable.fact());
            return c -> c.contains(value);
        });
        if (!start.admits(0, facts)) {
            return Optional.empty();
        }
        synchronized (this) {
            Optional<Reading> known = readings.get(start);
            if (known != null) {
                return known;
            }
            Optional<Reading> reading = explore(start);
            if (readings.size() >= MAX_READINGS) {
                readings.clear();
            }
            readings.put(start, reading);
            return reading;
        }
    }

    /** The parts of the region, read off the partition where there is one, else explored. */
    private Optional<Reading> explore(Region start) {
        Optional<Reading> holding = partition.flatMap(p -> smallestHolding(start));
        Optional<List<Partition.Part>> parts = partition.flatMap(p -> holding
                .map(h -> p.within(start, h.leaves, Budget.of(WORK)))
                .orElseGet(() -> p.within(start, Budget.of(WORK))));
        if (parts.isPresent()) {
            Optional<Reading> reading = parts.filter(found -> !found.isEmpty())
                    .map(found -> new Reading(start, found, holding));
            reading.ifPresent(this::remember);
            return reading;
        }
        Exploration exploration = Explorer.explore(start, new Condition.Always(), List.of(profile),
                Budget.of(WORK), Integer.MAX_VALUE);
        return exploration.complete() ? Optional.of(exploration.leaves().stream()
                .map(leaf -> new Partition.Part(leaf.region(), leaf.decider(0))).toList())
                .filter(found -> !found.isEmpty()).map(found -> new Reading(start, found, Optional.empty())) : Optional.empty();
    }

    /** A reading off the partition, kept among the latest for the regions inside it. */
    private void remember(Reading reading) {
        if (recent.size() >= RECENT) {
            recent.removeLast();
        }
        recent.addFirst(reading);
    }

    /** Of the latest readings, the one with the fewest leaves whose region holds this one. */
    private Optional<Reading> smallestHolding(Region region) {
        Reading best = null;
        for (Reading r : recent) {
            if ((best == null || r.leaves.size() < best.leaves.size()) && r.region.holds(region)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * What two leaves are compared on: the rule that decides, or whether the verdict is one given.
     * A value, so that what was worked out for one question is kept for every interview that asks it.
     */
    record Outcome(Optional<Verdict> verdict) {
        /** Which rule decides. */
        static final Outcome DECIDING_RULE = new Outcome(Optional.empty());

        /** Whether the verdict is this one. */
        static Outcome verdictIs(Verdict verdict) {
            return new Outcome(Optional.of(verdict));
        }

        Object of(Partition.Part leaf) {
            return verdict.isPresent() ? (Object) (leaf.decider().verdict() == verdict.get()) : leaf.decider().id();
        }
    }

    /** The leaves of one reading: where each rule that can still decide does. */
    final class Reading {
        private final Region region;
        private final List<Partition.Part> leaves;
        /** The reading these leaves were read off, whose region holds this one, if any. */
        private final Optional<Reading> holding;
        /** Each question weighed against this reading so far: the facts it decides, compared on what. */
        private final Map<Asked, Boolean> weighed = new HashMap<>();
        /** How much each question weighed so far leaves open, by the facts it decides. */
        private final Map<Set<Fact>, Long> leftOpen = new HashMap<>();

        private record Asked(Set<Fact> answered, Outcome outcome) {
        }

        private Reading(Region region, List<Partition.Part> leaves, Optional<Reading> holding) {
            this.region = region;
            this.leaves = List.copyOf(leaves);
            this.holding = holding;
        }

        /** The parts of the region, each decided by one rule. */
        List<Partition.Part> leaves() {
            return leaves;
        }

        /**
         * How much stays open once the facts given are answered ({@link QuestionOrder#leftOpen}),
         * worked out once per reading: every interview that reaches the same region weighs the same.
         */
        long leftOpen(Set<Fact> answered) {
            synchronized (DecidingRules.this) {
                return leftOpen.computeIfAbsent(Set.copyOf(answered), facts -> QuestionOrder.leftOpen(leaves, variables(facts)));
            }
        }

        /** The variables of the space that hold the facts given. */
        private List<Integer> variables(Set<Fact> facts) {
            List<Integer> variables = new ArrayList<>();
            for (int v = 0; v < space.size(); v++) {
                if (facts.contains(space.variable(v).fact())) {
                    variables.add(v);
                }
            }
            return variables;
        }

        /** Every rule that decides for some way of answering the rest. */
        List<Rule> deciders() {
            List<Rule> rules = new ArrayList<>();
            Set<String> ids = new java.util.HashSet<>();
            for (Partition.Part leaf : leaves) {
                if (ids.add(leaf.decider().id())) {
                    rules.add(leaf.decider());
                }
            }
            return rules;
        }

        /** Every verdict some rule that can still decide gives. */
        Set<Verdict> verdicts() {
            Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
            leaves.forEach(leaf -> verdicts.add(leaf.decider().verdict()));
            return verdicts;
        }

        /**
         * Whether answering the facts given could change an outcome of the leaves (such as the
         * deciding rule), for some way of answering the rest.
         */
        boolean decidedBy(Set<Fact> answered, Outcome outcome) {
            synchronized (DecidingRules.this) {
                return weighed.computeIfAbsent(new Asked(Set.copyOf(answered), outcome),
                        asked -> !cannotInAHoldingRegion(asked) && pairs.anyPair(leaves, answered, outcome));
            }
        }

        /**
         * Whether a reading whose region holds this one found that the answer cannot change the
         * outcome there: then it cannot here either (a pair of situations here is a pair there).
         */
        private boolean cannotInAHoldingRegion(Asked asked) {
            for (Optional<Reading> r = holding; r.isPresent(); r = r.get().holding) {
                if (Boolean.FALSE.equals(r.get().weighed.get(asked))) {
                    return true;
                }
            }
            return false;
        }
    }
}
