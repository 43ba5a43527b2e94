package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Situation;

/**
 * Issue 21 items 3 and 4 (session 13 closing tour T11, T18): what was read and said back is an answer, never
 * asked again: since when no contact is held, said with its tick at "Which of these are true now?".
 */
class SaidBackNotAskedAgainTest {
    private static final LocalDate TODAY = InterviewTest.TODAY;

    /** Priya: replying to his practical message; "3, like 23 days now" ticks the period and says since when. */
    @Test
    void sinceWhenSaidWithItsTickIsNotAskedAgain() {
        ByQuestion priya = ByQuestion.script().answer(Key.ACTION, "reply to his message").answer(Key.EX_CONTACT_ABOUT, "personal")
                .answer(Key.PURPOSE, "answering how i am").answer(Key.EX_CONTACT_DATE, "yesterday")
                .answer(Key.STANDING, "3, like 23 days now").answer(Key.NO_CONTACT_DAYS, "30")
                .answer(Key.INITIATED_BY, "he did, 2 months ago, to move on").enterForTheRest();
        Situation s = OnTheShippedRules.interview(priya).orElseThrow(() -> new AssertionError(priya.shown()));

        assertThat(priya.shown()).as(priya.shown()).contains("23 days now: since Tuesday 16 February")
                .doesNotContain("Since when have you held no contact?");
        assertThat(priya.asked()).doesNotContain(Key.NO_CONTACT_STARTED);
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(TODAY.minusDays(22));
    }
}
