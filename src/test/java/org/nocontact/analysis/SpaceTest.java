package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nocontact.TestSituations;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

class SpaceTest {
    private static List<String> classes(Space space, Fact fact) {
        return space.classes(space.variable(fact)).stream().map(ValueClass::describe).toList();
    }

    private static Space cutBy(Condition... conditions) {
        return Space.of(List.of(SmallRuleSets.deciding(30)), List.of(conditions));
    }

    @Test
    void aNumberNoConditionReadsIsOneClassOverItsWholeRange() {
        Space space = cutBy();
        assertThat(classes(space, Fact.NO_CONTACT_DAYS)).containsExactly("1..365");
        assertThat(classes(space, Fact.NO_CONTACT_DAYS_LEFT)).containsExactly("0..365");
        assertThat(classes(space, Fact.TIES_COUNT)).containsExactly("0.." + Tie.values().length);
        assertThat(classes(space, Fact.ANGER)).containsExactly("unknown", "0..10");
        assertThat(classes(space, Fact.SADNESS)).containsExactly("unknown", "0..10");
        assertThat(classes(space, Fact.CONFIDENCE)).containsExactly("unknown", "0..10");
        assertThat(classes(space, Fact.UNANSWERED_MESSAGES)).containsExactly("0..");
        // no count of days between two four-digit years' dates is larger
        String days = "0.." + java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(0, 1, 1),
                java.time.LocalDate.of(9999, 12, 31));
        assertThat(classes(space, Fact.BREAKUP_DAYS_AGO)).containsExactly(days);
        assertThat(classes(space, Fact.EX_CONTACT_DAYS_AGO)).containsExactly("unknown", days);
    }

    @Test
    void onlyFactsASituationMayLeaveOutHaveAnUnknownClass() {
        Space space = cutBy();
        for (Fact fact : List.of(Fact.BREAKUP_FEELINGS_EXPRESSED, Fact.NO_CONTACT_SINCE, Fact.EX_CONTACT_ABOUT,
                Fact.EX_CONTACT_DAYS_AGO, Fact.ANGER, Fact.SADNESS, Fact.CONFIDENCE, Fact.PLAN_OCCASION)) {
            assertThat(classes(space, fact)).as(fact.factName()).startsWith("unknown");
        }
        for (Fact fact : List.of(Fact.GOAL, Fact.TODAY, Fact.NO_CONTACT_STARTED, Fact.BREAKUP_DAYS_AGO,
                Fact.UNANSWERED_MESSAGES, Fact.TIES_COUNT, Fact.PLAN_ACTION, Fact.NO_CONTACT_END)) {
            assertThat(classes(space, fact)).as(fact.factName()).doesNotContain("unknown");
        }
    }

    @Test
    void namesTrueOrFalseAndDatesHaveOneClassPerValue() {
        Space space = cutBy();
        assertThat(classes(space, Fact.GOAL)).containsExactly("reconcile", "move-on", "friends", "unsure");
        assertThat(classes(space, Fact.PLAN_OCCASION)).containsExactly("unknown", "valentines-day", "birthday",
                "christmas", "new-year", "anniversary", "graduation");
        assertThat(classes(space, Fact.BLOCKED)).containsExactly("false", "true");
        assertThat(classes(space, Fact.BREAKUP_FEELINGS_EXPRESSED)).containsExactly("unknown", "false", "true");
        assertThat(classes(space, Fact.TODAY)).containsExactly("known");
        assertThat(classes(space, Fact.NO_CONTACT_SINCE)).containsExactly("unknown", "known");
    }

    @Test
    void eachTieIsAVariableHeldOrNot() {
        Space space = cutBy();
        for (Tie tie : Tie.values()) {
            Space.Variable variable = space.variable(space.variable(tie));
            assertThat(variable.fact()).isEqualTo(Fact.TIES);
            assertThat(variable.tie()).contains(tie);
            assertThat(variable.name()).isEqualTo("ties include " + tie.wireName());
            assertThat(space.classes(space.variable(tie))).extracting(ValueClass::value).containsExactly(false, true);
        }
        assertThat(space.variable(Tie.CHILDREN)).isNotEqualTo(space.variable(Tie.WORK));
        assertThat(space.variable(space.variable(Fact.ANGER)).name()).isEqualTo("emotions.anger");
    }

    @Test
    void everyFactAndTieIsOneVariableWhenTheRuleSetsShareADefaultLength() {
        Space space = Space.of(List.of(SmallRuleSets.deciding(30), SmallRuleSets.deciding(30)), List.of());
        assertThat(space.size()).isEqualTo(Fact.values().length + Tie.values().length);
        assertThat(space.variables()).hasSize(space.size());
        assertThat(space.sides()).isEqualTo(2);
        for (Fact fact : Fact.values()) {
            assertThat(space.variable(fact, 1)).isEqualTo(space.variable(fact, 0));
            assertThat(space.variable(space.variable(fact)).side()).isEqualTo(-1);
            assertThat(space.variable(space.variable(fact)).fact()).isEqualTo(fact);
        }
    }

    @Test
    void theFactsDerivedFromThePeriodsLengthHaveAVariablePerSideWhenTheDefaultsDiffer() {
        Space space = Space.of(List.of(SmallRuleSets.deciding(30), SmallRuleSets.deciding(7)), List.of());
        assertThat(space.size()).isEqualTo(Fact.values().length + Tie.values().length + 3);
        for (Fact fact : List.of(Fact.NO_CONTACT_DAYS, Fact.NO_CONTACT_DAYS_LEFT, Fact.NO_CONTACT_COMPLETE)) {
            assertThat(space.variable(fact, 1)).isNotEqualTo(space.variable(fact, 0));
            assertThat(space.variable(space.variable(fact, 0)).side()).isZero();
            assertThat(space.variable(space.variable(fact, 1)).side()).isEqualTo(1);
        }
        assertThat(space.variable(Fact.NO_CONTACT_DAYS_HELD, 1)).isEqualTo(space.variable(Fact.NO_CONTACT_DAYS_HELD, 0));
        assertThat(space.defaultDays(0)).isEqualTo(30);
        assertThat(space.defaultDays(1)).isEqualTo(7);
    }

    @Test
    void aSidesFactsAreComputedWithItsOwnDefaultLength() {
        Space space = Space.of(List.of(SmallRuleSets.deciding(30), SmallRuleSets.deciding(7)), List.of());
        Situation notBegun = TestSituations.read(TestSituations.base());
        assertThat(space.factsOf(notBegun, 0).value(Fact.NO_CONTACT_DAYS)).contains(30);
        assertThat(space.factsOf(notBegun, 1).value(Fact.NO_CONTACT_DAYS)).contains(7);
        assertThat(space.drafts(1)).isSameAs(org.nocontact.rules.drafts.DraftRules.NONE);
    }

    @Test
    void numbersAreCutAtEveryBoundAConditionUsesWithinTheFactsRange() {
        Space space = cutBy(new Condition.AtLeast(Fact.ANGER, 0), new Condition.AtLeast(Fact.SADNESS, 10),
                new Condition.AtLeast(Fact.CONFIDENCE, 11), new Condition.AtMost(Fact.TIES_COUNT, 0),
                new Condition.Is(Fact.NO_CONTACT_DAYS, 365));
        assertThat(classes(space, Fact.ANGER)).containsExactly("unknown", "0..10");
        assertThat(classes(space, Fact.SADNESS)).containsExactly("unknown", "0..9", "10");
        assertThat(classes(space, Fact.CONFIDENCE)).containsExactly("unknown", "0..10");
        assertThat(classes(space, Fact.TIES_COUNT)).containsExactly("0", "1.." + Tie.values().length);
        assertThat(classes(space, Fact.NO_CONTACT_DAYS)).containsExactly("1..364", "365");
    }

    @Test
    void everyConditionOfARuleSetCutsTheSpace() {
        Rule withSuggestion = SmallRuleSets.rule("r", new Condition.AtLeast(Fact.ANGER, 3), Verdict.DO_NOT_CONTACT,
                PeriodAdvice.HOLDS, List.of(SmallRuleSets.suggestion(new Condition.AtLeast(Fact.ANGER, 5))));
        RuleSet rules = SmallRuleSets.of(30, Map.of("d", new Condition.AtLeast(Fact.ANGER, 7)),
                List.of(SmallRuleSets.suggestion(new Condition.AtLeast(Fact.ANGER, 8))), List.of(withSuggestion),
                List.of(SmallRuleSets.never("i", new Condition.AtLeast(Fact.ANGER, 9), Verdict.REACH_OUT)));
        Space space = Space.of(rules);
        assertThat(classes(space, Fact.ANGER)).containsExactly("unknown", "0..2", "3..4", "5..6", "7", "8", "9..10");
    }

    @Test
    void aRuleSetsConditionsAreItsDefinitionsRulesSuggestionsGeneralAdviceAndInvariants() {
        Condition definition = new Condition.Is(Fact.BLOCKED, true);
        Condition rule = new Condition.AtLeast(Fact.ANGER, 3);
        Condition suggestion = new Condition.Is(Fact.GOAL, "friends");
        Condition advice = new Condition.Known(Fact.SADNESS, true);
        Condition invariant = new Condition.Is(Fact.UNSAFE, true);
        RuleSet rules = SmallRuleSets.of(30, Map.of("d", definition), List.of(SmallRuleSets.suggestion(advice)),
                List.of(SmallRuleSets.rule("r", rule, Verdict.DO_NOT_CONTACT, PeriodAdvice.NONE,
                        List.of(SmallRuleSets.suggestion(suggestion)))),
                List.of(SmallRuleSets.never("i", invariant, Verdict.REACH_OUT)));
        assertThat(Space.conditionsOf(rules)).containsExactlyInAnyOrder(definition, rule, suggestion, advice,
                invariant, new Condition.Always());
    }

    @Test
    void theClassesOfEveryCutNumberAreSaidForAnHonestAccountOfWhatWasCovered() {
        Space space = Space.of(List.of(SmallRuleSets.deciding(30, new Condition.AtLeast(Fact.ANGER, 4),
                new Condition.AtMost(Fact.UNANSWERED_MESSAGES, 2)), SmallRuleSets.deciding(7,
                new Condition.AtLeast(Fact.NO_CONTACT_DAYS_LEFT, 3))), List.of());
        assertThat(space.describeClasses()).isEqualTo("noContact.daysLeft [0..2, 3..365], "
                + "noContact.daysLeft (changed) [0..2, 3..365], exContact.daysAgo [unknown, 0..3652424], "
                + "emotions.anger [unknown, 0..3, 4..10], emotions.sadness [unknown, 0..10], "
                + "emotions.confidence [unknown, 0..10], history.unansweredMessages [0..2, 3..]");
    }

    @Test
    void variablesAreTestedInTheOrderTheDefaultProfilesRulesFirstReadTheirFacts() {
        Space space = Space.of(SmallRuleSets.deciding(30, new Condition.AtLeast(Fact.SADNESS, 4),
                new Condition.All(List.of(new Condition.Is(Fact.GOAL, "friends"), new Condition.AtLeast(Fact.SADNESS, 8))),
                new Condition.Is(Fact.BLOCKED, true)));
        int[] level = space.testingOrder();
        assertThat(level[space.variable(Fact.SADNESS)]).isZero();
        assertThat(level[space.variable(Fact.GOAL)]).isEqualTo(1);
        assertThat(level[space.variable(Fact.BLOCKED)]).isEqualTo(2);
        assertThat(java.util.Arrays.stream(level).sorted().toArray())
                .isEqualTo(java.util.stream.IntStream.range(0, space.size()).toArray());
    }

    @Test
    void theDefaultProfilesRulesAreReadBeforeAnyExtraCondition() {
        Space space = Space.of(List.of(SmallRuleSets.deciding(30, new Condition.AtLeast(Fact.SADNESS, 4))),
                List.of(new Condition.Is(Fact.GOAL, "friends")));
        int[] level = space.testingOrder();
        assertThat(level[space.variable(Fact.SADNESS)]).isZero();
        assertThat(level[space.variable(Fact.GOAL)]).isEqualTo(1);
    }

    @Test
    void aLargeRuleSetTestsTheLinkedVariablesFirst() {
        List<Condition> whens = new ArrayList<>();
        whens.add(new Condition.AtLeast(Fact.SADNESS, 4));
        while (whens.size() < Space.LINKED_FIRST_FROM) {
            whens.add(new Condition.AtLeast(Fact.ANGER, whens.size() % 10));
        }
        Space large = Space.of(SmallRuleSets.deciding(30, whens.toArray(Condition[]::new)));
        int[] level = large.testingOrder();
        java.util.BitSet linked = large.witnesses().linkedVariables();
        assertThat(linked.get(large.variable(Fact.SADNESS))).isFalse();
        assertThat(linked.get(large.variable(Fact.NO_CONTACT_DAYS_HELD))).isTrue();
        assertThat(level[large.variable(Fact.NO_CONTACT_DAYS_HELD)]).isLessThan(level[large.variable(Fact.SADNESS)]);
        assertThat(level[large.variable(Fact.SADNESS)]).isEqualTo(linked.cardinality());

        Space small = Space.of(SmallRuleSets.deciding(30, whens.subList(0, Space.LINKED_FIRST_FROM - 1).toArray(Condition[]::new)));
        assertThat(small.testingOrder()[small.variable(Fact.SADNESS)]).isZero();
    }

    @Test
    void theSpaceCountsEveryClassOfEveryVariable() {
        Space space = cutBy(new Condition.AtLeast(Fact.ANGER, 4));
        long count = 0;
        for (int v = 0; v < space.size(); v++) {
            count += space.classes(v).size();
        }
        assertThat(space.classCount()).isEqualTo(count).isGreaterThan(space.size());
    }
}
