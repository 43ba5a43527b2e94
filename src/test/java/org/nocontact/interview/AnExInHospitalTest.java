package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import org.junit.jupiter.api.Test;
import org.nocontact.advice.Recommendation;
import org.nocontact.situation.Action;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;

/**
 * Someone whose ex is in intensive care after a car crash wants to go and see that he is all right (tour 14a P3): the
 * hospital is heard as checking how they are (offered, Enter takes it), and the advice says how to know without
 * contact (news through a friend or their family) and that a visit is theirs to invite.
 */
class AnExInHospitalTest {
    @Test
    void inHospitalAfterACrashIsOfferedAsCheckingHowTheyAreAndTheAdviceSaysHowToKnow() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "hes in hospital after a car crash, i want to go see him")
                .answer(Key.PURPOSE, "").answer(Key.STANDING, "none").answer(Key.INITIATED_BY, "mutual")
                .answer(Key.BREAKUP_DATE, "last july").answer(Key.GOAL, "friends").answer(Key.TIES, "mutual friends")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("[checking how they are]");
        assertThat(s.plan().action()).isEqualTo(Action.VISIT);
        assertThat(s.plan().purpose()).isEqualTo(Purpose.CHECK_IN);
        Recommendation r = OnTheShippedRules.BUILT_IN.standard().advise(s);
        assertThat(String.join("\n", r.doInstead())).contains("ask a friend you share, or their family, for news",
                "A visit is for them, or their family, to invite");
    }

    @Test
    void makingSureHesOkIsCheckingHowTheyAre() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "go see him").answer(Key.PURPOSE, "making sure hes ok")
                .answer(Key.STANDING, "none").answer(Key.INITIATED_BY, "mutual").answer(Key.BREAKUP_DATE, "last july")
                .answer(Key.GOAL, "friends").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(s.plan().purpose()).isEqualTo(Purpose.CHECK_IN);
        assertThat(script.shown()).doesNotContain("Please choose a number");
    }
}
