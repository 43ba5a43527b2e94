package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Tie;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    final Space space = Space.of(rules);

    @Test
    void everyShippedProfileIsCoveredWithAWitnessPerLeafThatEvaluatesToItsRule() {
        for (Profile profile : rules.profiles().values()) {
            Exploration e = Explorer.explore(space.everything(), List.of(profile));
            assertThat(e.complete()).isTrue();
            assertThat(e.leaves()).isNotEmpty();
            for (Leaf leaf : e.leaves()) {
                Facts facts = rules.factsOf(leaf.witness());
                assertThat(Evaluation.of(profile, facts).decider().id()).isEqualTo(leaf.decider(0).id());
                assertThat(leaf.region().admits(0, facts)).isTrue();
            }
        }
    }

    @Test
    void theWitnessChecksAndBuildsOfAnExplorationAreChargedToItsBudget() {
        Budget budget = Budget.of(Long.MAX_VALUE / 2);
        Exploration e = Explorer.explore(space.everything(), new Condition.Always(), List.of(), budget,
                Integer.MAX_VALUE);
        assertThat(e.leafCount()).isEqualTo(1);
        // "always" tests no value class and its one leaf evaluates two parts; what is spent beyond that
        // is the check of the start region and the build of its witness, which look at every variable
        assertThat(budget.used()).isGreaterThan(2L * space.size());
    }

    @Test
    void aBudgetThatWitnessChecksAloneUseUpLeavesTheRegionReportedAsNotCovered() {
        Budget budget = Budget.of(space.size());
        Exploration e = Explorer.explore(space.everything(), new Condition.Always(), List.of(), budget,
                Integer.MAX_VALUE);
        assertThat(budget.spent()).isTrue();
        assertThat(e.complete()).isFalse();
        assertThat(e.leafCount()).isZero();
        assertThat(e.uncovered()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo("the analysis used up its budget of work"));
    }

    @Test
    void numberClassesAreCutExactlyAtTheBoundsTheRulesUse() {
        List<ValueClass> anger = space.classes(space.variable(Fact.ANGER));
        assertThat(anger).extracting(ValueClass::describe).containsExactly("unknown", "0..3", "4..10");
        List<ValueClass> unanswered = space.classes(space.variable(Fact.UNANSWERED_MESSAGES));
        // none apart from one (the word on a message about needing time), one apart from two or more (chasing)
        assertThat(unanswered.get(0).high()).isEqualTo(0);
        assertThat(unanswered.get(1).low()).isEqualTo(1);
        assertThat(unanswered.get(1).high()).isEqualTo(1);
        assertThat(unanswered.get(2).low()).isEqualTo(2);
    }

    @Test
    void aStartRegionKeepsEveryLeafInsideTheAnswersGiven() {
        Region moveOn = space.everything().with(Fact.GOAL, "move-on").with(Fact.SELF_HARM, false)
                .with(Fact.ANGER, Optional.empty());
        Exploration e = Explorer.explore(moveOn, List.of(rules.profile("standard").orElseThrow()));
        assertThat(e.leaves()).isNotEmpty().allSatisfy(leaf -> {
            assertThat(leaf.witness().goal().wireName()).isEqualTo("move-on");
            assertThat(leaf.witness().safety().selfHarm()).isFalse();
            assertThat(leaf.witness().emotions().anger()).isEmpty();
            assertThat(leaf.decider(0).id()).isNotEqualTo("safety-self-harm");
        });
        assertThat(e.leaves()).anySatisfy(leaf -> assertThat(leaf.read()).contains(Fact.GOAL));
    }

    @Test
    void aCompletePeriodThatNeverBeganHasNoSituation() {
        Region impossible = space.everything().with(Fact.NO_CONTACT_STARTED, false).with(Fact.NO_CONTACT_COMPLETE, true);
        assertThat(new Witnesses(space).build(impossible).isEmpty()).isTrue();
        Region heldLongerThanTheBreakup = space.everything().with(Fact.NO_CONTACT_STARTED, true)
                .restrict(space.variable(Fact.NO_CONTACT_COMPLETE), c -> c.value().equals(true))
                .restrict(space.variable(Fact.BREAKUP_DAYS_AGO), c -> c.high() < 30);
        assertThat(new Witnesses(space).build(heldLongerThanTheBreakup).isEmpty()).isTrue();
    }

    @Test
    void aReplyWithoutAMessageFromTheExHasNoSituation() {
        Region reply = space.everything().with(Fact.PLAN_ACTION, "reply").with(Fact.EX_CONTACT_PRESENT, false);
        assertThat(new Witnesses(space).build(reply).isEmpty()).isTrue();
    }

    @Test
    void theTieCountFollowsTheTiesHeld() {
        Region region = space.everything().with(Tie.CHILDREN, true).with(Fact.TIES_COUNT, 0);
        assertThat(new Witnesses(space).build(region).isEmpty()).isTrue();
        Region one = space.everything().with(Tie.CHILDREN, true);
        assertThat(new Witnesses(space).build(one).witness().orElseThrow().ties()).contains(Tie.CHILDREN);
    }

    @Test
    void anInferredOccasionComesFromTheDate() {
        Region valentine = space.everything().with(Fact.PLAN_OCCASION, "valentines-day")
                .with(Fact.PLAN_OCCASION_INFERRED, true);
        var witness = new Witnesses(space).build(valentine).witness().orElseThrow();
        assertThat(witness.plan().occasion()).isEmpty();
        assertThat(Facts.inferredOccasion(witness.today()).orElseThrow().wireName()).isEqualTo("valentines-day");
        Region inferredBirthday = space.everything().with(Fact.PLAN_OCCASION, "birthday")
                .with(Fact.PLAN_OCCASION_INFERRED, true);
        assertThat(new Witnesses(space).build(inferredBirthday).isEmpty()).isTrue();
    }

    @Test
    void aConditionThatNoSituationMeetsHasNoLeaf() {
        Condition never = new Condition.All(List.of(new Condition.Is(Fact.NO_CONTACT_STARTED, false),
                new Condition.Is(Fact.NO_CONTACT_COMPLETE, true)));
        Space space = Space.of(List.of(rules), List.of(never));
        Exploration e = Explorer.explore(space.everything(), never, List.of(), Budget.standard(), 1);
        assertThat(e.leaves()).isEmpty();
        assertThat(e.complete()).isTrue();
    }

    @Test
    void aSpentBudgetLeavesRegionsNotCoveredButDropsNone() {
        Profile standard = rules.profile("standard").orElseThrow();
        Exploration e = Explorer.explore(space.everything(), new Condition.Always(), List.of(standard), Budget.of(60),
                Integer.MAX_VALUE);
        assertThat(e.complete()).isFalse();
        assertThat(e.uncovered()).allSatisfy(u -> assertThat(u.reason()).contains("budget"));
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            Facts facts = rules.factsOf(AnalysisAgreesWithEvaluationTest.RandomSituations.situation(random));
            long inLeaves = e.leaves().stream().filter(l -> l.region().admits(0, facts)).count();
            long inUncovered = e.uncovered().stream().filter(u -> u.region().admits(0, facts)).count();
            assertThat(inLeaves + inUncovered).isEqualTo(1);
        }
    }
}
