package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
            "two weeks ago,2027-02-24", "a month ago,2027-02-10", "6 months ago,2026-09-10", "a year ago,2026-03-10",
            "last Friday,2027-03-05", "Friday,2027-03-05", "last wednesday,2027-03-03", "  last   Monday ,2027-03-08"})
    void readsTheWaysPeopleWriteDates(String answer, String expected) {
        assertThat(DateAnswers.parse(answer, TODAY)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "2027-02-30", "14/02/2027", "next Friday", "-3 days ago", "3 fortnights ago"})
    void refusesWhatItCannotRead(String answer) {
        assertThat(DateAnswers.parse(answer, TODAY)).isEmpty();
    }
}
