package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.situation.Tie;

/** How a region is said to a rule author: in the condition language, narrowed facts only. */
class RegionTextTest {
    private final Space space = Space.of(List.of(SmallRuleSets.deciding(30)), List.of(
            new Condition.AtLeast(Fact.ANGER, 4), new Condition.AtLeast(Fact.ANGER, 7),
            new Condition.AtLeast(Fact.ANGER, 9), new Condition.AtMost(Fact.UNANSWERED_MESSAGES, 2)));

    private Region anger(long... lows) {
        Set<Long> keep = java.util.Arrays.stream(lows).boxed().collect(java.util.stream.Collectors.toSet());
        return space.everything().restrict(space.variable(Fact.ANGER),
                c -> c.isUnknown() ? keep.contains(-1L) : keep.contains(c.low()));
    }

    @Test
    void theWholeSpaceIsEverySituation() {
        assertThat(space.everything().describe()).isEqualTo("every situation");
        assertThat(space.everything()).hasToString("every situation");
    }

    @Test
    void oneNameOrAFewAreListedAndManyAreSaidByTheOnesLeftOut() {
        assertThat(space.everything().with(Fact.GOAL, "reconcile").describe()).isEqualTo("goal is reconcile");
        assertThat(space.everything().restrict(space.variable(Fact.GOAL), c -> !c.value().equals("unsure"))
                .describe()).isEqualTo("goal is reconcile, move-on or friends");
        assertThat(space.everything().restrict(space.variable(Fact.PLAN_ACTION),
                c -> !c.value().equals("reply") && !c.value().equals("visit")).describe())
                .isEqualTo("plan.action is not visit or reply");
        assertThat(space.everything().restrict(space.variable(Fact.PLAN_ACTION),
                c -> List.of("text", "call", "email", "letter").contains(c.value())).describe())
                .isEqualTo("plan.action is text, call, email or letter");
    }

    @Test
    void aNameThatMayAlsoBeUnknownSaysSo() {
        assertThat(space.everything().restrict(space.variable(Fact.PLAN_OCCASION),
                c -> !c.value().equals("birthday")).describe())
                .isEqualTo("plan.occasion is unknown or known, not birthday");
        assertThat(space.everything().with(Fact.PLAN_OCCASION, Optional.empty()).describe())
                .isEqualTo("plan.occasion is unknown");
        assertThat(space.everything().restrict(space.variable(Fact.PLAN_OCCASION),
                c -> c.isUnknown() || c.value().equals("birthday")).describe())
                .isEqualTo("plan.occasion is unknown or birthday");
    }

    @Test
    void numberClassesNextToEachOtherAreSaidAsOneRange() {
        assertThat(anger(0).describe()).isEqualTo("emotions.anger is at most 3");
        assertThat(anger(7, 9).describe()).isEqualTo("emotions.anger is at least 7");
        assertThat(anger(4).describe()).isEqualTo("emotions.anger is 4..6");
        assertThat(anger(4, 7).describe()).isEqualTo("emotions.anger is 4..8");
        assertThat(anger(0, 7).describe()).isEqualTo("emotions.anger is at most 3 or 7..8");
        assertThat(anger(0, 4, 7, 9).describe()).isEqualTo("emotions.anger is known");
        assertThat(anger(-1, 9).describe()).isEqualTo("emotions.anger is unknown or at least 9");
        assertThat(anger(-1).describe()).isEqualTo("emotions.anger is unknown");
        assertThat(anger().describe()).isEqualTo("emotions.anger is impossible");
    }

    @Test
    void aNumberClassOfOneValueIsSaidAsThatValue() {
        Space exact = Space.of(List.of(SmallRuleSets.deciding(30)), List.of(new Condition.Is(Fact.ANGER, 5)));
        Region five = exact.everything().restrict(exact.variable(Fact.ANGER), c -> c.low() == 5 && c.high() == 5);
        assertThat(five.describe()).isEqualTo("emotions.anger is 5");
        assertThat(exact.everything().restrict(exact.variable(Fact.ANGER), c -> c.low() == 0 && !c.isUnknown())
                .describe()).isEqualTo("emotions.anger is at most 4");
    }

