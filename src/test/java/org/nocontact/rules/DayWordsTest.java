package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates and day counts as a person reads them. */
class DayWordsTest {
    @Test
    void oneDayIsADayAndEveryOtherCountIsDays() {
        assertThat(DayWords.days(1)).isEqualTo("1 day");
        assertThat(DayWords.days(0)).isEqualTo("0 days");
        assertThat(DayWords.days(2)).isEqualTo("2 days");
        assertThat(DayWords.days(19)).isEqualTo("19 days");
    }

    @Test
    void aDayAheadIsTomorrowOrInSoManyDaysAndADayNotAheadIsToday() {
        assertThat(DayWords.inDays(-3)).isEqualTo("today");
        assertThat(DayWords.inDays(0)).isEqualTo("today");
        assertThat(DayWords.inDays(1)).isEqualTo("tomorrow");
        assertThat(DayWords.inDays(2)).isEqualTo("in 2 days");
        assertThat(DayWords.inDays(19)).isEqualTo("in 19 days");
    }

    @Test
    void aDateReadsWithItsWeekdayAndMonthInWords() {
        assertThat(DayWords.date(LocalDate.of(2027, 3, 31))).isEqualTo("Wednesday 31 March 2027");
        assertThat(DayWords.date(LocalDate.of(2027, 2, 1))).isEqualTo("Monday 1 February 2027");
    }

    @Test
    void onlyACountOfOneMakesTheDaysAfterItOneDay() {
        assertThat(DayWords.agreeWithCount(1, " days left")).isEqualTo(" day left");
        assertThat(DayWords.agreeWithCount(1, " more days")).isEqualTo(" more day");
        assertThat(DayWords.agreeWithCount(2, " days left")).isEqualTo(" days left");
        assertThat(DayWords.agreeWithCount(null, " days left")).isEqualTo(" days left");
        assertThat(DayWords.agreeWithCount("1", " days left")).as("a name, not a count").isEqualTo(" days left");
        assertThat(DayWords.agreeWithCount(1, " of 30 days")).as("only right after the count").isEqualTo(" of 30 days");
        assertThat(DayWords.agreeWithCount(1, " daystar")).isEqualTo(" daystar");
    }
}
