package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;

/**
 * What an exploration lists (every region, one per deciding rule, or none) and what it only
 * covers, as lint, diff and the interview ask for them.
 */
class ExplorerListsWhatIsAskedTest {
    /** Angry or blocked: don't contact (two regions); friends: don't contact; else reaching out. */
    private final RuleSet rules = SmallRuleSets.of(30, List.of(
            SmallRuleSets.rule("angry-or-blocked", new Condition.Any(List.of(new Condition.AtLeast(Fact.ANGER, 7),
                    new Condition.Is(Fact.BLOCKED, true))), Verdict.DO_NOT_CONTACT, PeriodAdvice.HOLDS),
            SmallRuleSets.rule("friends", new Condition.Is(Fact.GOAL, "friends"), Verdict.LOGISTICS_ONLY)));
    private final Profile profile = rules.profile("p").orElseThrow();
    private final Space space = Space.of(rules);

    private static List<String> deciders(Exploration e) {
        return e.leaves().stream().map(l -> l.decider(0).id()).toList();
    }

    private Exploration explore(java.util.function.Function<List<Rule>, Explorer.Interest> interest) {
        return Explorer.explore(space.everything(), new Condition.Always(), List.of(profile), Budget.standard(),
                interest);
    }

    @Test
    void everyRegionIsListedWhenEveryRegionIsAsked() {
        Exploration e = Explorer.explore(space.everything(), List.of(profile));
        assertThat(e.complete()).isTrue();
        assertThat(deciders(e)).containsExactlyInAnyOrder("angry-or-blocked", "angry-or-blocked", "friends",
                "catch-all");
        assertThat(e.leafCount()).isEqualTo(4);
        assertThat(e.splits()).isPositive();
        assertThat(deciders(explore(deciders -> Explorer.Interest.ALL))).isEqualTo(deciders(e));
    }

    @Test
    void aRuleAskedOnceIsListedOnceAndTheRestIsCovered() {
        Exploration e = explore(deciders -> Explorer.Interest.ONE);
        assertThat(e.complete()).isTrue();
        assertThat(deciders(e)).containsExactlyInAnyOrder("angry-or-blocked", "friends", "catch-all");
        assertThat(e.leafCount()).isGreaterThan(e.leaves().size());
    }

    @Test
    void aRuleNotAskedForIsCoveredButNotListed() {
        Exploration e = explore(deciders -> deciders.get(0).id().equals("angry-or-blocked")
                ? Explorer.Interest.SKIP : Explorer.Interest.ALL);
        assertThat(e.complete()).isTrue();
        assertThat(deciders(e)).containsExactlyInAnyOrder("friends", "catch-all");
        assertThat(e.leafCount()).isGreaterThan(2);
        Exploration none = explore(deciders -> Explorer.Interest.SKIP);
        assertThat(none.leaves()).isEmpty();
        assertThat(none.complete()).isTrue();
        assertThat(none.leafCount()).isPositive();
    }

    @Test
    void leavesNotKeptAreStillWitnessedAndCounted() {
        Budget budget = Budget.standard();
        Exploration e = Explorer.explore(space.everything(), List.of(profile), budget,
                leaf -> leaf.verdict(0) == Verdict.REACH_OUT);
        assertThat(deciders(e)).containsExactly("catch-all");
        assertThat(e.leafCount()).isEqualTo(4);
        assertThat(budget.used()).isPositive();
        assertThat(deciders(Explorer.explore(space.everything(), List.of(profile),
                leaf -> leaf.verdict(0) == Verdict.LOGISTICS_ONLY))).containsExactly("friends");
    }

    @Test
    void anExplorationAskedForAFewLeavesStopsThere() {
        Exploration e = Explorer.explore(space.everything(), new Condition.Always(), List.of(profile),
                Budget.standard(), 1);
        assertThat(e.leaves()).hasSize(1);
        assertThat(e.leafCount()).isEqualTo(1);
        assertThat(Explorer.explore(space.everything(), new Condition.Always(), List.of(profile), Budget.standard(), 3)
                .leaves()).hasSize(3);
    }

    @Test
    void aFilterKeepsOnlyTheSituationsWhereItHolds() {
        Exploration e = Explorer.explore(space.everything(), new Condition.Is(Fact.GOAL, "friends"), List.of(profile),
                Budget.standard(), Integer.MAX_VALUE);
        assertThat(e.complete()).isTrue();
        assertThat(deciders(e)).containsExactlyInAnyOrder("angry-or-blocked", "angry-or-blocked", "friends");
        assertThat(e.leaves()).allSatisfy(leaf -> {
            assertThat(leaf.witness().goal().wireName()).isEqualTo("friends");
            assertThat(leaf.read()).contains(Fact.GOAL);
        });
    }

