package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * A reply, said in the person's words at the first question (session 12's closing tour, issue 21 items 3 and 4):
 * what their message was about and when it came is read from those words and offered, never asked bare again.
 */
class RepliesInTheirWordsTest {
    private final org.nocontact.BuiltIn builtIn = OnTheShippedRules.BUILT_IN;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "she texted me hey how are you last night, idk what to say back | [something personal, last night] | Last night: Tuesday 9 March.",
            "she texted me hey how r u last night, want to answer | [something personal, last night] | Last night: Tuesday 9 March.",
            "reply to her, she asked how im doing yesterday | [something personal, yesterday] | Yesterday: Tuesday 9 March.",
            "she asked how i am, want to reply | [something personal] | When did their message arrive?"})
    void theirHowAreYouSaidWithThePlanIsOfferedAsTheirMessage(String plan, String offered, String thenTheDay) {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, plan).answer(Key.EX_CONTACT_ABOUT, "")
                .answer(Key.STANDING, "none").leaveAtTheRest();
        interview(script);
        assertThat(script.shown()).as("what they wrote, offered for Enter, and the day said back or asked where none was said")
                .contains(offered + " >", thenTheDay);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026-12-07 | unsure", "2027-02-14 | unsure", "2026-12-07 | to get back together"})
    void aReplyIsNeverAskedWhetherItIsForASpecialDay(String today, String goal) {
        // a reply answers their message: whatever the day, the advice on it is the same (only starting contact on a
        // romantic day is ruled out), so asking about the day would be a question that changes nothing
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "she texted me hey how are you last night, idk what to say back")
                .answer(Key.EX_CONTACT_ABOUT, "").answer(Key.STANDING, "none").answer(Key.PURPOSE, "my feelings")
                .answer(Key.INITIATED_BY, "she did, 3 weeks ago").answer(Key.BREAKUP_DATE, "3 weeks ago")
                .answer(Key.GOAL, goal).answer(Key.ANGER, "5").answer(Key.SADNESS, "6").answer(Key.CONFIDENCE, "4")
                .enterForTheRest();
        Situation s = new Interview(builtIn.standard(), LocalDate.parse(today), script).run().orElseThrow();
        assertThat(script.asked()).doesNotContain(Key.OCCASION);
        assertThat(script.shown()).doesNotContain("special day");
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(Verdict.RESPOND_BRIEFLY);
    }
}
