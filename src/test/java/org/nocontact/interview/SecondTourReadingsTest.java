package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Action;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;

/**
 * What the second closing tour of session 14 typed and the interview refused, re-asked or dropped, as the person
 * sees it through a whole interview: each answer read, said back, and never asked for again. The readings alone are
 * rows of the everyday corpora ({@link EverydayAnswersTest}, {@link StandingTogetherTest}).
 */
class SecondTourReadingsTest {
    private static long times(ByQuestion script, Key<?> key) {
        return script.asked().stream().filter(key::equals).count();
    }

    @Test
    void aChoiceNumberWithWordsAfterItIsThatChoiceSaidBack() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "1. its about biscuit our dog").answer(Key.STANDING, "none")
                .answer(Key.PURPOSE, "1").answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want to move on").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("> 1. its about biscuit our dog\nRead as: send a text, about a practical matter.")
                .doesNotContain("Please choose a number");
        assertThat(s.plan().action()).isEqualTo(Action.TEXT);
        assertThat(times(script, Key.ACTION)).isEqualTo(1);
    }

    @Test
    void aChoiceNumberWhoseWordsNameAnotherChoiceIsAskedBackWithBoth() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "1 call her about the dog", "2").answer(Key.STANDING, "none")
                .answer(Key.PURPOSE, "1").answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want to move on").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Did you mean \"send a text\" (1) or \"call them\" (2)?");
        assertThat(s.plan().action()).isEqualTo(Action.CALL);
    }

    @Test
    void aGoodbyeIsWhatTheyFeelSaidBack() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text").answer(Key.STANDING, "none")
                .answer(Key.PURPOSE, "to say goodbye properly i guess")
                .answer(Key.INITIATED_BY, "i did, 3 weeks ago. i want to move on").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("> to say goodbye properly i guess\nRead as: my feelings.")
                .doesNotContain("Please choose a number");
        assertThat(s.plan().purpose()).isEqualTo(Purpose.FEELINGS);
    }

    @Test
    void aTickWithWhatIsSharedAndNoneOfTheOthersIsReadAtOnce() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text")
                .answer(Key.STANDING, "6 we have a cat together. and none of the others").answer(Key.PURPOSE, "2")
                .answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want her back").answer(Key.TIES, "").enterForTheRest();
        interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Read as: 6) you still share something").doesNotContain("I want to get this right");
        assertThat(times(script, Key.STANDING)).isEqualTo(1);
    }

    @Test
    void theirBlockDeniedBesideYourOwnBlockIsNoBlockByThemSaidBack() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text")
                .answer(Key.STANDING, "no actually she didnt block me, i blocked her").answer(Key.PURPOSE, "2")
                .answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want her back").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Read as: none (you blocked them: that is not a block by them).");
        assertThat(s.boundaries().blocked()).isFalse();
        assertThat(times(script, Key.STANDING)).isEqualTo(1);
    }

    @Test
    void aNoToWhetherTheyDiedGoesOnWithThePlanTheyTyped() {
        // the ask-back "Do you mean they have died?" is answered from the plan's lines, as it is asked there
        ByQuestion script = ByQuestion.script()
                .answer(Key.ACTION, "hes gone. i just want to write to him one last time", "no he moved to australia lol")
                .answer(Key.STANDING, "none").answer(Key.PURPOSE, "2")
                .answer(Key.INITIATED_BY, "i did, 3 weeks ago. i want to move on").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("> no he moved to australia lol\nRead as: write a letter.")
                .doesNotContain("Please choose a number");
        assertThat(s.plan().action()).isEqualTo(Action.LETTER);
    }

    @Test
    void aDaySaidInTheFirstAnswerIsKeptForTheirMessageAndSaidBack() {
        ByQuestion script = ByQuestion.script()
                .answer(Key.ACTION, "she texted me last night \"hope ur ok 💔\" idk what to say back")
                .answer(Key.EX_CONTACT_ABOUT, "personal i guess").answer(Key.STANDING, "none").answer(Key.PURPOSE, "2")
                .answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want her back")
                .answer(Key.GOAL, "to get back together").enterForTheRest(); // a brief reply may ask the goal alone
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("> personal i guess\nRead as: something personal.\nLast night: Tuesday 9 March.");
        assertThat(s.exContact().orElseThrow().date()).isEqualTo(InterviewTest.TODAY.minusDays(1));
        assertThat(times(script, Key.EX_CONTACT_DATE)).isZero();
    }

    @Test
    void aRoughMonthGivenAsTheSeasonAskedForIsTakenAndSaidBack() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her happy valentines").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "she did, in the summer. i want her back").answer(Key.BREAKUP_DATE, "mid july")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Roughly which month of the summer? A guess is fine, like mid July.",
                "> mid july\nMid July: Wednesday 15 July 2026.").doesNotContain("Did you mean mid July");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(times(script, Key.BREAKUP_DATE)).isEqualTo(1);
    }

    @Test
    void aMonthAloneAfterASeasonIsItsMiddleSaidBack() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her happy valentines").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "she did, in the summer. i want her back").answer(Key.BREAKUP_DATE, "july")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("> july\nJuly, about the middle: Wednesday 15 July 2026.");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void theGoalInAClauseOfItsOwnAfterWhoEndedItIsRead() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her happy valentines").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "mutual, in the summer. friends i guess").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Read as: we decided together; you want to be friends.",
                "When it ended: in the summer.");
        assertThat(s.goal()).isEqualTo(Goal.FRIENDS);
        assertThat(times(script, Key.GOAL)).isZero();
    }

    @Test
    void aDayOfTheMonthAfterRoughlyWhichDayIsSaidBack() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her happy valentines").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "she dumped me last month. i want her back")
                .answer(Key.BREAKUP_DATE, "idk like the 10th").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Roughly which day in February?", "> idk like the 10th\nThe 10th: Wednesday 10 February.");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 2, 10));
    }
}
