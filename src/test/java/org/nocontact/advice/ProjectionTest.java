package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Action;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;

/** The done-when examples of issue 15: look-again days that the rules themselves give on the days after. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    final Advisor standard = new Advisor(rules, rules.profile("standard").orElseThrow());
    final Advisor strict = new Advisor(rules, rules.profile("strict").orElseThrow());

    static Situation situation(LocalDate today, InitiatedBy by, Optional<Boolean> told, Action action,
                               Optional<Occasion> occasion) {
        return new Situation(today, true, new Situation.Breakup(today.minusDays(25), by, told), Goal.RECONCILE,
                Optional.empty(), Set.of(), Optional.empty(), Situation.Emotions.UNKNOWN, Situation.Safety.NONE,
                Situation.Boundaries.NONE, 0, new Situation.Plan(action, Purpose.RECONCILE, occasion, true, Optional.empty()));
    }

    static Situation holding(LocalDate today, LocalDate since, Situation.Emotions emotions) {
        return situation(today, InitiatedBy.THEM, Optional.of(true), Action.TEXT, Optional.empty())
                .withNoContact(Optional.of(new Situation.NoContact(since, OptionalInt.of(30)))).withEmotions(emotions);
    }

    @Test
    void aSharedBudgetPaysForTheProjectionAndAnAnalysisItCutsShortIsNotRemembered() {
        Situation s = holding(LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 1), Situation.Emotions.UNKNOWN);
        RuleSet fresh = RuleSetLoader.load(RuleFiles.builtIn());
        Advisor advisor = new Advisor(fresh, fresh.profile("standard").orElseThrow());
        org.nocontact.analysis.Budget starved = org.nocontact.analysis.Budget.of(1);
        Advisor.spending(starved, () -> advisor.project(s).reconsiderOn());
        assertThat(starved.spent()).as("the projection's analysis spent the budget it was given").isTrue();
        assertThat(advisor.project(s).reconsiderOn()).as("and what it cut short was not kept for later")
                .contains(LocalDate.of(2027, 3, 31));

        RuleSet other = RuleSetLoader.load(RuleFiles.builtIn());
        Advisor second = new Advisor(other, other.profile("standard").orElseThrow());
        org.nocontact.analysis.Budget roomy = org.nocontact.analysis.Budget.standard();
        assertThat(Advisor.spending(roomy, () -> second.project(s).reconsiderOn())).contains(LocalDate.of(2027, 3, 31));
        assertThat(roomy.used()).as("a roomy shared budget is charged for the same work").isPositive();
    }

    @Test
    void strictValentinesDayWithFeelingsNeverToldLooksAgainOnTheFifteenth() {
        Situation s = situation(LocalDate.of(2027, 2, 14), InitiatedBy.THEM, Optional.of(false), Action.TEXT,
                Optional.empty());
        Recommendation r = strict.advise(s);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(r.reconsiderOn()).contains(LocalDate.of(2027, 2, 15));
        assertThat(strict.advise(s.withToday(LocalDate.of(2027, 2, 15))).verdict()).as("and that day says it once")
                .isEqualTo(Verdict.REACH_OUT);
    }

    @Test
    void thePersonWhoEndedItAndHoldsNoPeriodIsToldToSayItOnceOnChristmasDayWithNoPeriodBegun() {
        Situation s = situation(LocalDate.of(2026, 12, 25), InitiatedBy.ME, Optional.empty(), Action.TEXT, Optional.empty());
        Recommendation r = standard.advise(s);
        assertThat(r.verdict()).as("a holiday is no exception only to a period, and there is none").isEqualTo(Verdict.REACH_OUT);
        assertThat(r.summary()).contains("tell them directly, once");
        assertThat(r.doInstead()).anySatisfy(line -> assertThat(line).startsWith("Keep it apart from Christmas"));
        assertThat(standard.project(s).periodAdvice()).isEqualTo(org.nocontact.rules.PeriodAdvice.NONE);
    }

    @Test
    void thePersonWhoEndedItHoldingAPeriodOnChristmasDayLooksAgainOnTheTwentySeventh() {
        Situation s = situation(LocalDate.of(2026, 12, 25), InitiatedBy.ME, Optional.empty(), Action.TEXT, Optional.empty())
                .withNoContact(Optional.of(new Situation.NoContact(LocalDate.of(2026, 12, 10), OptionalInt.of(30))));
        Recommendation r = standard.advise(s);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(r.reconsiderOn()).contains(LocalDate.of(2026, 12, 27));
        assertThat(standard.advise(s.withToday(LocalDate.of(2026, 12, 27))).verdict()).isEqualTo(Verdict.REACH_OUT);
    }

    @Test
    void aBirthdayGiftGetsNoDateAndNoPeriodItNeverAskedAbout() {
        Situation s = situation(LocalDate.of(2027, 6, 2), InitiatedBy.THEM, Optional.of(true), Action.GIFT,
                Optional.of(Occasion.BIRTHDAY));
        Recommendation r = standard.advise(s);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(r.reconsiderOn()).isEmpty();
        assertThat(r.summary()).doesNotContainIgnoringCase("30 days");
        assertThat(standard.project(s).periodAdvice()).isEqualTo(org.nocontact.rules.PeriodAdvice.NONE);
    }

    @Test
    void someoneHoldingAPeriodLooksAgainOnTheDayItIsCompleteReadyOrNot() {
        LocalDate today = LocalDate.of(2027, 3, 12);
        LocalDate since = LocalDate.of(2027, 3, 1);
        for (Situation.Emotions feelings : new Situation.Emotions[] {Situation.Emotions.UNKNOWN,
                new Situation.Emotions(OptionalInt.of(8), OptionalInt.of(9), OptionalInt.of(1)),
                new Situation.Emotions(OptionalInt.of(0), OptionalInt.of(0), OptionalInt.of(10))}) {
            Recommendation r = standard.advise(holding(today, since, feelings));
            assertThat(r.reconsiderOn()).as(feelings.toString()).contains(LocalDate.of(2027, 3, 31));
            assertThat(r.reasons().get(0).text()).contains("day 12 of 30");
        }
    }

    @Test
    void theStrictProfileNeverShowsAPeriodsEnd() {
        Situation s = holding(LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 1), Situation.Emotions.UNKNOWN);
        assertThat(strict.advise(s).reconsiderOn()).isEmpty();
        assertThat(strict.project(s).ahead(60).entries()).flatExtracting(Timeline.Entry::marks)
                .doesNotContain(Timeline.Mark.PERIOD_COMPLETE);
    }

    /**
     * Session 13: left by them, never told them, no period, a birthday text on the strict reading. The birthday is
     * no exception (the verdict stays), but no period begins: no "Look again ... in 30 days", and no period's end
     * offered beside the ordinary day that already says it once.
     */
    @Test
    void theStrictProfileBeginsNoPeriodForABirthdayTextAndOffersNoPeriodsEnd() {
        Situation s = situation(LocalDate.of(2027, 6, 2), InitiatedBy.THEM, Optional.of(false), Action.TEXT,
                Optional.of(Occasion.BIRTHDAY));
        Recommendation r = strict.advise(s);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(r.reconsiderOn()).isEmpty();
        assertThat(strict.project(s).periodAdvice()).isEqualTo(org.nocontact.rules.PeriodAdvice.NONE);
        assertThat(r.wouldChange()).extracting(Recommendation.Change::change)
                .noneMatch(change -> change.contains("hold no contact"))
                .anyMatch(change -> change.contains("ordinary day"));
        assertThat(standard.advise(s).reconsiderOn()).as("the standard reading begins its period")
                .contains(LocalDate.of(2027, 7, 2));
    }

    @Test
    void aheadListsThePeriodsEndAndTheHardDaysWithTheirVerdicts() {
        Situation s = holding(LocalDate.of(2027, 12, 10), LocalDate.of(2027, 12, 1), Situation.Emotions.UNKNOWN)
                .withDates(new Situation.Dates(Optional.of(LocalDate.of(1995, 12, 20)), Optional.empty()));
        Timeline ahead = standard.project(s).ahead(60);
        assertThat(ahead.entries()).extracting(Timeline.Entry::date).contains(LocalDate.of(2027, 12, 20),
                LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 1),
                LocalDate.of(2027, 12, 21)).isSorted();
        Timeline.Entry birthday = entryOn(ahead, LocalDate.of(2027, 12, 20));
        assertThat(birthday.marks()).contains(Timeline.Mark.EX_BIRTHDAY);
        assertThat(birthday.day().rule()).as("a birthday during the period").isEqualTo("occasion-during-period");
        assertThat(entryOn(ahead, LocalDate.of(2027, 12, 31)).marks()).contains(Timeline.Mark.PERIOD_COMPLETE,
                Timeline.Mark.NEW_YEAR);
        Timeline.Entry after = entryOn(ahead, LocalDate.of(2027, 12, 21));
        assertThat(after.marks()).containsExactly(Timeline.Mark.ADVICE_CHANGES);
        assertThat(after.day().rule()).isEqualTo("hold-the-period");
        assertThat(entryOn(ahead, LocalDate.of(2027, 12, 31)).day().open()).as("ready or not, that day")
                .contains(Verdict.REACH_OUT, Verdict.DO_NOT_CONTACT);
        assertThat(ahead.entries()).allSatisfy(e -> assertThat(e.day().why()).isNotBlank());
    }

    @Test
    void aDayWhenNothingChangesIsNotListed() {
        Situation s = holding(LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 1), Situation.Emotions.UNKNOWN);
        Timeline ahead = standard.project(s).ahead(10);
        assertThat(ahead.entries()).isEmpty();
        assertThat(ahead.start().rule()).isEqualTo("hold-the-period");
    }

    private static Timeline.Entry entryOn(Timeline timeline, LocalDate date) {
        return timeline.entries().stream().filter(e -> e.date().equals(date)).findFirst().orElseThrow();
    }
}
