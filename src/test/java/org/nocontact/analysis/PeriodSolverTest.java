package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;

/**
 * The days since the breakup and the no-contact period found for a region: the earliest that fits,
 * or none when no situation has the region's period facts.
 */
class PeriodSolverTest {
    private final Space space = Space.of(List.of(SmallRuleSets.deciding(30)), List.of(
            new Condition.AtLeast(Fact.BREAKUP_DAYS_AGO, 20), new Condition.AtMost(Fact.NO_CONTACT_DAYS_LEFT, 5),
            new Condition.Is(Fact.NO_CONTACT_DAYS, 14), new Condition.AtLeast(Fact.NO_CONTACT_DAY, 10),
            new Condition.AtLeast(Fact.NO_CONTACT_DAYS_HELD, 40)));
    private final Space twoDefaults = Space.of(List.of(SmallRuleSets.deciding(30), SmallRuleSets.deciding(7)),
            List.of());

    private static Optional<PeriodSolver.Period> solve(Region region) {
        return PeriodSolver.solve(region).period();
    }

    private static PeriodSolver.Period begun(long breakup, long held) {
        return new PeriodSolver.Period(breakup, true, held, OptionalInt.empty());
    }

    private Region where(Fact fact, java.util.function.Predicate<ValueClass> keep) {
        return space.everything().restrict(space.variable(fact), keep);
    }

    @Test
    void withNothingAskedNoPeriodHasBegunOnTheDayOfTheBreakup() {
        assertThat(solve(space.everything())).contains(new PeriodSolver.Period(0, false, 0, OptionalInt.empty()));
    }

    @Test
    void aBreakupLongAgoIsTheEarliestDayAllowed() {
        assertThat(solve(where(Fact.BREAKUP_DAYS_AGO, c -> c.low() >= 20)))
                .contains(new PeriodSolver.Period(20, false, 0, OptionalInt.empty()));
    }

    @Test
    void aPeriodBegunTodayIsTheEarliestThatHasBegun() {
        assertThat(solve(space.everything().with(Fact.NO_CONTACT_STARTED, true))).contains(begun(0, 0));
    }

    @Test
    void aCompletePeriodIsHeldForItsDefaultLengthAndTheBreakupIsAtLeastThatLongAgo() {
        assertThat(solve(space.everything().with(Fact.NO_CONTACT_COMPLETE, true))).contains(begun(30, 30));
        assertThat(solve(space.everything().with(Fact.NO_CONTACT_COMPLETE, true)
                .restrict(space.variable(Fact.BREAKUP_DAYS_AGO), c -> c.high() < 20)))
                .as("a shorter period, given in the situation")
                .contains(new PeriodSolver.Period(1, true, 1, OptionalInt.of(1)));
    }

    @Test
    void aFewDaysLeftMeansTheDaysHeldAreTheLengthLessThose() {
        assertThat(solve(where(Fact.NO_CONTACT_DAYS_LEFT, c -> c.high() <= 5).with(Fact.NO_CONTACT_COMPLETE, false)))
                .contains(begun(25, 25));
        assertThat(solve(where(Fact.NO_CONTACT_DAYS_LEFT, c -> c.high() <= 5))).contains(begun(25, 25));
    }

    @Test
    void aPeriodThatMustHaveBeenHeldLongIsBegunThatLongAgo() {
        assertThat(solve(where(Fact.NO_CONTACT_DAYS_HELD, c -> c.low() >= 40))).contains(begun(40, 40));
    }

    @Test
    void theDayOfThePeriodIsOneMoreThanTheDaysHeld() {
        assertThat(solve(where(Fact.NO_CONTACT_DAY, c -> c.low() >= 10))).contains(begun(9, 9));
    }

    @Test
    void aLengthOtherThanTheDefaultIsGivenInTheSituation() {
        Region fourteen = where(Fact.NO_CONTACT_DAYS, c -> c.low() == 14 && c.high() == 14);
        assertThat(solve(fourteen)).contains(new PeriodSolver.Period(0, true, 0, OptionalInt.of(14)));
        assertThat(solve(fourteen.with(Fact.NO_CONTACT_COMPLETE, true)))
                .contains(new PeriodSolver.Period(14, true, 14, OptionalInt.of(14)));
        assertThat(solve(fourteen.with(Fact.NO_CONTACT_STARTED, false))).isEmpty();
    }

    @Test
    void theShortestLengthThatFitsIsGiven() {
        Region shortOnes = where(Fact.NO_CONTACT_DAYS, c -> c.high() <= 13);
        assertThat(solve(shortOnes)).contains(new PeriodSolver.Period(0, true, 0, OptionalInt.of(1)));
        assertThat(solve(shortOnes.with(Fact.NO_CONTACT_COMPLETE, true)))
                .contains(new PeriodSolver.Period(1, true, 1, OptionalInt.of(1)));
        Region longOnes = where(Fact.NO_CONTACT_DAYS, c -> c.low() >= 15);
        assertThat(solve(longOnes.with(Fact.NO_CONTACT_COMPLETE, true))).as("the default is among them")
                .contains(begun(30, 30));
        Region longest = longOnes.restrict(space.variable(Fact.NO_CONTACT_DAYS_LEFT), c -> c.low() > 5)
                .restrict(space.variable(Fact.NO_CONTACT_DAYS_HELD), c -> c.low() >= 40);
        assertThat(solve(longest)).contains(new PeriodSolver.Period(40, true, 40, OptionalInt.of(46)));
    }

