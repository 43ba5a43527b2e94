package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nocontact.TestSituations;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.situation.Tie;

class RegionTest {
    private final Space space = Space.of(List.of(SmallRuleSets.deciding(30), SmallRuleSets.deciding(7)),
            List.of(new Condition.AtLeast(Fact.ANGER, 4), new Condition.AtLeast(Fact.NO_CONTACT_DAYS_LEFT, 10)));
    private final int anger = space.variable(Fact.ANGER);

    /** Someone who was left, wants them back, has not begun no contact, with anger 2. */
    private Facts facts(int side) {
        return space.factsOf(TestSituations.read(TestSituations.ready(TestSituations.base())), side);
    }

    @Test
    void everythingAllowsEveryClassOfEveryVariable() {
        Region all = space.everything();
        for (int v = 0; v < space.size(); v++) {
            assertThat(all.allowed(v)).isEqualTo(space.classes(v));
        }
        assertThat(all.narrowed()).isEmpty();
        assertThat(all.isPlainlyEmpty()).isFalse();
        assertThat(all.space()).isSameAs(space);
    }

    @Test
    void narrowingKeepsOnlyTheClassesAskedForAndLeavesTheOriginalAsItWas() {
        Region all = space.everything();
        Region calm = all.restrict(anger, c -> !c.isUnknown() && c.high() < 4);
        assertThat(calm.allowed(anger)).extracting(ValueClass::describe).containsExactly("0..3");
        assertThat(calm.narrowed()).containsExactly(anger);
        assertThat(all.allowed(anger)).hasSize(3);
        BitSet unknownOnly = new BitSet();
        unknownOnly.set(0);
        assertThat(all.restrict(anger, unknownOnly).allowed(anger)).extracting(ValueClass::describe)
                .containsExactly("unknown");
        assertThat(calm.restrict(anger, unknownOnly).isPlainlyEmpty()).isTrue();
    }

    @Test
    void narrowingEveryVariableAtOnceIsNarrowingThemOneAfterAnother() {
        java.util.Random random = new java.util.Random(8);
        for (int trial = 0; trial < 200; trial++) {
            Region start = trial % 2 == 0 ? space.everything() : space.everything().restrict(anger, c -> !c.isUnknown());
            List<java.util.function.Predicate<ValueClass>> tests = new java.util.ArrayList<>();
            Region oneByOne = start;
            for (int v = 0; v < space.size(); v++) {
                long seed = random.nextLong();
                java.util.function.Predicate<ValueClass> test = random.nextInt(3) == 0 ? null
                        : c -> new java.util.Random(seed ^ c.describe().hashCode()).nextBoolean();
                tests.add(test);
                if (test != null) {
                    oneByOne = oneByOne.restrict(v, test);
                }
            }
            assertThat(start.restrictEach(tests::get)).isEqualTo(oneByOne);
        }
        assertThat(space.everything()).as("the start, unchanged").isEqualTo(Region.all(space));
    }

    @Test
    void aMaskIsACopyThatCannotChangeTheRegion() {
        Region all = space.everything();
        BitSet mask = all.mask(anger);
        assertThat(mask.cardinality()).isEqualTo(3);
        mask.clear();
        assertThat(all.allowed(anger)).hasSize(3);
    }

    @Test
    void aFactsValueIsKeptOnEverySide() {
        Region complete = space.everything().with(Fact.NO_CONTACT_COMPLETE, true);
        assertThat(complete.allowed(space.variable(Fact.NO_CONTACT_COMPLETE, 0))).extracting(ValueClass::value)
                .containsExactly(true);
        assertThat(complete.allowed(space.variable(Fact.NO_CONTACT_COMPLETE, 1))).extracting(ValueClass::value)
                .containsExactly(true);
        assertThat(space.everything().with(Fact.ANGER, Optional.empty()).allowed(anger))
                .extracting(ValueClass::describe).containsExactly("unknown");
        assertThat(space.everything().with(Fact.ANGER, 5).allowed(anger)).extracting(ValueClass::describe)
                .containsExactly("4..10");
    }

    @Test
    void aTieListGivenAsNamesHoldsExactlyThoseTies() {
        Region region = space.everything().with(Fact.TIES, Optional.of(Set.of("children", "pets")));
        for (Tie tie : Tie.values()) {
            boolean held = tie == Tie.CHILDREN || tie == Tie.PETS;
            assertThat(region.allowed(space.variable(tie))).as(tie.wireName()).extracting(ValueClass::value)
                    .containsExactly(held);
        }
        assertThat(space.everything().with(Tie.WORK, false).allowed(space.variable(Tie.WORK)))
                .extracting(ValueClass::value).containsExactly(false);
    }

