package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Situation;

/**
 * Who ended it, when and the goal asked as one question where who ended it and the goal are both open and
 * both can change the advice ("Who ended it, when, and what do you want now?"): each part said is an answer,
 * said back; a part not said is asked back alone; saved, listed for change and replayed as one answer.
 */
class WhoAndGoalTest {
    private static final LocalDate TODAY = InterviewTest.TODAY;
    private static final String ASKED_AS_ONE = "Who ended it, when, and what do you want now?";
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    private ByQuestion console = ByQuestion.script();

    /** A birthday text, holding no contact for two weeks: who ended it and the goal both change the advice. */
    private static ByQuestion birthdayText(String whoWhenAndGoal) {
        return ByQuestion.script().answer(Key.ACTION, "text her happy birthday").answer(Key.INITIATED_BY, whoWhenAndGoal)
                .answer(Key.BREAKUP_DATE, "2 months ago").answer(Key.GOAL, "to move on").answer(Key.BOUNDARIES, "no")
                .answer(Key.EX_CONTACT_RECENT, "no").answer(Key.NO_CONTACT_STARTED, "since 2 weeks ago")
                .answer(Key.UNANSWERED_MESSAGES, "0").answer(Key.FEELINGS_EXPRESSED, "not sure").enterForTheRest();
    }

    private Interview interview(ByQuestion script) {
        console = script;
        return new Interview(builtIn.standard(), TODAY, script);
    }

    private Interview.Outcome talk(ByQuestion script) {
        return interview(script).talk(Remembered.none()).outcome().orElseThrow(() -> new AssertionError(console.shown()));
    }

