package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.base;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.set;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionTest {
    static Facts facts() {
        var s = set(set(base(), "emotions.anger", 3), "ties", List.of("pets", "work"));
        return Facts.of(read(s), 30);
    }

    final Condition angerAtMost3 = new Condition.AtMost(Fact.ANGER, 3);
    final Condition angerAtLeast4 = new Condition.AtLeast(Fact.ANGER, 4);

    @Test
    void comparisonsOnKnownFacts() {
        assertThat(angerAtMost3.test(facts())).isTrue();
        assertThat(angerAtLeast4.test(facts())).isFalse();
        assertThat(new Condition.Is(Fact.GOAL, "reconcile").test(facts())).isTrue();
        assertThat(new Condition.In(Fact.GOAL, Set.of("move-on", "friends")).test(facts())).isFalse();
        assertThat(new Condition.IncludesAny(Fact.TIES, Set.of("children", "work")).test(facts())).isTrue();
        assertThat(new Condition.Is(Fact.UNSAFE, false).test(facts())).isTrue();
    }

    @Test
    void everyComparisonOnAnUnknownFactIsFalse() {
        Facts facts = facts();
        assertThat(new Condition.AtMost(Fact.SADNESS, 10).test(facts)).isFalse();
        assertThat(new Condition.AtLeast(Fact.SADNESS, 0).test(facts)).isFalse();
        assertThat(new Condition.Is(Fact.EX_CONTACT_ABOUT, "personal").test(facts)).isFalse();
        assertThat(new Condition.Known(Fact.SADNESS, false).test(facts)).isTrue();
        assertThat(new Condition.Known(Fact.ANGER, true).test(facts)).isTrue();
    }

    @Test
    void includesAnyHoldsWhenOneOfItsNamesIsAmongTheTiesAndNeverWithNoTies() {
        Facts facts = facts();
        assertThat(new Condition.IncludesAny(Fact.TIES, Set.of("work")).test(facts)).isTrue();
        assertThat(new Condition.IncludesAny(Fact.TIES, Set.of("children", "belongings")).test(facts)).isFalse();
        assertThat(new Condition.IncludesAny(Fact.TIES, Set.of()).test(facts)).isFalse();
        Facts noTies = Facts.of(read(base()), 30);
        assertThat(new Condition.IncludesAny(Fact.TIES, Set.of("pets")).test(noTies)).isFalse();
        Condition includes = new Condition.IncludesAny(Fact.TIES, Set.of("work", "children"));
        assertThat(includes.describe()).isEqualTo("ties include any of children, work");
        assertThat(includes.size()).isEqualTo(1);
    }

    @Test
    void connectives() {
        Facts facts = facts();
        assertThat(new Condition.All(List.of(angerAtMost3, angerAtLeast4)).test(facts)).isFalse();
        assertThat(new Condition.Any(List.of(angerAtMost3, angerAtLeast4)).test(facts)).isTrue();
        assertThat(new Condition.Not(angerAtLeast4).test(facts)).isTrue();
        assertThat(new Condition.Always().test(facts)).isTrue();
        assertThat(new Condition.Ref("calm", angerAtMost3, 1).test(facts)).isTrue();
    }

    @Test
    void conditionsExplainThemselves() {
        Condition c = new Condition.All(List.of(angerAtMost3, new Condition.Not(new Condition.Ref("chasing", angerAtLeast4, 1)),
                new Condition.In(Fact.GOAL, Set.of("unsure", "reconcile"))));
        assertThat(c.describe()).isEqualTo(
                "(emotions.anger is at most 3 and not chasing and goal is one of reconcile, unsure)");
        // all, at most, not, ref, and the "in" list's two values: a list counts as many parts as its values
        assertThat(c.size()).isEqualTo(6);
    }

    @Test
    void derivedPeriodFacts() {
        var s = set(set(base(), "noContact.since", "2027-03-01"), "today", "2027-03-30");
        Facts facts = Facts.of(read(s), 30);
        assertThat(facts.value(Fact.NO_CONTACT_DAYS_HELD)).contains(29);
        assertThat(facts.value(Fact.NO_CONTACT_DAYS_LEFT)).contains(1);
        assertThat(facts.isTrue(Fact.NO_CONTACT_COMPLETE)).isFalse();
        assertThat(facts.value(Fact.NO_CONTACT_DAY)).as("day 1 is the day it began").contains(30);
        assertThat(facts.display(Fact.NO_CONTACT_END)).isEqualTo("Wednesday 31 March 2027");
        Facts next = Facts.of(read(set(s, "today", "2027-03-31")), 30);
        assertThat(next.isTrue(Fact.NO_CONTACT_COMPLETE)).isTrue();
        assertThat(next.value(Fact.NO_CONTACT_DAYS_LEFT)).contains(0);
        assertThat(next.display(Fact.NO_CONTACT_END_OR_TOMORROW)).isEqualTo("Thursday 1 April 2027");
    }

    @Test
    void theOccasionIsInferredOnlyWhenNotGiven() {
        Facts valentine = Facts.of(read(set(base(), "today", "2027-02-14")), 30);
        assertThat(valentine.value(Fact.PLAN_OCCASION)).contains("valentines-day");
        assertThat(valentine.isTrue(Fact.PLAN_OCCASION_INFERRED)).isTrue();
        assertThat(valentine.display(Fact.PLAN_OCCASION)).isEqualTo("Valentine's Day");
        Facts birthday = Facts.of(read(set(set(base(), "today", "2027-02-14"), "plan.occasion", "birthday")), 30);
        assertThat(birthday.value(Fact.PLAN_OCCASION)).contains("birthday");
        assertThat(birthday.isTrue(Fact.PLAN_OCCASION_INFERRED)).isFalse();
    }
}