    @Test
    void aSituationLiesInARegionWhenEveryFactOfItsSideIsAllowed() {
        Region everything = space.everything();
        assertThat(everything.admits(0, facts(0))).isTrue();
        assertThat(everything.admits(1, facts(1))).isTrue();
        assertThat(everything.restrict(anger, c -> !c.isUnknown() && c.high() < 4).admits(0, facts(0))).isTrue();
        assertThat(everything.restrict(anger, c -> c.low() >= 4).admits(0, facts(0))).isFalse();
        assertThat(everything.with(Fact.GOAL, "reconcile").admits(0, facts(0))).isTrue();
        assertThat(everything.with(Fact.GOAL, "move-on").admits(0, facts(0))).isFalse();
    }

    @Test
    void aSideIsJudgedOnlyByItsOwnVariables() {
        // not begun: 30 days left by the first rule set's default, 7 by the second's
        Region longLeftOnTheFirst = space.everything()
                .restrict(space.variable(Fact.NO_CONTACT_DAYS_LEFT, 0), c -> c.low() >= 10)
                .restrict(space.variable(Fact.NO_CONTACT_DAYS_LEFT, 1), c -> c.high() < 10);
        assertThat(longLeftOnTheFirst.admits(0, facts(0))).isTrue();
        assertThat(longLeftOnTheFirst.admits(1, facts(1))).isTrue();
        assertThat(longLeftOnTheFirst.admits(1, facts(0))).isFalse();
        assertThat(longLeftOnTheFirst.admits(0, facts(1))).isFalse();
    }

    @Test
    void tiesAreJudgedByWhetherTheSituationHoldsEach() {
        Facts withChildren = space.factsOf(TestSituations.read(TestSituations.set(TestSituations.base(), "ties",
                List.of("children"))), 0);
        assertThat(space.everything().with(Tie.CHILDREN, true).admits(0, withChildren)).isTrue();
        assertThat(space.everything().with(Tie.CHILDREN, false).admits(0, withChildren)).isFalse();
        assertThat(space.everything().with(Tie.PETS, false).admits(0, withChildren)).isTrue();
        assertThat(space.everything().with(Tie.CHILDREN, true).admits(0, facts(0))).isFalse();
    }

    @Test
    void widenedRegionsAllowTheClassesOfEitherOnOneVariable() {
        Region calm = space.everything().restrict(anger, c -> !c.isUnknown() && c.high() < 4).with(Fact.GOAL, "reconcile");
        Region angry = space.everything().restrict(anger, c -> c.low() >= 4).with(Fact.GOAL, "reconcile");
        Region either = calm.widen(anger, angry);
        assertThat(either.allowed(anger)).extracting(ValueClass::describe).containsExactly("0..3", "4..10");
        assertThat(either.allowed(space.variable(Fact.GOAL))).extracting(ValueClass::value).containsExactly("reconcile");
        assertThat(calm.allowed(anger)).hasSize(1);
        assertThat(angry.allowed(anger)).hasSize(1);
    }

    @Test
    void twoRegionsHaveOneShapeWithoutAVariableExactlyWhenTheyAgreeOnEveryOther() {
        Region calm = space.everything().restrict(anger, c -> !c.isUnknown() && c.high() < 4).with(Fact.GOAL, "reconcile");
        Region angry = space.everything().restrict(anger, c -> c.low() >= 4).with(Fact.GOAL, "reconcile");
        Region angryFriend = space.everything().restrict(anger, c -> c.low() >= 4).with(Fact.GOAL, "friends");
        assertThat(calm.shapeWithout(anger)).isEqualTo(angry.shapeWithout(anger));
        assertThat(calm.shapeWithout(anger)).isNotEqualTo(angryFriend.shapeWithout(anger));
        assertThat(calm.shapeWithout(space.variable(Fact.GOAL))).isNotEqualTo(angry.shapeWithout(space.variable(Fact.GOAL)));
    }

    @Test
    void regionsAreEqualWhenTheyAllowTheSameClassesOfTheSameSpace() {
        Region a = space.everything().with(Fact.GOAL, "reconcile");
        Region b = space.everything().with(Fact.GOAL, "reconcile");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(space.everything().with(Fact.GOAL, "friends"));
        assertThat(a).isNotEqualTo(space.everything());
        Space other = Space.of(List.of(SmallRuleSets.deciding(30), SmallRuleSets.deciding(7)),
                List.of(new Condition.AtLeast(Fact.ANGER, 4), new Condition.AtLeast(Fact.NO_CONTACT_DAYS_LEFT, 10)));
        assertThat(a).isNotEqualTo(other.everything().with(Fact.GOAL, "reconcile"));
        assertThat(a).isNotEqualTo("goal is reconcile");
        assertThat(a).hasToString("goal is reconcile");
    }
}
