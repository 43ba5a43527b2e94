package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Situation;

/**
 * Issue 21 items 3 and 4 (session 13 closing tour T11): what was said in an answer is read there, never asked again
 * with those words as its default: a day named in a two-part answer ("she did. new years eve :(").
 */
class SaidBackNotAskedAgainTest {
    private static final LocalDate TODAY = InterviewTest.TODAY;

    /** Leo: she ended it on New Year's Eve, and he wants her back. */
    @Test
    void aNamedDayInTheTwoPartAnswerIsReadThereAndNotAskedAgain() {
        ByQuestion leo = ByQuestion.script().answer(Key.ACTION, "text her i miss her")
                .answer(Key.INITIATED_BY, "she did. new years eve :( i want her back so bad").enterForTheRest();
        Situation s = OnTheShippedRules.interview(leo).orElseThrow(() -> new AssertionError(leo.shown()));

        assertThat(leo.shown()).as(leo.shown()).contains("New Year's Eve: Thursday 31 December 2026").doesNotContain("When did it end?");
        assertThat(leo.asked()).doesNotContain(Key.BREAKUP_DATE);
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