    @Test
    void aNumberWithNoUpperBoundIsSaidOpenAbove() {
        Region many = space.everything().restrict(space.variable(Fact.UNANSWERED_MESSAGES), c -> c.low() == 3);
        assertThat(many.describe()).isEqualTo("history.unansweredMessages is at least 3");
    }

    @Test
    void neighbouringTrueOrFalseFactsWithTheSameValueAreSaidTogether() {
        Region region = space.everything().with(Fact.UNSAFE, false).with(Fact.THREATENED, false)
                .with(Fact.SELF_HARM, false);
        assertThat(region.describe()).isEqualTo("safety.unsafe, safety.threatened and safety.selfHarm are false");
        assertThat(space.everything().with(Fact.UNSAFE, false).with(Fact.THREATENED, false).describe())
                .isEqualTo("safety.unsafe and safety.threatened are false");
        assertThat(space.everything().with(Fact.UNSAFE, true).describe()).isEqualTo("safety.unsafe is true");
    }

    @Test
    void trueOrFalseFactsWithDifferentValuesOrAnotherFactBetweenThemAreSaidEachOnTheirOwn() {
        assertThat(space.everything().with(Fact.UNSAFE, true).with(Fact.THREATENED, false).describe())
                .isEqualTo("safety.unsafe is true, safety.threatened is false");
        assertThat(space.everything().with(Fact.BREAKUP_FEELINGS_EXPRESSED, true).with(Fact.GOAL, "friends")
                .with(Fact.NO_CONTACT_STARTED, true).describe())
                .isEqualTo("breakup.feelingsExpressed is true, goal is friends, noContact.started is true");
    }

    @Test
    void trueOrFalseFactsThatAreNotNarrowedDoNotSeparateTheOnesThatAre() {
        assertThat(space.everything().with(Fact.UNSAFE, true).with(Fact.ANGER, 9).with(Fact.BLOCKED, true).describe())
                .isEqualTo("emotions.anger is at least 9, safety.unsafe and boundaries.blocked are true");
    }

    @Test
    void aTrueOrFalseFactThatMayBeUnknownIsNotSaidWithOthers() {
        Region region = space.everything().with(Fact.BREAKUP_FEELINGS_EXPRESSED, Optional.empty())
                .with(Fact.NO_CONTACT_STARTED, true);
        assertThat(region.describe()).isEqualTo("breakup.feelingsExpressed is unknown, noContact.started is true");
        Region both = space.everything().restrict(space.variable(Fact.BLOCKED), c -> true);
        assertThat(both.describe()).isEqualTo("every situation");
        Region either = space.everything().restrict(space.variable(Fact.BREAKUP_FEELINGS_EXPRESSED),
                c -> !c.isUnknown());
        assertThat(either.describe()).isEqualTo("breakup.feelingsExpressed is false or true");
    }

    @Test
    void tiesAreSaidAsIncludedOrNot() {
        assertThat(space.everything().with(Tie.CHILDREN, true).describe()).isEqualTo("ties include children");
        assertThat(space.everything().with(Tie.PETS, false).describe()).isEqualTo("ties do not include pets");
        assertThat(space.everything().with(Tie.PETS, false).with(Tie.HOME, true).describe())
                .isEqualTo("ties include home, ties do not include pets");
    }

    @Test
    void aFactOfTheChangedRuleSetsOwnDefaultSaysSo() {
        Space two = Space.of(List.of(SmallRuleSets.deciding(30), SmallRuleSets.deciding(7)), List.of());
        Region region = two.everything().restrict(two.variable(Fact.NO_CONTACT_COMPLETE, 1), c -> c.value().equals(true));
        assertThat(region.describe()).isEqualTo("noContact.complete (by the changed rule set's default) is true");
        Region first = two.everything().restrict(two.variable(Fact.NO_CONTACT_COMPLETE, 0), c -> c.value().equals(true))
                .with(Fact.BLOCKED, true);
        assertThat(first.describe()).isEqualTo("noContact.complete is true, boundaries.blocked is true");
    }

    @Test
    void aKnownDateIsSaidAsKnown() {
        assertThat(space.everything().restrict(space.variable(Fact.NO_CONTACT_SINCE), c -> !c.isUnknown()).describe())
                .isEqualTo("noContact.since is known");
    }
}