    @Test
    void aLeafSaysWhatItsRuleDecidesTheFactsItReadAndTheDayToLookAgain() {
        Exploration e = Explorer.explore(space.everything(), List.of(profile));
        Leaf angry = e.leaves().stream().filter(l -> l.decider(0).id().equals("angry-or-blocked")
                && l.read().contains(Fact.ANGER) && !l.read().contains(Fact.BLOCKED)).findFirst().orElseThrow();
        assertThat(angry.verdict(0)).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(angry.reconsiderOn(0)).contains(Fact.NO_CONTACT_END);
        assertThat(angry.read()).containsExactly(Fact.ANGER);
        assertThat(angry.witness().emotions().anger()).hasValue(7);
        Leaf friends = e.leaves().stream().filter(l -> l.decider(0).id().equals("friends")).findFirst().orElseThrow();
        assertThat(friends.reconsiderOn(0)).isEmpty();
        assertThat(friends.read()).containsExactlyInAnyOrder(Fact.ANGER, Fact.BLOCKED, Fact.GOAL);
        assertThat(friends.deciders()).extracting(Rule::id).containsExactly("friends");
    }

    @Test
    void moreProfilesThanTheSpaceHasSidesIsRefused() {
        assertThatThrownBy(() -> Explorer.explore(space.everything(), List.of(profile, profile)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more profiles than");
    }

    @Test
    void aStartRegionWithNoSituationHasNoLeafAndIsCovered() {
        Region none = space.everything().with(Fact.NO_CONTACT_STARTED, false).with(Fact.NO_CONTACT_COMPLETE, true);
        Exploration e = Explorer.explore(none, List.of(profile));
        assertThat(e.leaves()).isEmpty();
        assertThat(e.leafCount()).isZero();
        assertThat(e.complete()).isTrue();
    }

    @Test
    void regionsWithNoSituationArePrunedAndCounted() {
        RuleSet period = SmallRuleSets.deciding(30, new Condition.All(List.of(
                new Condition.Is(Fact.NO_CONTACT_STARTED, false), new Condition.Is(Fact.NO_CONTACT_COMPLETE, true))),
                new Condition.Is(Fact.NO_CONTACT_COMPLETE, true));
        Exploration e = Explorer.explore(Space.of(period).everything(), List.of(period.profile("p").orElseThrow()));
        assertThat(e.complete()).isTrue();
        assertThat(e.pruned()).isPositive();
        assertThat(deciders(e)).doesNotContain("r0").contains("r1", "catch-all");
    }

    @Test
    void aRegionWhoseSituationCannotBeDecidedIsReportedAsNotCoveredWithTheReason() {
        RuleSet longAgo = SmallRuleSets.deciding(30, new Condition.AtLeast(Fact.BREAKUP_DAYS_AGO,
                (int) SituationModel.MAX_DAYS));
        Space far = Space.of(longAgo);
        Profile p = longAgo.profile("p").orElseThrow();
        Exploration e = Explorer.explore(far.everything(), List.of(p));
        assertThat(e.complete()).isFalse();
        assertThat(e.uncovered()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo("it needs dates before the year 0000");
            assertThat(u.region().describe()).isEqualTo("breakup.daysAgo is " + SituationModel.MAX_DAYS);
        });
        assertThat(deciders(e)).containsExactly("catch-all");

        Region start = far.everything().restrict(far.variable(Fact.BREAKUP_DAYS_AGO), c -> c.low() > 0);
        Exploration fromThere = Explorer.explore(start, List.of(p));
        assertThat(fromThere.leaves()).isEmpty();
        assertThat(fromThere.uncovered()).singleElement().satisfies(u -> assertThat(u.region()).isEqualTo(start));
    }

    @Test
    void aConditionAloneIsExploredWithoutAProfile() {
        Exploration e = Explorer.explore(space.everything(), new Condition.AtLeast(Fact.ANGER, 7), List.of(),
                Budget.standard(), Integer.MAX_VALUE);
        assertThat(e.leaves()).singleElement().satisfies(leaf -> {
            assertThat(leaf.deciders()).isEmpty();
            assertThat(leaf.witness().emotions().anger()).hasValue(7);
            assertThat(leaf.region().describe()).isEqualTo("emotions.anger is at least 7");
        });
        assertThat(Optional.of(e.leafCount())).contains(1L);
    }
}
