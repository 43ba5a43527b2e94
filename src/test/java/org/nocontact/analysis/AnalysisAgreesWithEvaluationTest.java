package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nocontact.Thorough;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * Random small rule sets and random concrete situations: whatever the exhaustive analysis claims
 * must agree with evaluating the situations directly. Each situation lies in exactly one leaf of a
 * profile's exploration, decided by the rule that really decides it; a diff reports a region
 * holding a situation exactly when the two rule sets decide it differently; a condition the
 * analysis finds no situation for is false for every situation.
 *
 * <p>Each property runs over the seeds 1..n: a build tries a few rule sets per property, enough to
 * catch a regression; {@code -P thorough} tries many more (docs/testing.md).
 */
class AnalysisAgreesWithEvaluationTest {
    private static final int SITUATIONS = 150;

    /** The seeds of the random rule sets: {@code quick} of them in a build, {@code full} with {@code -P thorough}. */
    static Arbitrary<Long> seeds(int quick, int full) {
        return Arbitraries.longs().between(1, Thorough.count(quick, full));
    }

    @Provide
    Arbitrary<Long> seeds() {
        return seeds(10, 300);
    }

    @Provide
    Arbitrary<Long> moreSeeds() {
        return seeds(20, 500);
    }

    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void everySituationLiesInOneLeafDecidedByTheRuleThatReallyDecidesIt(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        RuleSet rules = RandomRules.ruleSet(random, "a");
        Profile profile = rules.profile("p").orElseThrow();
        Exploration e = Explorer.explore(Space.of(rules).everything(), List.of(profile));
        assertThat(e.complete()).isTrue();
        for (int i = 0; i < SITUATIONS; i++) {
            Situation s = RandomSituations.situation(random);
            Facts facts = rules.factsOf(s);
            List<Leaf> holding = e.leaves().stream().filter(l -> l.region().admits(0, facts)).toList();
            assertThat(holding).as("leaves holding %s", s).hasSize(1);
            assertThat(holding.get(0).decider(0).id()).isEqualTo(Evaluation.of(profile, facts).decider().id());
        }
    }

    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void aDiffReportsExactlyTheSituationsTheTwoRuleSetsDecideDifferently(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        RuleSet base = RandomRules.ruleSet(random, "a");
        RuleSet changed = random.nextBoolean() ? RandomRules.mutated(random, base) : RandomRules.ruleSet(random, "b");
        Space space = Space.of(List.of(base, changed), List.of());
        Exploration e = Explorer.explore(space.everything(), List.of(base.profile("p").get(), changed.profile("p").get()));
        assertThat(e.complete()).isTrue();
        for (int i = 0; i < SITUATIONS; i++) {
            Situation s = RandomSituations.situation(random);
            Facts before = base.factsOf(s);
            Facts after = changed.factsOf(s);
            Rule from = Evaluation.of(base.profile("p").get(), before).decider();
            Rule to = Evaluation.of(changed.profile("p").get(), after).decider();
            List<Leaf> holding = e.leaves().stream()
                    .filter(l -> l.region().admits(0, before) && l.region().admits(1, after)).toList();
            assertThat(holding).hasSize(1);
            boolean reported = !(holding.get(0).decider(0).id().equals(holding.get(0).decider(1).id())
                    && holding.get(0).verdict(0) == holding.get(0).verdict(1));
            boolean differs = !from.id().equals(to.id()) || from.verdict() != to.verdict();
            assertThat(reported).as("%s: %s -> %s", s, from.id(), to.id()).isEqualTo(differs);
        }
    }

    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void aConditionWithoutWitnessHoldsForNoSituation(@ForAll("moreSeeds") long seed) {
        Random random = new Random(seed);
        Condition condition = new Condition.All(List.of(RandomRules.condition(random, 2),
                RandomRules.condition(random, 2), RandomRules.condition(random, 1)));
        RuleSet rules = RandomRules.ruleSet(random, "a");
        Space space = Space.of(List.of(rules), List.of(condition));
        Exploration e = Explorer.explore(space.everything(), condition, List.of(), Budget.standard(), 1);
        assertThat(e.complete()).isTrue();
        if (e.leaves().isEmpty()) {
            for (int i = 0; i < SITUATIONS * 4; i++) {
                Situation s = RandomSituations.situation(random);
                assertThat(condition.test(rules.factsOf(s))).as("%s meets %s", s, condition.describe()).isFalse();
            }
        } else {
            assertThat(condition.test(rules.factsOf(e.leaves().get(0).witness()))).isTrue();
        }
    }

    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void anInvariantTheAnalysisProvesHoldsForEverySampledSituation(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        RuleSet rules = RandomRules.ruleSet(random, "a");
        Profile profile = rules.profile("p").orElseThrow();
        Condition when = RandomRules.condition(random, 2);
        Verdict never = Verdict.values()[random.nextInt(Verdict.values().length)];
        Space space = Space.of(List.of(rules), List.of(when));
        Exploration e = Explorer.explore(space.everything(), when, List.of(profile), Budget.standard(),
                Integer.MAX_VALUE);
        assertThat(e.complete()).isTrue();
        boolean proved = e.leaves().stream().noneMatch(l -> l.verdict(0) == never);
        for (int i = 0; i < SITUATIONS; i++) {
            Facts facts = rules.factsOf(RandomSituations.situation(random));
            if (proved && when.test(facts)) {
                assertThat(Evaluation.of(profile, facts).verdict()).isNotEqualTo(never);
            }
        }
        if (!proved) {
            Leaf counterexample = e.leaves().stream().filter(l -> l.verdict(0) == never).findFirst().orElseThrow();
            Facts facts = rules.factsOf(counterexample.witness());
            assertThat(when.test(facts)).isTrue();
            assertThat(Evaluation.of(profile, facts).verdict()).isEqualTo(never);
        }
    }

