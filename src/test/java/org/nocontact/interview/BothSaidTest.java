package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import org.junit.jupiter.api.Test;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;

/**
 * A plan whose words name two things it is for ("text him merry xmas and that i still love him"), where the advice
 * takes one (session 12's closing tour, F7): the two are offered to pick from, and "both" is asked back with them.
 */
class BothSaidTest {

    private ByQuestion christmasAndFeelings(String... atWhatItIsFor) {
        return ByQuestion.script().answer(Key.ACTION, "text him merry xmas and that i still love him")
                .answer(Key.PURPOSE, atWhatItIsFor).answer(Key.STANDING, "6").answer(Key.NO_CONTACT_STARTED, "since he left")
                .answer(Key.INITIATED_BY, "he did, 5 weeks ago").answer(Key.BREAKUP_DATE, "5 weeks ago")
                .answer(Key.GOAL, "get back together").answer(Key.NO_CONTACT_DAYS, "60").enterForTheRest();
    }

    @Test
    void aGreetingAndFeelingsSaidTogetherAreOfferedToPickFromNotDropped() {
        ByQuestion script = christmasAndFeelings("2");
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("Read as: send a text, for Christmas.",
                "You named \"my feelings\" (2) and \"a greeting\" (4): which is it mainly?\n> 2");
        assertThat(s.plan().purpose()).isEqualTo(Purpose.FEELINGS);
        assertThat(s.plan().occasion()).hasValue(Occasion.CHRISTMAS);
    }

    @Test
    void bothIsAskedBackWithTheTwoTheirWordsNamed() {
        ByQuestion script = christmasAndFeelings("both tbh", "a greeting");
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("> both tbh\nIt can be both; the advice goes by the one that matters most. Which "
                + "is it mainly: \"my feelings\" (2) or \"a greeting\" (4)? Type its number.")
                .doesNotContain("Please choose a number from 1 to 6");
        assertThat(s.plan().purpose()).isEqualTo(Purpose.GREETING);
    }

    @Test
    void enterWhereTwoWereNamedAsksWhichWithThem() {
        ByQuestion script = christmasAndFeelings("", "4");
        interview(script);
        assertThat(script.shown()).contains("which is it mainly?\n> \nWhich is it mainly: \"my feelings\" (2) or \"a greeting\" "
                + "(4)? Type its number, or another from 1 to 6.");
    }

    @Test
    void bothWhereNoTwoWereNamedStillSaysOneIsNeeded() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text him").answer(Key.STANDING, "none")
                .answer(Key.PURPOSE, "both lol", "2")
                .leaveAtTheRest();
        interview(script);
        assertThat(script.shown()).contains("> both lol\nIt can be both; the advice goes by the one that matters most. Please "
                + "choose one, by its number from 1 to 6.");
    }
}