    @Test
    void whoEndedItWhenAndTheGoalSaidInOneAnswerAreAllAnsweredAndNoneIsAskedAgain() {
        Situation s = talk(birthdayText("she dumped me 2 months ago, i want her back")).situation();
        assertThat(console.shown()).contains(ASKED_AS_ONE).doesNotContain("What do you want now?", "When did it end?");
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.THEM);
        assertThat(s.breakup().date()).isEqualTo(TODAY.minusMonths(2));
        assertThat(s.goal()).isEqualTo(Goal.RECONCILE);
        assertThat(console.asked()).doesNotContain(Key.GOAL, Key.BREAKUP_DATE);
    }

    /** Tour12 F14: a goal said as not wanted is never offered back as the default, where Enter would take it. */
    @ParameterizedTest
    @ValueSource(strings = {"she did 2 months ago, i dont want her back", "she did 2 months ago. i dont want to be friends with her",
            "she did 2 months ago, not getting back together lol"})
    void aGoalSaidAsNotWantedIsNeverOfferedAsTheDefault(String said) {
        talk(birthdayText(said));
        assertThat(console.asked()).contains(Key.GOAL);
        assertThat(console.shown()).doesNotContain("[to get back together]", "[to be friends]");
    }

    @Test
    void theAnswerIsSaidBackPlainlyWithTheDay() {
        talk(birthdayText("she dumped me 2 months ago, i want her back"));
        assertThat(console.shown()).contains("Read as: they did; you want to get back together.",
                "2 months ago: " + DateAnswers.longDate(TODAY.minusMonths(2), TODAY) + ".");
    }

    @Test
    void aGoalNotSaidIsAskedBackAloneWithoutADefaultThePersonNeverGave() {
        Situation s = talk(birthdayText("i ended it 2 months ago but i miss her")).situation();
        assertThat(console.asked()).containsSubsequence(Key.INITIATED_BY, Key.GOAL);
        assertThat(console.shown()).contains("What do you want now?").doesNotContain("[I'm not sure]");
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
    }

    @Test
    void aGoalDeniedIsNotTakenButAskedBackAlone() {
        Situation s = talk(birthdayText("i ended it 2 months ago, i dont want her back")).situation();
        assertThat(console.asked()).contains(Key.GOAL);
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
    }

    @Test
    void aDoubtSaidInThePlanIsNeverOfferedAsTheGoal() {
        ByQuestion script = birthdayText("she did, 2 months ago").answer(Key.ACTION, "idk maybe text her happy birthday");
        talk(script);
        assertThat(console.shown()).contains("What do you want now?").doesNotContain("[I'm not sure]");
    }

    @Test
    void theSavedFileHoldsEveryPartAndStartingFromItEnterKeepsThemAll() {
        Interview.Outcome first = talk(birthdayText("we both did 2 months ago, just want to be friends"));
        String file = first.file().orElseThrow();
        assertThat(file).contains("\"initiatedBy\": \"mutual\"", "\"date\": \"" + TODAY.minusMonths(2) + "\"",
                "\"goal\": \"friends\"");
        ByQuestion again = birthdayText("").answer(Key.GOAL).answer(Key.BREAKUP_DATE);
        console = again;
        Situation s = new Interview(builtIn.standard(), TODAY, again).talk(first.answers()).outcome().orElseThrow()
                .situation();
        assertThat(again.shown()).contains("[we decided together, " + DateAnswers.longDate(TODAY.minusMonths(2), TODAY));
        assertThat(again.asked()).doesNotContain(Key.GOAL, Key.BREAKUP_DATE);
        assertThat(s.goal()).isEqualTo(Goal.FRIENDS);
        assertThat(s.breakup().date()).isEqualTo(TODAY.minusMonths(2));
    }

    @Test
    void theChangeListShowsTheAnswerAsOneEntryUnderTheQuestionAsAsked() {
        ByQuestion script = birthdayText("she dumped me 2 months ago, i want her back").then("");
        Interview interview = interview(script);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome().orElseThrow();
        interview.chooseAnswerToChange(outcome);
        assertThat(script.shown()).contains(ASKED_AS_ONE + " [they did, ", ", to get back together]")
                .doesNotContain(") What do you want now?");
    }

    @Test
    void changingTheEntryAsksTheQuestionAsOneAgainWithEveryPartAsTheDefault() {
        ByQuestion script = birthdayText("she dumped me 2 months ago, i want her back");
        Interview interview = interview(script);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome().orElseThrow();
        ByQuestion change = birthdayText("she did, to move on");
        Situation s = new Interview(builtIn.standard(), TODAY, change).change(outcome, Key.INITIATED_BY).outcome()
                .orElseThrow().situation();
        assertThat(change.shown()).contains(ASKED_AS_ONE, ", to get back together] >");
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
        assertThat(s.breakup().date()).as("the day said before stands").isEqualTo(TODAY.minusMonths(2));
    }

    @Test
    void theReplayAnswersTheQuestionAsOneWithEveryPartTheFileHolds() {
        Situation file = talk(birthdayText("she dumped me 2 months ago, i want her back")).situation();
        StringWriter asked = new StringWriter();
        Situation replayed = Interview.replaying(builtIn.standard(), file, new PrintWriter(asked)).run().orElseThrow();
        assertThat(asked.toString()).contains("asked: breakup.initiatedBy").doesNotContain("asked: goal",
                "asked: breakup.date");
        assertThat(replayed.goal()).isEqualTo(Goal.RECONCILE);
    }

    /**
     * Session 12 (tour12 F10): the day of a clause of its own is said back ("i did, jan 20, ..."); a day after who ended
     * it in the same clause leaves who ended it readable ("me :( jan 20. ..."); a rough day of a clause of its own is
     * asked back at once when the day is asked alone ("Did you mean the end of October, ...?"; session 13, tour12b F4).
     */
    @Test
    void everyDaySaidInAClauseIsSaidBackOrOfferedWhenAskedAlone() {
        String jan20 = "Jan 20: " + DateAnswers.longDate(java.time.LocalDate.of(2027, 1, 20), TODAY) + ".";
        talk(birthdayText("i did, jan 20, i want her back"));
        assertThat(console.shown()).contains("Read as: I did; you want to get back together.", jan20);
        Situation s = talk(birthdayText("me :( jan 20. i think i messed up and want her back")).situation();
        assertThat(console.shown()).contains("Read as: I did; you want to get back together.", jan20);
        assertThat(s.breakup().date()).isEqualTo(java.time.LocalDate.of(2027, 1, 20));
        talk(birthdayText("mutual i guess, end of october. i'd like to stay friends eventually"));
        assertThat(console.shown()).contains("Did you mean the end of October, Saturday 31 October 2026?");
        assertThat(console.prompts()).noneSatisfy(prompt -> assertThat(prompt).endsWith("[end of october] > "));
    }
}