    @Test
    void aPeriodThatHasBegunNeedsAKnownStartAndOneNotBegunAnUnknownOne() {
        assertThat(solve(space.everything().with(Fact.NO_CONTACT_STARTED, true)
                .with(Fact.NO_CONTACT_SINCE, Optional.empty()))).isEmpty();
        Region sinceKnown = space.everything().restrict(space.variable(Fact.NO_CONTACT_SINCE), c -> !c.isUnknown());
        assertThat(solve(sinceKnown)).contains(begun(0, 0));
        assertThat(solve(sinceKnown.with(Fact.NO_CONTACT_STARTED, false))).isEmpty();
    }

    @Test
    void aPeriodNotBegunHasTheDefaultLengthAllOfItLeftAndIsNotComplete() {
        Region notBegun = space.everything().with(Fact.NO_CONTACT_STARTED, false);
        assertThat(solve(notBegun)).contains(new PeriodSolver.Period(0, false, 0, OptionalInt.empty()));
        assertThat(solve(notBegun.restrict(space.variable(Fact.NO_CONTACT_DAYS_LEFT), c -> c.high() <= 5))).isEmpty();
        assertThat(solve(notBegun.with(Fact.NO_CONTACT_COMPLETE, true))).isEmpty();
        assertThat(solve(notBegun.restrict(space.variable(Fact.NO_CONTACT_DAYS), c -> c.high() <= 13))).isEmpty();
        assertThat(solve(notBegun.restrict(space.variable(Fact.NO_CONTACT_DAYS_HELD), c -> c.low() >= 40))).isEmpty();
        assertThat(solve(notBegun.restrict(space.variable(Fact.NO_CONTACT_DAY), c -> c.low() >= 10))).isEmpty();
    }

    @Test
    void noDaysSinceTheBreakupMeansNoPeriod() {
        assertThat(solve(where(Fact.BREAKUP_DAYS_AGO, c -> false))).isEmpty();
    }

    @Test
    void aPeriodHeldLongerThanTheBreakupHasNoSituation() {
        assertThat(solve(where(Fact.BREAKUP_DAYS_AGO, c -> c.high() < 20)
                .restrict(space.variable(Fact.NO_CONTACT_DAYS_HELD), c -> c.low() >= 40))).isEmpty();
    }

    @Test
    void eachRuleSetJudgesThePeriodWithItsOwnDefaultLength() {
        Region completeForTheShorterOnly = twoDefaults.everything()
                .restrict(twoDefaults.variable(Fact.NO_CONTACT_COMPLETE, 0), c -> c.value().equals(false))
                .restrict(twoDefaults.variable(Fact.NO_CONTACT_COMPLETE, 1), c -> c.value().equals(true));
        assertThat(solve(completeForTheShorterOnly)).contains(begun(7, 7));
        Region completeForTheLongerOnly = twoDefaults.everything()
                .restrict(twoDefaults.variable(Fact.NO_CONTACT_COMPLETE, 0), c -> c.value().equals(true))
                .restrict(twoDefaults.variable(Fact.NO_CONTACT_COMPLETE, 1), c -> c.value().equals(false));
        assertThat(solve(completeForTheLongerOnly)).isEmpty();
        assertThat(solve(twoDefaults.everything().with(Fact.NO_CONTACT_STARTED, false)))
                .contains(new PeriodSolver.Period(0, false, 0, OptionalInt.empty()));
        Region notBegunRunningForOne = twoDefaults.everything().with(Fact.NO_CONTACT_STARTED, false)
                .restrict(twoDefaults.variable(Fact.NO_CONTACT_COMPLETE, 1), c -> c.value().equals(true));
        assertThat(solve(notBegunRunningForOne)).isEmpty();
    }

    @Test
    void aLengthGivenInTheSituationHoldsForEveryRuleSet() {
        Space cut = Space.of(List.of(SmallRuleSets.deciding(30), SmallRuleSets.deciding(7)),
                List.of(new Condition.AtMost(Fact.NO_CONTACT_DAYS, 10)));
        Region shortForTheFirst = cut.everything()
                .restrict(cut.variable(Fact.NO_CONTACT_DAYS, 0), c -> c.high() <= 10);
        assertThat(solve(shortForTheFirst)).contains(new PeriodSolver.Period(0, true, 0, OptionalInt.of(1)));
        Region shortForTheFirstLongForTheSecond = shortForTheFirst
                .restrict(cut.variable(Fact.NO_CONTACT_DAYS, 1), c -> c.low() > 10);
        assertThat(solve(shortForTheFirstLongForTheSecond)).isEmpty();
    }

    @Test
    void solvingARegionIsWorkForTheBudget() {
                long plain = PeriodSolver.solve(space.everything()).work();
        long longest = PeriodSolver.solve(where(Fact.NO_CONTACT_DAYS, c -> c.low() >= 15)
                .with(Fact.NO_CONTACT_COMPLETE, true)).work();
        assertThat(plain).isPositive();
        assertThat(longest).isGreaterThan(plain);
    }

    @Test
    void theSolverReadsTheBreakupThePeriodAndEachRuleSetsOwnPeriodFacts() {
        List<Integer> read = PeriodSolver.variables(twoDefaults);
        assertThat(read).contains(twoDefaults.variable(Fact.BREAKUP_DAYS_AGO), twoDefaults.variable(Fact.NO_CONTACT_STARTED),
                twoDefaults.variable(Fact.NO_CONTACT_SINCE), twoDefaults.variable(Fact.NO_CONTACT_DAYS_HELD),
                twoDefaults.variable(Fact.NO_CONTACT_DAY), twoDefaults.variable(Fact.NO_CONTACT_DAYS, 1),
                twoDefaults.variable(Fact.NO_CONTACT_DAYS_LEFT, 1), twoDefaults.variable(Fact.NO_CONTACT_COMPLETE, 1));
        assertThat(read).hasSize(5 + 2 * 3);
    }
}
