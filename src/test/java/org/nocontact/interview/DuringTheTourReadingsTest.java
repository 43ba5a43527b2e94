package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * What the newcomer tour of session 15 typed while the readings were being fixed, through whole interviews: a day
 * said inside a longer answer is kept and said back, two choices named by number are asked back, and words that
 * name no tie are never dropped unsaid.
 */
class DuringTheTourReadingsTest {
    @Test
    void twoChoicesNamedByNumberAreAskedBackWithThoseTwo() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text").answer(Key.STANDING, "none")
                .answer(Key.PURPOSE, "idk kinda 2 and 3", "2").answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want her back")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Did you mean \"my feelings\" (2) or \"getting back together\" (3)?");
        assertThat(s.plan().purpose()).isEqualTo(Purpose.FEELINGS);
    }

    @Test
    void whatIsSharedBesideATieIsReadNeverDropped() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text").answer(Key.STANDING, "6")
                .answer(Key.PURPOSE, "1").answer(Key.TIES, "school and like all our friends")
                .answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want to move on").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Read as: school, friends.");
        assertThat(s.ties()).isEqualTo(EnumSet.of(Tie.SCHOOL, Tie.MUTUAL_FRIENDS));
    }
}
