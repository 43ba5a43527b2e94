package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days named by what happened on them: the last one on or before today (every day asked for has passed),
 * said back by its name; a range ("thanksgiving weekend") asked back with its days; a day only the person
 * knows ("my birthday") asked for.
 */
class NamedDaysTest {
    /** A Monday after Thanksgiving 2026 (Thursday 26 November). */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static DateAnswers.Reading read(String typed, LocalDate today) {
        return DateAnswers.read(AnswerReader.unhedged(typed), typed, today);
    }

    private static String saidBack(String typed, LocalDate today) {
        AnswerReader.Parsed<LocalDate> parsed = new AnswerReader(today).date(new Date(Optional.empty(),
                DatesThatFit::aDayThatHasPassed), typed, Answers.none());
        assertThat(parsed.problem()).as(typed).isEmpty();
        return parsed.note().orElseThrow();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "the day after thanksgiving | 2026-11-27 | The day after Thanksgiving: Friday 27 November.",
            "day after thanksgiving | 2026-11-27 | The day after Thanksgiving: Friday 27 November.",
            "thanksgiving | 2026-11-26 | Thanksgiving: Thursday 26 November.",
            "black friday | 2026-11-27 | Black Friday: Friday 27 November.",
            "the saturday after thanksgiving | 2026-11-28 | The Saturday after Thanksgiving: Saturday 28 November.",
            "thanksgiving friday | 2026-11-27 | Friday of Thanksgiving weekend: Friday 27 November.",
            "christmas eve | 2025-12-24 | Christmas Eve: Wednesday 24 December 2025.",
            "boxing day | 2025-12-26 | Boxing Day: Friday 26 December 2025.",
            "new years | 2026-01-01 | New Year's Day: Thursday 1 January.",
            "valentines | 2026-02-14 | Valentine's Day: Saturday 14 February.",
            "on valentines day | 2026-02-14 | Valentine's Day: Saturday 14 February.",
            "labor day | 2026-09-07 | Labor Day: Monday 7 September.",
            "memorial day | 2026-05-25 | Memorial Day: Monday 25 May.",
            "easter | 2026-04-05 | Easter: Sunday 5 April.",
            "good friday | 2026-04-03 | Good Friday: Friday 3 April.",
            "2 days after christmas | 2025-12-27 | 2 days after Christmas: Saturday 27 December 2025.",
            "thanksgiving 2025 | 2025-11-27 | Thanksgiving: Thursday 27 November 2025."})
    void aNamedDayIsTheLastOneOnOrBeforeTodaySaidBackByItsName(String typed, LocalDate day, String said) {
        assertThat(read(typed, TODAY).date()).as(typed).contains(day);
        assertThat(saidBack(typed, TODAY)).isEqualTo(said);
    }

    @Test
    void aDayAfterANamedDayThatHasNotComeYetIsLastYears() {
        LocalDate thanksgiving = LocalDate.of(2026, 11, 26);
        assertThat(read("the day after thanksgiving", thanksgiving).date()).contains(LocalDate.of(2025, 11, 28));
        assertThat(read("thanksgiving", thanksgiving).date()).contains(thanksgiving);
    }

    @Test
    void thanksgivingIsTheFourthThursdayOfNovemberAndEasterFollowsTheMoon() {
        assertThat(Holiday.THANKSGIVING.in(2025)).isEqualTo(LocalDate.of(2025, 11, 27));
        assertThat(Holiday.THANKSGIVING.in(2027)).isEqualTo(LocalDate.of(2027, 11, 25));
        assertThat(Holiday.EASTER.in(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Holiday.EASTER.in(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Holiday.EASTER.in(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    }

    @Test
    void aWeekendIsAskedBackWithItsDaysAndADayOfItTypedAloneIsThatDay() {
        DateAnswers.Reading weekend = read("thanksgiving weekend", TODAY);
        assertThat(weekend.date()).isEmpty();
        assertThat(weekend.question()).contains("Which day of Thanksgiving weekend: Thursday 26, Friday 27, Saturday 28"
                + " or Sunday 29 November? Type the day, like Friday; a guess is fine.");
        assertThat(read("labor day weekend", TODAY).question().orElseThrow())
                .startsWith("Which day of Labor Day weekend: Saturday 5, Sunday 6 or Monday 7 September?");
        for (String typed : new String[] {"sat", "saturday", "the saturday", "saturday night", "28", "the 28th", "sat i think"}) {
            Optional<String> day = NamedDays.dayOfTheWeekendSaid("over thanksgiving weekend", typed, TODAY);
            assertThat(day).as(typed).hasValue("saturday of thanksgiving weekend");
            assertThat(read(day.get(), TODAY).date()).contains(LocalDate.of(2026, 11, 28));
        }
        assertThat(NamedDays.dayOfTheWeekendSaid("she dumped me thanksgiving weekend", "fri", TODAY))
                .hasValue("friday of thanksgiving weekend");
        assertThat(NamedDays.dayOfTheWeekendSaid("thanksgiving weekend", "tuesday", TODAY)).as("no day of it").isEmpty();
        assertThat(NamedDays.dayOfTheWeekendSaid("last march", "sat", TODAY)).as("no weekend asked about").isEmpty();
    }

    @Test
    void aWeekendUnderWayOffersOnlyTheDaysThatHavePassed() {
        assertThat(read("thanksgiving weekend", LocalDate.of(2026, 11, 28)).question().orElseThrow())
                .startsWith("Which day of Thanksgiving weekend: Thursday 26, Friday 27 or Saturday 28 November?");
    }

    @Test
    void nearANamedDayIsAskedBackWithTheNearestDayWhichAYesTakes() {
        DateAnswers.Reading before = read("right before thanksgiving", TODAY);
        assertThat(before.question()).contains("Did you mean right before thanksgiving, Wednesday 25 November? "
                + "Type yes, or give the day another way.");
        assertThat(before.suggestion()).contains("2026-11-25");
        assertThat(read("christmas weekend", TODAY).suggestion()).as("no long weekend of its own: the day itself")
                .contains("2025-12-25");
    }

    @Test
    void aDayOnlyThePersonKnowsIsAskedForNeverGuessed() {
        assertThat(read("my birthday", TODAY).question()).contains("Which day is your birthday? Type it like 14 March.");
        assertThat(read("on her bday", TODAY).question()).contains("Which day is their birthday? Type it like 14 March.");
        assertThat(read("our anniversary", TODAY).question()).contains("Which day is your anniversary? Type it like 14 March.");
        assertThat(read("the day after my birthday", TODAY).question())
                .contains("Which day was that? I don't know the day of your birthday: type it like 14 March.");
        assertThat(read("my birthday", TODAY).suggestion()).isEmpty();
    }
}
