package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.situation.Situation;

/**
 * Everyday answers from session 13's closing tour (issue 21 item 3): read right where they are clear, and asked back
 * with the nearest choices where they are not, never with a hint whose example is a choice the person just denied.
 */
class NearestChoiceAskedBackTest {

    /** Priya's tour: their message in text-speak is what the reply answers, never a plan of her own. */
    @ParameterizedTest
    @ValueSource(strings = {"he msgd me yesterday asking when he can get his keys back",
            "he messaged me yesterday asking when he can get his keys back",
            "he msg'd me yesterday asking when he can get his keys back",
            "he txted me yesterday asking when he can get his keys back", "he dmd me yesterday asking when he can get his keys back"})
    void theirMessageInTextSpeakIsAReplyToIt(String typed) {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, typed).answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "he did").answer(Key.GOAL, "move on").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Read as: reply to a message they sent, about a practical matter.")
                .doesNotContain("How would you reach them about it?").contains("[something practical, yesterday] > ");
        assertThat(s.exContact()).isPresent();
        assertThat(s.exContact().orElseThrow().date()).isEqualTo(InterviewTest.TODAY.minusDays(1));
    }
}