    /** Rule sets over a mix of facts, with small bounds so random situations land on both sides of them. */
    static final class RandomRules {
        private static final List<Fact> NUMBERS = List.of(Fact.BREAKUP_DAYS_AGO, Fact.NO_CONTACT_DAYS,
                Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_DAYS_LEFT, Fact.TIES_COUNT, Fact.EX_CONTACT_DAYS_AGO,
                Fact.ANGER, Fact.UNANSWERED_MESSAGES);
        private static final List<Fact> NAMES = List.of(Fact.GOAL, Fact.PLAN_ACTION, Fact.PLAN_OCCASION,
                Fact.EX_CONTACT_ABOUT, Fact.BREAKUP_INITIATED_BY);
        private static final List<Fact> BOOLEANS = List.of(Fact.NO_CONTACT_STARTED, Fact.NO_CONTACT_COMPLETE,
                Fact.EX_CONTACT_PRESENT, Fact.PLAN_OCCASION_INFERRED, Fact.BREAKUP_FEELINGS_EXPRESSED, Fact.UNSAFE);
        private static final List<Fact> DATES = List.of(Fact.NO_CONTACT_SINCE, Fact.TODAY, Fact.NO_CONTACT_END);

        static RuleSet ruleSet(Random random, String prefix) {
            List<Rule> rules = new ArrayList<>();
            int count = 2 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                rules.add(rule(prefix + i, condition(random, 2), random));
            }
            rules.add(rule(prefix + "-catch-all", new Condition.Always(), random));
            return of(rules, random.nextBoolean() ? 30 : 7);
        }

        /** The same rule set with one rule's condition or verdict changed, or two rules swapped. */
        static RuleSet mutated(Random random, RuleSet base) {
            List<Rule> rules = new ArrayList<>(base.rules());
            int i = random.nextInt(rules.size() - 1);
            Rule r = rules.get(i);
            switch (random.nextInt(3)) {
                case 0 -> rules.set(i, rule(r.id(), condition(random, 2), random));
                case 1 -> rules.set(i, rule(r.id() + "x", r.when(), random));
                default -> {
                    int j = random.nextInt(rules.size() - 1);
                    rules.set(i, rules.get(j));
                    rules.set(j, r);
                }
            }
            return of(rules, random.nextInt(4) == 0 ? 12 : base.defaultNoContactDays());
        }

        private static RuleSet of(List<Rule> rules, int days) {
            return SmallRuleSets.of(days, rules);
        }

        private static Rule rule(String id, Condition when, Random random) {
            Verdict verdict = Verdict.values()[random.nextInt(Verdict.values().length)];
            PeriodAdvice date = PeriodAdvice.values()[random.nextInt(PeriodAdvice.values().length)];
            return SmallRuleSets.rule(id, when, verdict, date);
        }

