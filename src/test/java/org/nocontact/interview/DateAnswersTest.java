package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateAnswersTest {
    /** Wednesday 10 March 2027. */
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "today,2027-03-10", "Today,2027-03-10", "yesterday,2027-03-09", "2027-02-14,2027-02-14",
            "3 days ago,2027-03-07", "1 day ago,2027-03-09", "a week ago,2027-03-03", "3 weeks ago,2027-02-17",
            "3 weeks ago today,2027-02-17", "a month ago today,2027-02-10",
            "two weeks ago,2027-02-24", "a month ago,2027-02-10", "6 months ago,2026-09-10", "a year ago,2026-03-10",
            "last Friday,2027-03-05", "Friday,2027-03-05", "last wednesday,2027-03-03", "  last   Monday ,2027-03-08",
            "last fri,2027-03-05", "last Thurs,2027-03-04", "14 feb,2027-02-14", "Feb 14,2027-02-14", "14th of February,2027-02-14",
            "feb 14th,2027-02-14", "14 Feb 2026,2026-02-14", "'Feb 14, 2026',2026-02-14", "14/02/2027,2027-02-14",
            "14.02.2027,2027-02-14", "02/14/2027,2027-02-14", "14/02,2027-02-14", "14/02/27,2027-02-14", "3/3,2027-03-03",
            "20 March,2026-03-20", "tomorrow,2027-03-11", "in 2 days,2027-03-12", "next Friday,2027-03-12",
            "the day before yesterday,2027-03-08", "a couple of weeks ago,2027-02-24", "last week,2027-03-03"})
    void readsTheWaysPeopleWriteDates(String answer, String expected) {
        assertThat(DateAnswers.parse(answer, TODAY)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03/04", "3/4/2027", "12.11"})
    void aDateThatReadsTwoWaysIsAskedBack(String answer) {
        DateAnswers.Reading reading = DateAnswers.read(answer, TODAY);
        assertThat(reading.date()).isEmpty();
        assertThat(reading.question().orElseThrow()).contains("Which do you mean?");
    }

    @ParameterizedTest
    @CsvSource({"last March,Roughly which day in March? A guess is fine, like 15 March.",
            "in June 2026,Roughly which day in June?", "not sure,A rough day is fine", "I don't know,A rough day is fine"})
    void aRoughAnswerIsAskedForADay(String answer, String question) {
        DateAnswers.Reading reading = DateAnswers.read(answer, TODAY);
        assertThat(reading.date()).isEmpty();
        assertThat(reading.question().orElseThrow()).startsWith(question);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "end of october|the end of October, Saturday 31 October 2026|31 October",
            "at the end of feb|the end of February, Sunday 28 February|28 February",
            "mid january|mid January, Friday 15 January|15 January",
            "early february|early February, Friday 5 February|5 February",
            "late december 2025|late December, Thursday 25 December 2025|25 December 2025",
            "the beginning of march|the start of March, Monday 1 March|1 March"})
    void aPartOfAMonthIsAskedBackOnceWithTheNearestDayWhichAYesTakes(String answer, String meant, String typedBack) {
        DateAnswers.Reading reading = DateAnswers.read(answer, TODAY);
        assertThat(reading.date()).isEmpty();
        assertThat(reading.question()).contains("Did you mean " + meant + "? Type yes, or give the day another way.");
        assertThat(reading.suggestion()).contains(typedBack);
        assertThat(DateAnswers.read(reading.suggestion().orElseThrow(), TODAY).date()).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"last weekend|last weekend, Saturday 6 March|2027-03-06",
            "the other day|the other day, Sunday 7 March|2027-03-07"})
    void aDayNearEnoughIsAskedBackOnceWithTheDayWhichAYesTakes(String answer, String meant, String day) {
        DateAnswers.Reading reading = DateAnswers.read(answer, TODAY);
        assertThat(reading.date()).isEmpty();
        assertThat(reading.question()).contains("Did you mean " + meant + "? Type yes, or give the day another way.");
        assertThat(reading.suggestion()).contains(day);
        assertThat(DateAnswers.read(day, TODAY).date()).contains(LocalDate.parse(day));
    }

    @Test
    void backIsAgoAndAWhileAgoAsksForARoughDay() {
        assertThat(DateAnswers.read("few weeks back", TODAY).date()).contains(LocalDate.of(2027, 2, 17));
        assertThat(DateAnswers.read("2 months back", TODAY).date()).contains(LocalDate.of(2027, 1, 10));
        assertThat(DateAnswers.read("a while ago", TODAY).question()).contains("A rough day is fine, like 3 weeks ago or 2 months ago.");
    }

    @Test
    void aThreeWeeksAgoReadsAsTheDayItIs() {
        DateAnswers.Reading reading = DateAnswers.read("3 weeks ago", TODAY);
        assertThat(reading.sayHowRead()).isTrue();
        assertThat(DateAnswers.longDate(reading.date().orElseThrow(), TODAY)).isEqualTo("Wednesday 17 February");
        assertThat(DateAnswers.read("2027-02-17", TODAY).sayHowRead()).as("a full date needs no reading back").isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2027-03-10", "2027-01-02", "2026-12-31", "2028-02-29"})
    void theExampleInTheHintIsNeverInTheFuture(String today) {
        LocalDate day = LocalDate.parse(today);
        String forms = DateAnswers.forms(day);
        String[] examples = forms.substring("a date like ".length()).split(", ");
        LocalDate example = LocalDate.parse(examples[1]);
        assertThat(example).isBefore(day);
        assertThat(DateAnswers.parse(examples[0], day)).contains(example);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "2027-02-30", "31/02/2027", "14/14/2027", "-3 days ago", "3 fortnights ago", "03/04", "Feb 30"})
    void refusesWhatItCannotRead(String answer) {
        assertThat(DateAnswers.parse(answer, TODAY)).isEmpty();
    }

    /** A reader that reads a day out of words it has normalised quotes what was typed when the day cannot be read. */
    @Test
    void aDayThatCannotBeReadIsQuotedAsTypedNeverAsTheWordsMadeOfIt() {
        AnswerReader.Parsed<LocalDate> read = new AnswerReader(TODAY).date(new Date(java.util.Optional.empty(),
                (date, answers, today) -> java.util.Optional.empty()), "since kind of whenevr", Answers.none());
        assertThat(read.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("I couldn't read \"since kind of whenevr\""));
        assertThat(DateAnswers.quotingWhatWasTyped(read, "  kinda since whenevr lol ").problem()).hasValueSatisfying(
                p -> assertThat(p).startsWith("I couldn't read \"kinda since whenevr lol\" as a date."));
        AnswerReader.Parsed<LocalDate> other = AnswerReader.Parsed.problem("Please give a day.");
        assertThat(DateAnswers.quotingWhatWasTyped(other, "x")).isEqualTo(other);
    }
}
