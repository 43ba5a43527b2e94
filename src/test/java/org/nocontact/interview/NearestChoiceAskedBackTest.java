package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Situation;

/**
 * Everyday answers from session 13's closing tour (issue 21 item 3): read right where they are clear, and asked back
 * with the nearest choices where they are not, never with a hint whose example is a choice the person just denied.
 */
class NearestChoiceAskedBackTest {

    /** Dev: replying to "hey how are you", who ended it said with a want denied, then the want asked alone. */
    private static ByQuestion dev(String... goal) {
        return ByQuestion.script().answer(Key.ACTION, "reply to her, she texted me hey how are you last night")
                .answer(Key.STANDING, "none").answer(Key.PURPOSE, "checking how they are")
                .answer(Key.INITIATED_BY, "mutual i guess, end of october. i dont want her back")
                .answer(Key.GOAL, goal).enterForTheRest();
    }

    @Test
    void friendsSomedayAfterDoubtIsAskedBackWithFriendsAndNotSure() {
        ByQuestion script = dev("idk maybe friends someday", "3");
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        // who ended it no longer changes a brief reply's advice (its one line on needing time is now the reply's own):
        // not asked, so the goal is asked alone
        assertThat(script.asked()).doesNotContain(Key.INITIATED_BY);
        assertThat(script.shown()).contains("> idk maybe friends someday\nDid you mean \"to be friends\" (3) or \"I'm not sure\" (4)?");
        assertThat(s.goal()).isEqualTo(Goal.FRIENDS);
    }

    @Test
    void theHintNeverGivesAsItsExampleTheChoiceJustDenied() {
        ByQuestion script = dev("whatever happens happens", "friends someday");
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).doesNotContain("such as \"to get back together\"")
                .contains("such as \"I'm not sure\"").contains("Read as: to be friends.");
        assertThat(s.goal()).isEqualTo(Goal.FRIENDS);
    }

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

    /** fast13: a doubt alone at "What would your message mainly be about?" (no "not sure" choice) is asked back kindly. */
    @ParameterizedTest
    @ValueSource(strings = {"maybe", "idk", "dunno", "hmm"})
    void aDoubtWhereNoChoiceIsNotSureIsAskedKindlyForTheNearest(String typed) {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her").answer(Key.STANDING, "none")
                .answer(Key.PURPOSE, typed, "2").answer(Key.INITIATED_BY, "she did").answer(Key.GOAL, "move on")
                .enterForTheRest();
        interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("> " + typed + "\nThat's all right: it can be hard to say. Which is nearest? "
                + "Type its number, from 1 to 6.").doesNotContain("Please choose a number from 1 to 6");
    }

    /** Leo's tour (T4): "last month" is some day in it, asked for as "in February" is, never a day a month ago. */
    @Test
    void lastMonthIsAskedWhichDayInThatMonthNeverSaidBackAsOneDay() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "i want to call him to say sorry")
                .answer(Key.STANDING, "none").answer(Key.INITIATED_BY, "he did").answer(Key.BREAKUP_DATE, "last month", "idk like the 20th")
                .answer(Key.GOAL, "get back together").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("> last month\nRoughly which day in February? A guess is fine, like 15 February.")
                .doesNotContain("Last month: Wednesday 10 February");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 2, 20));
    }

    /** T9: a rough day said with who ended it is said back at once, never silent until a save asks about it. */
    @Test
    void aRoughDaySaidWithWhoEndedItIsSaidBackAtOnce() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her happy valentines").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "mutual i guess, end of october").enterForTheRest();
        interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("> mutual i guess, end of october\nRead as: we decided together.\n"
                + "When it ended: end of October. I'll ask which day only if it matters.\n");
    }

    /** A goal said in doubt with who ended it is asked back at once, with the nearest, when the goal is asked. */
    @Test
    void aGoalSaidInDoubtWithWhoEndedItIsAskedBackAtOnceWithTheNearest() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "he msgd me yesterday asking when he can get his keys back")
                .answer(Key.STANDING, "3, day 23 today").answer(Key.INITIATED_BY, "he did, last month. idk maybe friends someday")
                .answer(Key.GOAL, "3").answer(Key.BREAKUP_DATE, "idk like the 10th").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        String askBack = "Did you mean \"to be friends\" (3) or \"I'm not sure\" (4)?";
        assertThat(script.shown()).containsOnlyOnce(askBack);
        assertThat(script.shown().indexOf(askBack)).isLessThan(script.shown().indexOf("What do you want now?"));
        assertThat(s.goal()).isEqualTo(Goal.FRIENDS);
    }

    /**
     * The session 14 tour's stuck loop (P7): an ask-back accepts its own choices. "1", "send a text" or "text" after
     * "Did you mean "send a text" (1) or "call them" (2)?" is that choice, never the same question back.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "call or text her to say sorry|1|TEXT", "call or text her to say sorry|send a text|TEXT",
            "call or text her to say sorry|text|TEXT", "call or text her to say sorry|2|CALL",
            "i texted him, no reply. should i text again to explain|1|TEXT"})
    void anAskBackAcceptsItsOwnChoices(String plan, String chosen, org.nocontact.situation.Action action) {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, plan, chosen).answer(Key.STANDING, "none")
                .answer(Key.PURPOSE, "my feelings").answer(Key.INITIATED_BY, "he did").answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.GOAL, "get back together").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(s.plan().action()).as(script.shown()).isEqualTo(action);
        assertThat(script.asked().stream().filter(Key.ACTION::equals)).as(script.shown()).hasSizeLessThanOrEqualTo(2);
        assertThat(script.shown()).doesNotContain("Read as: reply to a message they sent");
    }
}