        static Condition condition(Random random, int depth) {
            int pick = random.nextInt(depth > 0 ? 8 : 5);
            return switch (pick) {
                case 0, 1 -> number(random);
                case 2 -> name(random);
                case 3 -> new Condition.Is(pick(random, BOOLEANS), random.nextBoolean());
                case 4 -> random.nextInt(3) == 0 ? new Condition.Known(pick(random, DATES), random.nextBoolean())
                        : new Condition.IncludesAny(Fact.TIES, new LinkedHashSet<>(List.of(
                        pick(random, List.of(Tie.values())).wireName(), pick(random, List.of(Tie.values())).wireName())));
                case 5 -> new Condition.All(List.of(condition(random, depth - 1), condition(random, depth - 1)));
                case 6 -> new Condition.Any(List.of(condition(random, depth - 1), condition(random, depth - 1)));
                default -> new Condition.Not(condition(random, depth - 1));
            };
        }

        private static Condition number(Random random) {
            Fact fact = pick(random, NUMBERS);
            int bound = fact == Fact.ANGER ? random.nextInt(11) : fact == Fact.TIES_COUNT ? random.nextInt(4)
                    : random.nextInt(40);
            return switch (random.nextInt(5)) {
                case 0 -> new Condition.AtLeast(fact, bound);
                case 1 -> new Condition.AtMost(fact, bound);
                case 2 -> new Condition.Is(fact, bound);
                case 3 -> new Condition.In(fact, new LinkedHashSet<>(List.of(bound, bound + 2)));
                default -> new Condition.Known(fact, random.nextBoolean());
            };
        }

        private static Condition name(Random random) {
            Fact fact = pick(random, NAMES);
            List<String> names = fact.allowedNames();
            if (random.nextInt(5) == 0) {
                return new Condition.Known(fact, random.nextBoolean());
            }
            Set<Object> values = new LinkedHashSet<>();
            values.add(pick(random, names));
            if (random.nextBoolean()) {
                values.add(pick(random, names));
            }
            return values.size() == 1 ? new Condition.Is(fact, values.iterator().next()) : new Condition.In(fact, values);
        }

        static <T> T pick(Random random, List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }

    /** Valid situations, written without the analysis' help, with small counts of days near typical bounds. */
    static final class RandomSituations {
        private static final List<LocalDate> DAYS = List.of(LocalDate.of(2027, 2, 14), LocalDate.of(2026, 12, 25),
                LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 10), LocalDate.of(2027, 7, 4));

        static Situation situation(Random random) {
            LocalDate today = RandomRules.pick(random, DAYS);
            int breakup = small(random);
            Optional<Situation.NoContact> noContact = Optional.empty();
            if (random.nextBoolean()) {
                int held = random.nextInt(breakup + 1);
                noContact = Optional.of(new Situation.NoContact(today.minusDays(held),
                        random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(40))));
            }
            Set<Tie> ties = EnumSet.noneOf(Tie.class);
            for (Tie tie : Tie.values()) {
                if (random.nextInt(4) == 0) {
                    ties.add(tie);
                }
            }
            Optional<Situation.ExContact> ex = random.nextBoolean() ? Optional.empty()
                    : Optional.of(new Situation.ExContact(today.minusDays(small(random)),
                    RandomRules.pick(random, List.of(ExContactAbout.values()))));
            Action action = RandomRules.pick(random, List.of(Action.values()));
            if (action == Action.REPLY && ex.isEmpty()) {
                action = Action.TEXT;
            }
            Optional<Occasion> occasion = random.nextBoolean() ? Optional.empty()
                    : Optional.of(RandomRules.pick(random, List.of(Occasion.values())));
            return new Situation(today, true,
                    new Situation.Breakup(today.minusDays(breakup), RandomRules.pick(random, List.of(InitiatedBy.values())),
                            random.nextBoolean() ? Optional.empty() : Optional.of(random.nextBoolean())),
                    RandomRules.pick(random, List.of(Goal.values())), noContact, ties, ex,
                    new Situation.Emotions(feeling(random), feeling(random), feeling(random)),
                    new Situation.Safety(random.nextInt(5) == 0, random.nextInt(5) == 0, false, false, false),
                    new Situation.Boundaries(random.nextInt(4) == 0, false), small(random),
                    new Situation.Plan(action, RandomRules.pick(random, List.of(Purpose.values())), occasion, true,
                            Optional.empty()));
        }

        private static int small(Random random) {
            return random.nextInt(10) == 0 ? random.nextInt(100_000) : random.nextInt(45);
        }

        private static OptionalInt feeling(Random random) {
            return random.nextInt(4) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(11));
        }
    }

}
