package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nocontact.TestSituations.period;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.ready;
import static org.nocontact.TestSituations.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

/**
 * The days ahead as the advice has them: a period begun or extended today counts from today, a
 * named occasion stays the plan's until its day has passed, and the hard days are marked for what
 * they are. A day is only ever asked for within a year of today.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionDaysTest {
    final BuiltIn builtIn = BuiltIn.load();

    static ObjectNode on(String today) {
        return set(set(org.nocontact.TestSituations.base(), "today", today), "breakup.date", "2026-12-01");
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    Projection project(ObjectNode s) {
        return builtIn.standard().project(read(s));
    }

    @Test
    void aDayIsOnlyGivenFromTodayToAYearOn() {
        Projection p = project(on("2027-03-10"));
        assertThat(p.today()).isEqualTo(date("2027-03-10"));
        assertThat(p.day(date("2027-03-10")).date()).isEqualTo(date("2027-03-10"));
        assertThat(p.day(date("2028-03-10")).date()).as("366 days on, a leap year").isEqualTo(date("2028-03-10"));
        assertThatThrownBy(() -> p.day(date("2027-03-09"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the projection");
        assertThatThrownBy(() -> p.day(date("2028-03-11"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aheadLooksOneDayToAYearAndNoFurther() {
        Projection p = project(on("2027-03-10"));
        assertThat(p.ahead(1).days()).isEqualTo(1);
        assertThatThrownBy(() -> p.ahead(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 366");
        assertThatThrownBy(() -> p.ahead(367)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodTheAdviceBeginsCountsFromTodayAndARunningOneIsKept() {
        Projection begins = project(on("2027-03-10"));
        assertThat(begins.periodAdvice()).isEqualTo(PeriodAdvice.BEGINS);
        assertThat(begins.situationOn(date("2027-03-20")).noContact())
                .contains(new Situation.NoContact(date("2027-03-10"), OptionalInt.empty()));
        assertThat(begins.day(date("2027-03-10")).situation().noContact()).as("today too").isPresent();

        ObjectNode valentines = period(on("2027-02-14"), "2027-02-01", 30);
        Projection romantic = project(valentines);
        assertThat(romantic.periodAdvice()).isEqualTo(PeriodAdvice.BEGINS);
        assertThat(romantic.situationOn(date("2027-02-20")).noContact())
                .contains(new Situation.NoContact(date("2027-02-01"), OptionalInt.of(30)));
    }

    @Test
    void aPeriodTheAdviceExtendsBeginsAgainTodayWithItsLength() {
        ObjectNode completeNotReady = set(set(set(period(on("2027-04-10"), "2027-03-01", 30),
                "emotions.anger", 8), "emotions.sadness", 8), "emotions.confidence", 2);
        Projection p = project(completeNotReady);
        assertThat(p.periodAdvice()).isEqualTo(PeriodAdvice.EXTENDS);
        assertThat(p.situationOn(date("2027-04-20")).noContact())
                .contains(new Situation.NoContact(date("2027-04-10"), OptionalInt.of(30)));
    }

    @Test
    void aHeldPeriodIsLeftAsItIs() {
        Projection p = project(period(on("2027-03-10"), "2027-03-01", 30));
        assertThat(p.periodAdvice()).isEqualTo(PeriodAdvice.HOLDS);
        assertThat(p.situationOn(date("2027-03-20")).noContact())
                .contains(new Situation.NoContact(date("2027-03-01"), OptionalInt.of(30)));
        assertThat(p.situationOn(date("2027-03-20")).today()).isEqualTo(date("2027-03-20"));
    }

    @Test
    void aNamedOccasionStaysThePlansUntilItsDayHasPassed() {
        ProjectedOccasion valentines = new ProjectedOccasion(read(set(on("2027-02-10"), "plan.occasion", "valentines-day")));
        assertThat(valentines.planOn(date("2027-02-14")).occasion()).contains(Occasion.VALENTINES_DAY);
        assertThat(valentines.planOn(date("2027-02-15")).occasion()).isEmpty();
        assertThat(valentines.planOn(date("2027-02-15")).inferOccasion()).isTrue();
        assertThat(valentines.planOn(date("2028-02-14")).occasion()).as("read from the day again a year on")
                .isEmpty();

        ProjectedOccasion christmas = new ProjectedOccasion(read(set(on("2027-12-24"), "plan.occasion", "christmas")));
        assertThat(christmas.planOn(date("2027-12-26")).occasion()).as("its run of days").contains(Occasion.CHRISTMAS);
        assertThat(christmas.planOn(date("2027-12-27")).occasion()).isEmpty();
    }

    @Test
    void aNamedOccasionWhoseDayIsNotKnownStays() {
        ProjectedOccasion graduation = new ProjectedOccasion(read(set(on("2027-05-01"), "plan.occasion", "graduation")));
        assertThat(graduation.planOn(date("2028-04-30")).occasion()).contains(Occasion.GRADUATION);
    }

    @Test
    void aBirthdayNamedWithItsDateGivenStaysUntilThenAndTheDatesGivenAreReadOnLaterDays() {
        ObjectNode s = set(set(set(on("2027-05-01"), "plan.occasion", "birthday"), "dates.exBirthday", "1996-05-20"),
                "dates.anniversary", "2020-08-02");
        ProjectedOccasion birthday = new ProjectedOccasion(read(s));
        assertThat(birthday.planOn(date("2027-05-20")).occasion()).contains(Occasion.BIRTHDAY);
        assertThat(birthday.planOn(date("2027-05-21")).occasion()).isEmpty();
        assertThat(birthday.planOn(date("2027-08-02")).occasion()).contains(Occasion.ANNIVERSARY);
        assertThat(birthday.planOn(date("2028-05-20")).occasion()).contains(Occasion.BIRTHDAY);
        assertThat(birthday.planOn(date("2027-08-03")).occasion()).isEmpty();
    }

    @Test
    void theHardDaysAreMarkedForWhatTheyAre() {
        ObjectNode s = set(set(on("2027-01-05"), "dates.exBirthday", "1996-05-20"), "dates.anniversary", "2020-08-02");
        ProjectedOccasion days = new ProjectedOccasion(read(s));
        assertThat(days.hardDayMarks(date("2027-02-14"))).containsExactly(Timeline.Mark.VALENTINES_DAY);
        assertThat(days.hardDayMarks(date("2027-12-25"))).containsExactly(Timeline.Mark.CHRISTMAS);
        assertThat(days.hardDayMarks(date("2027-12-24"))).isEmpty();
        assertThat(days.hardDayMarks(date("2027-12-31"))).containsExactly(Timeline.Mark.NEW_YEAR);
        assertThat(days.hardDayMarks(date("2028-01-01"))).containsExactly(Timeline.Mark.NEW_YEAR);
        assertThat(days.hardDayMarks(date("2027-05-20"))).containsExactly(Timeline.Mark.EX_BIRTHDAY);
        assertThat(days.hardDayMarks(date("2027-08-02"))).containsExactly(Timeline.Mark.ANNIVERSARY);
        assertThat(days.hardDayMarks(date("2027-08-03"))).isEmpty();
        assertThat(Timeline.Mark.ANNIVERSARY.words()).isEqualTo("your anniversary");
        assertThat(Timeline.Mark.PERIOD_COMPLETE.wireName()).isEqualTo("period-complete");
    }

    @Test
    void theDayToLookAgainIsOnlyGivenUnderDoNotContact() {
        Projection ready = project(ready(period(on("2027-04-10"), "2027-03-01", 30)));
        assertThat(ready.day(date("2027-04-10")).verdict()).isNotEqualTo(org.nocontact.rules.Verdict.DO_NOT_CONTACT);
        assertThat(ready.reconsiderOn()).isEmpty();
    }
}
