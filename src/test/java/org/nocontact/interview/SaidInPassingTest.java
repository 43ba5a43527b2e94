package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import org.junit.jupiter.api.Test;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;

/**
 * What a person says in passing, beside the answer asked for (session 12's closing tour): never dropped without a
 * word. It is said back, said to be no choice of its own, or offered where its question comes.
 */
class SaidInPassingTest {
    private final org.nocontact.BuiltIn builtIn = OnTheShippedRules.BUILT_IN;

    @Test
    void askingHowTheyAreInAReplyIsSaidToBeNoChoiceOfItsOwn() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "she texted me hey how are you last night, idk what to say back")
                .answer(Key.EX_CONTACT_ABOUT, "").answer(Key.STANDING, "none")
                .answer(Key.PURPOSE, "just tell her im ok i guess and ask how she is").leaveAtTheRest();
        interview(script);
        assertThat(script.shown()).contains("> just tell her im ok i guess and ask how she is\nRead as: answering how I am. "
                + "Asking how they are in return is not a choice of its own; the advice that follows says how much to write.");
    }

    @Test
    void answeringHowTheyAreAloneIsReadAsBefore() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "she texted me hey how are you last night, idk what to say back")
                .answer(Key.EX_CONTACT_ABOUT, "").answer(Key.STANDING, "none").answer(Key.PURPOSE, "just tell her im ok")
                .leaveAtTheRest();
        interview(script);
        assertThat(script.shown()).doesNotContain("in return");
    }

    @Test
    void notWantingThemBackIsSaidBackWithWhoEndedIt() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "write her a love letter, tell her everything")
                .answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "she did, a couple weeks ago. i dont want her back i just want her to know")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("Read as: they did; you don't want to get back together.");
        assertThat(s.plan().purpose()).isEqualTo(Purpose.FEELINGS);
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
    }

    @Test
    void theirRequestForNoContactToldWithThePlanIsOfferedWhereItIsAsked() {
        ByQuestion script = ByQuestion.script()
                .answer(Key.ACTION, "i want to call him to say sorry, he said dont contact me again but i need him to hear it")
                .answer(Key.BOUNDARIES, "").leaveAtTheRest();
        interview(script);
        assertThat(script.asked()).contains(Key.BOUNDARIES);
        assertThat(script.shown()).as("Enter keeps the request he made, told with the plan")
                .contains("[they asked me not to contact them] > \n");
    }

    @Test
    void aRequestThePersonMeansToMakeIsNotTheirs() {
        Remembered heard = OverheardTest.heard(OverheardTest.ACTION, "text him to leave me alone");
        assertThat(heard.answer(Key.BOUNDARIES)).isEmpty();
        assertThat(OverheardTest.heard(OverheardTest.ACTION, "she asked me not to text her but i miss her")
                .answer(Key.BOUNDARIES)).hasValue(Boundaries.THEY_ASKED);
    }
}
