package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Someone whose ex has died (tour 14a P6: she wants to post on his memorial page on his birthday): wherever she says
 * it, the questions stop, and nothing asks about getting back together or prescribes days without contact; the
 * safety questions still come first. The screen said then is {@link TheyDied#screen}, shown by the command.
 */
class AnExWhoDiedTest {
    private static Interview.Ending talk(ByQuestion script) {
        return new Interview(OnTheShippedRules.BUILT_IN.standard(), InterviewTest.TODAY, script).talk(Remembered.none());
    }

    @Test
    void aPostOnTheirMemorialPageStopsTheQuestionsAtOnceWithNoVerdict() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "post on his memorial page for his bday thursday");
        Interview.Ending ending = talk(script);
        assertThat(ending.theyDied()).isTrue();
        assertThat(ending.outcome()).as("no verdict: the advice is for an ex who is alive").isEmpty();
        assertThat(ending.leftAtSafety()).isFalse();
        assertThat(script.asked()).last().isEqualTo(Key.ACTION);
    }

    @Test
    void heDiedTypedAtTheGoalIsHeardNotRefusedAndNothingAsksAboutGettingBackTogether() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text him happy birthday")
                .answer(Key.INITIATED_BY, "none of those, he died").answer(Key.GOAL, "none of those, he died")
                .enterForTheRest();
        Interview.Ending ending = talk(script);
        assertThat(ending.theyDied()).isTrue();
        assertThat(script.shown()).doesNotContain("Please choose a number", "Have you told them since",
                "I want to get this right");
        assertThat(ending.outcome()).isEmpty();
    }

    @Test
    void hesGoneIsAskedBackOnceAndAYesStopsTheQuestions() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text him happy birthday")
                .answer(Key.INITIATED_BY, "none. hes gone", "yes, last year").answer(Key.GOAL, "none. hes gone", "yes")
                .enterForTheRest();
        Interview.Ending ending = talk(script);
        assertThat(script.shown()).contains("Do you mean they have died?");
        assertThat(ending.theyDied()).isTrue();
    }

    @Test
    void hesGoneThenNoIsReadAsTheAnswerItWasAndTheInterviewGoesOn() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text him happy birthday")
                .answer(Key.INITIATED_BY, "he did, hes gone", "no, he left me").answer(Key.GOAL, "move on", "move on")
                .answer(Key.BREAKUP_DATE, "3 weeks ago").enterForTheRest();
        Interview.Ending ending = talk(script);
        assertThat(script.shown()).containsOnlyOnce("Do you mean they have died?");
        assertThat(ending.theyDied()).isFalse();
        assertThat(ending.outcome()).as("a verdict, for an ex who is alive").isPresent();
    }

    @Test
    void saidAtASafetyQuestionTheOtherSafetyQuestionsAreStillAskedThenTheQuestionsStop() {
        ByQuestion script = ByQuestion.script().answer(Key.UNSAFE, "no. he passed away last year")
                .answer(Key.ACTION, "post on his page");
        Interview.Ending ending = talk(script);
        assertThat(script.asked()).contains(Key.SELF_HARM, Key.UNSAFE, Key.THREATENED, Key.URGE_TO_MONITOR,
                Key.PROTECTION_ORDER).doesNotContain(Key.ACTION);
        assertThat(ending.theyDied()).isTrue();
    }

    @Test
    void aSafetyAnswerThatSaysOnlyThatTheyDiedIsAskedOnceMorePlainlyAndANoGoesOn() {
        ByQuestion script = ByQuestion.script().answer(Key.URGE_TO_MONITOR, "he passed away last year", "no")
                .answer(Key.ACTION, "post on his page");
        Interview.Ending ending = talk(script);
        assertThat(script.shown()).contains("So that I know you are safe now").doesNotContain("You didn't give a clear no");
        assertThat(ending.theyDied()).isTrue();
    }

    @Test
    void askedOnceMoreAnythingButAClearNoStillTakesTheSafePath() {
        ByQuestion script = ByQuestion.script().answer(Key.URGE_TO_MONITOR, "he passed away last year", "idk");
        Interview.Ending ending = talk(script);
        assertThat(ending.outcome()).hasValueSatisfying(outcome -> assertThat(outcome.safetyStop()).isTrue());
        assertThat(script.shown()).containsOnlyOnce("So that I know you are safe now")
                .contains("You didn't give a clear no", "I'm so sorry for your loss.");
    }

    @Test
    void aSafetyAnswerThatIsNotAClearNoStillTakesTheSafePathAndHearsTheLossAfterIt() {
        ByQuestion script = ByQuestion.script().answer(Key.SELF_HARM, "sometimes, since he died");
        Interview.Ending ending = talk(script);
        assertThat(ending.outcome()).hasValueSatisfying(outcome -> assertThat(outcome.safetyStop()).isTrue());
        assertThat(script.shown()).contains("I'm so sorry for your loss.");
        assertThat(script.shown().indexOf("I'm so sorry")).isGreaterThan(script.shown().indexOf("Thank you for telling me"));
    }

    @Test
    void deadInAnotherSenseIsReadAsUsual() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text him, the convo is dead")
                .answer(Key.INITIATED_BY, "he did, hes dead to me").answer(Key.GOAL, "move on, im dead inside")
                .answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.PURPOSE, "a greeting").enterForTheRest();
        Interview.Ending ending = talk(script);
        assertThat(ending.theyDied()).isFalse();
        assertThat(ending.outcome()).isPresent();
        assertThat(script.shown()).doesNotContain("Do you mean they have died?", "sorry for your loss");
    }
}
