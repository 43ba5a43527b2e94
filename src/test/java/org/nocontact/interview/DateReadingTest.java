package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A date question: what is said back, what is asked back, and the words used for both. */
class DateReadingTest {
    /** Wednesday 10 March 2027. */
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final String FORMS = "a date like 17 February, 2027-02-17, yesterday or 3 weeks ago";
    private static final Date ANY_DAY = new Date(Optional.empty(), (date, answers, today) -> Optional.empty());
    private static final Date PAST_ONLY = new Date(Optional.empty(),
            (date, answers, today) -> date.isAfter(today) ? Optional.of("That day has not come yet.") : Optional.empty());

    private final AnswerReader reader = new AnswerReader(TODAY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"now,2027-03-10", "last night,2027-03-09", "a few days ago,2027-03-07",
            "couple weeks ago,2027-02-24", "in 3 weeks,2027-03-31", "2 months from now,2027-05-10", "next mon,2027-03-15",
            "this coming monday,2027-03-15", "sunday,2027-03-07", "on tue,2027-03-09", "in a year,2028-03-10",
            "10/31,2026-10-31", "13/02,2027-02-13", "02/13/2027,2027-02-13", "the 1st of march,2027-03-01",
            "March 9th,2027-03-09", "mar. 9,2027-03-09", "dec 25,2026-12-25", "1 jan 2027,2027-01-01"})
    void morePeopleWritingDates(String answer, String day) {
        assertThat(DateAnswers.parse(answer, TODAY)).contains(LocalDate.parse(day));
    }

    /** "last month" is some day in the month before today's: asked which, as "in February" is, never a month ago to the day. */
    @Test
    void lastMonthIsAskedWhichDayInItNeverTakenAsAMonthAgo() {
        assertThat(DateAnswers.parse("last month", TODAY)).isEmpty();
        assertThat(DateAnswers.read("last month", TODAY).question())
                .contains("Roughly which day in February? A guess is fine, like 15 February.");
        assertThat(DateAnswers.read("end of last month", TODAY).question()).hasValueSatisfying(asked -> assertThat(asked)
                .startsWith("Did you mean the end of February, Sunday 28 February?"));
        assertThat(DateAnswers.read("last month", LocalDate.of(2027, 1, 5)).question())
                .contains("Roughly which day in December? A guess is fine, like 15 December.");
    }

    /** Typed in a terminal (session 14): a hedge after the day is the day, said back; a month with one is asked about. */
    @Test
    void aHedgeAfterTheDayIsTheDaySaidBack() {
        assertThat(DateAnswers.read("the 4th i think", TODAY).date()).contains(LocalDate.of(2027, 3, 4));
        assertThat(DateAnswers.read("the 4th i think", TODAY).sayHowRead()).isTrue();
        assertThat(DateAnswers.read("july maybe", TODAY).question())
                .contains("Roughly which day in July? A guess is fine, like 15 July.");
        assertThat(DateAnswers.dayOfTheMonthSaid("july maybe", "the 4th", TODAY)).hasValue("4 july");
    }

    @Test
    void anythingButTodayOrAFullDateIsSaidBack() {
        assertThat(DateAnswers.read("today", TODAY).sayHowRead()).isFalse();
        assertThat(DateAnswers.read("now", TODAY).sayHowRead()).isTrue();
        assertThat(DateAnswers.read("yesterday", TODAY).sayHowRead()).isTrue();
        assertThat(DateAnswers.read("last friday", TODAY).sayHowRead()).isTrue();
        assertThat(DateAnswers.read("14 feb", TODAY).sayHowRead()).as("this year's day needs no reading back").isFalse();
        assertThat(DateAnswers.read("20 march", TODAY).sayHowRead()).as("last year's is said back").isTrue();
        assertThat(DateAnswers.read("14 feb 2026", TODAY).sayHowRead()).isFalse();
        assertThat(DateAnswers.read("10 march", TODAY).date()).as("today's day of the year is this year's")
                .contains(TODAY);
    }

    @Test
    void aDayIsSaidWithItsYearOnlyWhenItIsNotThisYears() {
        assertThat(DateAnswers.longDate(LocalDate.of(2027, 2, 17), TODAY)).isEqualTo("Wednesday 17 February");
        assertThat(DateAnswers.longDate(LocalDate.of(2026, 12, 25), TODAY)).isEqualTo("Friday 25 December 2026");
    }

    @Test
    void theHintGivesTheFormsWithAnExampleThreeWeeksBack() {
        assertThat(DateAnswers.forms(TODAY)).isEqualTo(FORMS);
    }

    @Test
    void whatCannotBeReadIsQuotedBackWithTheForms() {
        assertThat(DateAnswers.read("whenever", TODAY).question())
                .contains("I couldn't read \"whenever\" as a date. Please give " + FORMS + ".");
        assertThat(DateAnswers.read("2027-13-01", TODAY).question())
                .contains("I couldn't read \"2027-13-01\" as a date. Please give " + FORMS + ".");
        assertThat(DateAnswers.read("x".repeat(50), TODAY).question().orElseThrow()).contains("\"" + "x".repeat(39) + "…\"");
    }

    @Test
    void aDayThatDoesNotExistIsNamed() {
        assertThat(DateAnswers.read("31/04", TODAY).question())
                .contains("There is no such day as 31/4. Please give " + FORMS + ".");
        assertThat(DateAnswers.read("30/02/2027", TODAY).question())
                .contains("There is no such day as 30/2/2027. Please give " + FORMS + ".");
    }

    @Test
    void aDateThatReadsTwoWaysNamesBoth() {
        assertThat(DateAnswers.read("03/04", TODAY).question()).contains("03/04 could be 3 April or 4 March. "
                + "Which do you mean? Please type 3 April or 4 March.");
    }

    @Test
    void aDayOrMonthOfTwelveIsStillAskedBackWhenTheOtherCouldBeAMonth() {
        assertThat(DateAnswers.read("11/12", TODAY).question()).contains("11/12 could be 11 December or 12 November. "
                + "Which do you mean? Please type 11 December or 12 November.");
        assertThat(DateAnswers.parse("12/13", TODAY)).as("13 cannot be a month").contains(LocalDate.of(2026, 12, 13));
        assertThat(DateAnswers.parse("13/12", TODAY)).contains(LocalDate.of(2026, 12, 13));
        assertThat(DateAnswers.parse("12/12", TODAY)).contains(LocalDate.of(2026, 12, 12));
    }

    @Test
    void aDayZeroIsNoDayEitherWay() {
        assertThat(DateAnswers.read("0/5", TODAY).question()).contains("There is no such day as 5/0. Please give " + FORMS + ".");
    }

    @ParameterizedTest
    @CsvSource({"in jan,January", "feb,February", "last december,December", "in may 2026,May"})
    void aMonthAloneIsAskedForADayInIt(String answer, String month) { // a part of a month has a nearest day: DateAnswersTest
        assertThat(DateAnswers.read(answer, TODAY).question())
                .contains("Roughly which day in " + month + "? A guess is fine, like 15 " + month + ".");
    }

    @ParameterizedTest
    @CsvSource({"2 weeks,2 weeks ago,Wednesday 24 February", "a month,a month ago,Wednesday 10 February",
            "3 days,3 days ago,Sunday 7 March", "a year,a year ago,Tuesday 10 March 2026"})
    void aLengthOfTimeIsAskedBackAsThatLongAgoReadyForAYes(String answer, String ago, String day) {
        DateAnswers.Reading reading = DateAnswers.read(answer, TODAY);
        assertThat(reading.date()).isEmpty();
        assertThat(reading.question()).contains("Did you mean " + ago + ", " + day + "? Type yes, or give the day another way.");
        assertThat(reading.suggestion()).contains(ago);
    }

    @Test
    void enterIsNoDayUnlessTheQuestionHasADefault() {
        assertThat(reader.date(ANY_DAY, "", Answers.none()).problem()).contains("Please give " + FORMS + ".");
        AnswerReader.Parsed<LocalDate> byDefault = reader.date(new Date(Optional.of("yesterday"),
                (date, answers, today) -> Optional.empty()), "", Answers.none());
        assertThat(byDefault.value()).contains(TODAY.minusDays(1));
    }

    @Test
    void aRelativeDayIsSaidBackAsTheDayItIsAndAFullDateIsNot() {
        AnswerReader.Parsed<LocalDate> relative = reader.date(ANY_DAY, "3 weeks ago", Answers.none());
        assertThat(relative.value()).contains(LocalDate.of(2027, 2, 17));
        assertThat(relative.shown()).isEqualTo("2027-02-17");
        assertThat(relative.note()).contains("3 weeks ago: Wednesday 17 February.");
        AnswerReader.Parsed<LocalDate> full = reader.date(ANY_DAY, "2027-02-17", Answers.none());
        assertThat(full.note()).isEmpty();
        assertThat(full.shown()).isEqualTo("2027-02-17");
    }

    @Test
    void theQuestionsOwnCheckRefusesADay() {
        assertThat(reader.date(PAST_ONLY, "tomorrow", Answers.none()).problem()).contains("That day has not come yet.");
        assertThat(reader.date(PAST_ONLY, "tomorrow", Answers.none()).value()).isEmpty();
        assertThat(reader.date(PAST_ONLY, "yesterday", Answers.none()).value()).contains(TODAY.minusDays(1));
    }

    @Test
    void aQuestionBackWithANearestReadingIsKeptForAYes() {
        AnswerReader.Parsed<LocalDate> parsed = reader.date(ANY_DAY, "2 weeks", Answers.none());
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.suggestion()).contains("2 weeks ago");
        AnswerReader.Parsed<LocalDate> unclear = reader.date(ANY_DAY, "whenever", Answers.none());
        assertThat(unclear.suggestion()).isEmpty();
        assertThat(unclear.problem().orElseThrow()).startsWith("I couldn't read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"since she left", "ever since he moved out", "from the breakup", "same day", "the same day",
            "on the day it ended", "right after we broke up", "since day one", "when they dumped me"})
    void sinceTheBreakupIsTheDayOfTheBreakupOnceItIsKnown(String answer) {
        LocalDate breakup = LocalDate.of(2027, 1, 20);
        AnswerReader.Parsed<LocalDate> parsed = reader.date(ANY_DAY, answer, Answers.none().with(Key.BREAKUP_DATE, breakup));
        assertThat(parsed.value()).as(answer).contains(breakup);
        assertThat(parsed.shown()).isEqualTo("2027-01-20");
        assertThat(parsed.note()).contains("Since the breakup: Wednesday 20 January.");
        assertThat(AnswerReader.saysSinceTheBreakup(AnswerReader.plain("yes " + answer))).isTrue();
    }

    @Test
    void sinceTheBreakupBeforeItsDayIsKnownAsksForTheDay() {
        AnswerReader.Parsed<LocalDate> parsed = reader.date(ANY_DAY, "since she left", Answers.none());
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problem()).contains("When was that? A rough day is fine, like 3 weeks ago or 2 months ago.");
        assertThat(AnswerReader.saysSinceTheBreakup("yes i did")).isFalse();
    }

    @Test
    void aVeryLongAnswerIsRefusedButADraftIsNot() {
        Question<Boolean> blocked = new Question<>(Key.THREATENED, "Blocked?", "why", new YesNo(false),
                Question.Relevance.ALWAYS, answers -> true);
        assertThat(reader.parse(blocked, "y".repeat(201), Answers.none()).problem())
                .contains("That answer is very long; a short one is all I need.");
        assertThat(reader.parse(blocked, "yes" + " ".repeat(197), Answers.none()).value()).contains(true);
        Question<Optional<String>> draft = new Question<>(Key.MESSAGE, "Paste it", "why", new Draft(2000),
                Question.Relevance.ALWAYS, answers -> true);
        assertThat(reader.parse(draft, "word ".repeat(100), Answers.none()).value()).contains(Optional.of("word ".repeat(100)));
    }
}
