package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/** The situations shown as witnesses (rules lint, rules diff, --witnesses), and the regions that have none. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WitnessesTest {
    /** The day the witnesses' dates are counted from, so that they are the same on every run. */
    private static final LocalDate ORDINARY_DAY = LocalDate.of(2026, 6, 15);
    private static final long FAR_BACK = 800_000;

    final RuleSet builtIn = RuleSetLoader.load(RuleFiles.builtIn());
    final Space space = Space.of(List.of(SmallRuleSets.deciding(30)), List.of(
            new Condition.AtLeast(Fact.TIES_COUNT, 3), new Condition.AtLeast(Fact.EX_CONTACT_DAYS_AGO, 5),
            new Condition.AtLeast(Fact.ANGER, 4), new Condition.AtLeast(Fact.UNANSWERED_MESSAGES, 4),
            new Condition.AtLeast(Fact.BREAKUP_DAYS_AGO, FAR_BACK_INT),
            new Condition.AtLeast(Fact.BREAKUP_DAYS_AGO, (int) SituationModel.MAX_DAYS)));
    private static final int FAR_BACK_INT = (int) FAR_BACK;

    private Region where(Fact fact, Predicate<ValueClass> keep) {
        return space.everything().restrict(space.variable(fact), keep);
    }

    private Situation witness(Region region) {
        Witnesses.Result result = new Witnesses(space).build(region);
        assertThat(result.status()).isEqualTo(Witnesses.Result.Status.SITUATION);
        assertThat(result.undecided()).isEmpty();
        assertThat(result.isEmpty()).isFalse();
        assertThat(region.admits(0, space.factsOf(result.witness().orElseThrow(), 0))).isTrue();
        return result.witness().orElseThrow();
    }

    private boolean hasNone(Region region) {
        Witnesses.Result built = new Witnesses(space).build(region);
        Witnesses.Result checked = new Witnesses(space).check(region);
        assertThat(checked.status()).isEqualTo(built.status());
        return built.isEmpty() && built.witness().isEmpty() && built.undecided().isEmpty();
    }

    @Test
    void theWitnessOfEverySituationIsThePlainestOne() {
        Situation s = witness(space.everything());
        assertThat(s.today()).isEqualTo(ORDINARY_DAY);
        assertThat(s.todayGiven()).isTrue();
        assertThat(s.breakup().date()).isEqualTo(ORDINARY_DAY);
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
        assertThat(s.breakup().feelingsExpressed()).isEmpty();
        assertThat(s.goal()).isEqualTo(Goal.RECONCILE);
        assertThat(s.noContact()).isEmpty();
        assertThat(s.ties()).isEmpty();
        assertThat(s.exContact()).isEmpty();
        assertThat(s.emotions().anger()).isEmpty();
        assertThat(s.emotions().sadness()).isEmpty();
        assertThat(s.emotions().confidence()).isEmpty();
        assertThat(s.safety().unsafe()).isFalse();
        assertThat(s.safety().selfHarm()).isFalse();
        assertThat(s.boundaries().blocked()).isFalse();
        assertThat(s.unansweredMessages()).isZero();
        assertThat(s.plan().action()).isEqualTo(Action.TEXT);
        assertThat(s.plan().purpose()).isEqualTo(Purpose.LOGISTICS);
        assertThat(s.plan().occasion()).isEmpty();
        assertThat(s.plan().inferOccasion()).isTrue();
        assertThat(s.plan().message()).isEmpty();
    }

    @Test
    void eachFactTakesTheFirstValueTheRegionAllows() {
        Region region = space.everything().with(Fact.GOAL, "friends").with(Fact.BREAKUP_INITIATED_BY, "mutual")
                .with(Fact.BREAKUP_FEELINGS_EXPRESSED, true).with(Fact.UNSAFE, true).with(Fact.THREATENED, true)
                .with(Fact.SELF_HARM, true).with(Fact.URGE_TO_MONITOR, true).with(Fact.PROTECTION_ORDER, true)
                .with(Fact.EX_ASKED_NO_CONTACT, true).with(Fact.BLOCKED, true).with(Fact.PLAN_PURPOSE, "apology")
                .restrict(space.variable(Fact.ANGER), c -> c.low() >= 4)
                .restrict(space.variable(Fact.SADNESS), c -> !c.isUnknown())
                .restrict(space.variable(Fact.UNANSWERED_MESSAGES), c -> c.low() >= 4);
        Situation s = witness(region);
        assertThat(s.goal()).isEqualTo(Goal.FRIENDS);
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.MUTUAL);
        assertThat(s.breakup().feelingsExpressed()).contains(true);
        assertThat(s.safety()).isEqualTo(new Situation.Safety(true, true, true, true, true));
        assertThat(s.boundaries()).isEqualTo(new Situation.Boundaries(true, true));
        assertThat(s.plan().purpose()).isEqualTo(Purpose.APOLOGY);
        assertThat(s.emotions().anger()).hasValue(4);
        assertThat(s.emotions().sadness()).hasValue(0);
        assertThat(s.unansweredMessages()).isEqualTo(4);
    }

    @Test
    void checkingARegionSaysItHoldsASituationWithoutBuildingOne() {
        Witnesses.Result checked = new Witnesses(space).check(space.everything());
        assertThat(checked.status()).isEqualTo(Witnesses.Result.Status.SITUATION);
        assertThat(checked.witness()).isEmpty();
        assertThat(checked.isEmpty()).isFalse();
    }

    @Test
    void theTiesHeldAreThoseTheRegionRequiresThenTheFirstFreeOnesUntilTheCountFits() {
        Region three = where(Fact.TIES_COUNT, c -> c.low() >= 3);
        assertThat(witness(three).ties()).containsExactlyInAnyOrder(Tie.CHILDREN, Tie.WORK, Tie.SCHOOL);
        assertThat(witness(three.with(Tie.CHILDREN, false).with(Tie.PETS, true)).ties())
                .containsExactlyInAnyOrder(Tie.PETS, Tie.WORK, Tie.SCHOOL);
        assertThat(witness(space.everything().with(Tie.PETS, true)).ties()).containsExactly(Tie.PETS);
    }

    @Test
    void everyTieIsHeldWhenTheCountAsksForAllOfThem() {
        Space all = Space.of(List.of(SmallRuleSets.deciding(30)),
                List.of(new Condition.AtLeast(Fact.TIES_COUNT, Tie.values().length)));
        Region every = all.everything().restrict(all.variable(Fact.TIES_COUNT), c -> c.low() == Tie.values().length);
        assertThat(new Witnesses(all).build(every).witness().orElseThrow().ties()).containsExactlyInAnyOrder(Tie.values());
        assertThat(new Witnesses(all).build(every.with(Tie.PETS, false)).isEmpty()).isTrue();
    }

    @Test
    void tiesThatCannotMakeTheCountHaveNoSituation() {
        Region fewer = where(Fact.TIES_COUNT, c -> c.high() < 3);
        assertThat(hasNone(fewer.with(Tie.CHILDREN, true).with(Tie.WORK, true).with(Tie.PETS, true))).isTrue();
        assertThat(hasNone(fewer.with(Tie.CHILDREN, true).with(Tie.WORK, true))).isFalse();
        Region three = where(Fact.TIES_COUNT, c -> c.low() >= 3);
        Region onlyTwoFree = three;
        for (Tie tie : Tie.values()) {
            if (tie != Tie.HOME && tie != Tie.PETS) {
                onlyTwoFree = onlyTwoFree.with(tie, false);
            }
        }
        assertThat(hasNone(onlyTwoFree)).isTrue();
        assertThat(hasNone(onlyTwoFree.restrict(space.variable(Tie.WORK), c -> true))).isTrue();
        assertThat(hasNone(space.everything().restrict(space.variable(Tie.WORK), c -> false))).isTrue();
    }

    @Test
    void aMessageFromTheExIsTheFirstSubjectAllowedTheFewestDaysAgo() {
        Situation s = witness(space.everything().with(Fact.EX_CONTACT_PRESENT, true));
        assertThat(s.exContact()).contains(new Situation.ExContact(ORDINARY_DAY, ExContactAbout.LOGISTICS));
        Situation later = witness(space.everything().with(Fact.EX_CONTACT_ABOUT, "personal")
                .restrict(space.variable(Fact.EX_CONTACT_DAYS_AGO), c -> c.low() >= 5));
        assertThat(later.exContact()).contains(new Situation.ExContact(ORDINARY_DAY.minusDays(5),
                ExContactAbout.PERSONAL));
        assertThat(later.plan().action()).isEqualTo(Action.TEXT);
    }

    @Test
    void aReplyAnswersAMessageFromTheEx() {
        Situation s = witness(space.everything().with(Fact.PLAN_ACTION, "reply"));
        assertThat(s.plan().action()).isEqualTo(Action.REPLY);
        assertThat(s.exContact()).isPresent();
        assertThat(hasNone(space.everything().with(Fact.PLAN_ACTION, "reply").with(Fact.EX_CONTACT_PRESENT, false)))
                .isTrue();
    }

    @Test
    void aMessageNeedsBothItsSubjectAndItsDayAndNoMessageNeitherOfThem() {
        Region present = space.everything().with(Fact.EX_CONTACT_PRESENT, true);
        assertThat(hasNone(present.with(Fact.EX_CONTACT_ABOUT, Optional.empty()))).isTrue();
        assertThat(hasNone(present.with(Fact.EX_CONTACT_DAYS_AGO, Optional.empty()))).isTrue();
        Region absent = space.everything().with(Fact.EX_CONTACT_PRESENT, false);
        assertThat(witness(absent).exContact()).isEmpty();
        assertThat(hasNone(absent.with(Fact.EX_CONTACT_ABOUT, "personal"))).isTrue();
        assertThat(hasNone(absent.restrict(space.variable(Fact.EX_CONTACT_DAYS_AGO), c -> !c.isUnknown()))).isTrue();
        assertThat(hasNone(space.everything().restrict(space.variable(Fact.PLAN_ACTION), c -> false))).isTrue();
    }

    @Test
    void anOccasionTheyNameIsKeptOnAnOrdinaryDay() {
        Situation s = witness(space.everything().with(Fact.PLAN_OCCASION, "birthday")
                .with(Fact.PLAN_OCCASION_INFERRED, false));
        assertThat(s.plan().occasion()).contains(Occasion.BIRTHDAY);
        assertThat(s.today()).isEqualTo(ORDINARY_DAY);
        Situation none = witness(space.everything().with(Fact.PLAN_OCCASION, Optional.empty()));
        assertThat(none.plan().occasion()).isEmpty();
        assertThat(none.today()).isEqualTo(ORDINARY_DAY);
    }

    @Test
    void anOccasionTheDateMakesIsTheFirstSuchDayFromTheOrdinaryOne() {
        Region inferred = space.everything().with(Fact.PLAN_OCCASION_INFERRED, true);
        assertThat(witness(inferred.with(Fact.PLAN_OCCASION, "valentines-day")).today())
                .isEqualTo(LocalDate.of(2027, 2, 14));
        assertThat(witness(inferred.with(Fact.PLAN_OCCASION, "christmas")).today()).isEqualTo(LocalDate.of(2026, 12, 24));
        Situation newYear = witness(inferred.with(Fact.PLAN_OCCASION, "new-year"));
        assertThat(newYear.today()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(newYear.plan().occasion()).isEmpty();
        assertThat(witness(inferred).today()).as("the first occasion a date makes").isEqualTo(LocalDate.of(2027, 2, 14));
    }

    @Test
    void anOccasionNoDateMakesCannotBeInferred() {
        Region inferred = space.everything().with(Fact.PLAN_OCCASION_INFERRED, true);
        assertThat(hasNone(inferred.with(Fact.PLAN_OCCASION, "birthday"))).isTrue();
        assertThat(hasNone(inferred.with(Fact.PLAN_OCCASION, Optional.empty()))).isTrue();
        assertThat(hasNone(space.everything().with(Fact.PLAN_OCCASION_INFERRED, false)
                .with(Fact.PLAN_OCCASION, Optional.empty()))).isFalse();
    }

    @Test
    void aBreakupLongerAgoThanTheCalendarBeforeTodayReachesMovesTodayToTheLastYear() {
        Situation s = witness(where(Fact.BREAKUP_DAYS_AGO, c -> c.low() == FAR_BACK));
        assertThat(s.today()).isEqualTo(ORDINARY_DAY.withYear(9999));
        assertThat(s.breakup().date()).isEqualTo(ORDINARY_DAY.withYear(9999).minusDays(FAR_BACK));
    }

    @Test
    void aBreakupLongerAgoThanAnyDateAllowsIsLeftUndecidedAndSaysWhy() {
        Witnesses.Result result = new Witnesses(space).build(where(Fact.BREAKUP_DAYS_AGO,
                c -> c.low() == SituationModel.MAX_DAYS));
        assertThat(result.status()).isEqualTo(Witnesses.Result.Status.UNDECIDED);
        assertThat(result.isEmpty()).isFalse();
        assertThat(result.witness()).isEmpty();
        assertThat(result.undecided()).contains("it needs dates before the year 0000");
    }

    @Test
    void aThreateningDraftIsAPhraseEveryRuleSetReadsAsAThreat() {
        Space shipped = Space.of(builtIn);
        Region threatens = shipped.everything().with(Fact.PLAN_MESSAGE_THREATENS, true);
        Situation s = new Witnesses(shipped).build(threatens).witness().orElseThrow();
        assertThat(s.plan().message()).hasValueSatisfying(m -> assertThat(builtIn.drafts().threatens(m)).isTrue());
        assertThat(new Witnesses(shipped).build(shipped.everything()).witness().orElseThrow().plan().message()).isEmpty();
    }

    @Test
    void withoutAThreatRuleNoDraftThreatens() {
        assertThat(hasNone(space.everything().with(Fact.PLAN_MESSAGE_THREATENS, true))).isTrue();
        assertThat(witness(space.everything().with(Fact.PLAN_MESSAGE_THREATENS, false)).plan().message()).isEmpty();
        assertThat(hasNone(space.everything().restrict(space.variable(Fact.PLAN_MESSAGE_THREATENS), c -> false)))
                .isTrue();
    }

    @Test
    void aThreatOnlyOneRuleSetReadsIsLeftUndecidedAndSaysWhy() {
        Space mixed = Space.of(List.of(builtIn, SmallRuleSets.deciding(builtIn.defaultNoContactDays())), List.of());
        Witnesses.Result result = new Witnesses(mixed).build(mixed.everything().with(Fact.PLAN_MESSAGE_THREATENS, true));
        assertThat(result.undecided())
                .contains("no phrase of a threat rule is read as a threat by every side's draft rules");
    }

    @Test
    void checksAndBuildsAreWorkTakenOnce() {
        Witnesses witnesses = new Witnesses(space);
        witnesses.check(space.everything());
        long checked = witnesses.takeWork();
        assertThat(checked).isGreaterThan(space.size());
        assertThat(witnesses.takeWork()).isZero();
        witnesses.check(space.everything());
        assertThat(witnesses.takeWork()).as("solved groups are remembered").isLessThan(checked);
        Witnesses fresh = new Witnesses(space);
        fresh.build(space.everything());
        assertThat(fresh.takeWork()).as("a build also checks its witness").isGreaterThan(checked + space.size());
    }

    @Test
    void theLinkedVariablesAreThePeriodTheTiesTheExsMessageAndTheOccasion() {
        java.util.BitSet linked = new Witnesses(space).linkedVariables();
        for (Fact fact : List.of(Fact.BREAKUP_DAYS_AGO, Fact.NO_CONTACT_STARTED, Fact.NO_CONTACT_COMPLETE,
                Fact.TIES_COUNT, Fact.EX_CONTACT_PRESENT, Fact.EX_CONTACT_DAYS_AGO, Fact.PLAN_ACTION,
                Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED)) {
            assertThat(linked.get(space.variable(fact))).as(fact.factName()).isTrue();
        }
        assertThat(linked.get(space.variable(Tie.PETS))).isTrue();
        assertThat(linked.get(space.variable(Fact.ANGER))).isFalse();
        assertThat(linked.get(space.variable(Fact.GOAL))).isFalse();
    }
}
