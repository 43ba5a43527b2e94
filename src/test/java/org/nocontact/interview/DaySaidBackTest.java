package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day typed in words is said back as a sentence: what was typed, capitalised, then the day it is. */
class DaySaidBackTest {
    private static final Date ANY_DAY = new Date(Optional.empty(), (date, answers, today) -> Optional.empty());
    private final AnswerReader reader = new AnswerReader(LocalDate.of(2027, 3, 10));

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "a month ago|A month ago: ", "last night|Last night: ", "2 months ago|2 months ago: ",
            "3 weeks ago|3 weeks ago: Wednesday 17 February."})
    void aDaySaidBackStartsWithACapital(String typed, String saidBack) {
        assertThat(reader.date(ANY_DAY, typed, Answers.none()).note()).hasValueSatisfying(
                note -> assertThat(note).startsWith(saidBack));
    }
}
