package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Situation;

/**
 * Long answers are read as short ones are, the day among their words found (tour15a F8.1: one sentence typed at
 * "Who ended it, when, and what do you want now?" took seconds, and looked hung). How long they take is timed as a
 * whole process by src/bench/long-answers.sh, never here.
 */
class DayAmongWordsTest {
    private static final LocalDate TODAY = InterviewTest.TODAY;
    private static final String SENTENCE = "He left for someone from his office. I want to move on, and for this to be civil.";
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();

    /** A birthday text, holding no contact for two weeks: who ended it, when and the goal asked as one. */
    private static ByQuestion birthdayText(String whoWhenAndGoal) {
        return ByQuestion.script().answer(Key.ACTION, "text him happy birthday").answer(Key.INITIATED_BY, whoWhenAndGoal)
                .answer(Key.BREAKUP_DATE, "2 months ago").answer(Key.GOAL, "to get back together").answer(Key.BOUNDARIES, "no")
                .answer(Key.EX_CONTACT_RECENT, "no").answer(Key.NO_CONTACT_STARTED, "since 2 weeks ago")
                .answer(Key.UNANSWERED_MESSAGES, "0").enterForTheRest();
    }

    @Test
    void aSentenceSayingWhoEndedItAndTheGoalIsReadAsAShortAnswerIs() {
        ByQuestion console = birthdayText(SENTENCE);
        Situation s = new Interview(builtIn.standard(), TODAY, console).run()
                .orElseThrow(() -> new AssertionError(console.shown()));
        assertThat(console.shown()).contains("Who ended it, when, and what do you want now?",
                "Read as: they did; you want to move on.");
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.THEM);
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
        assertThat(console.asked()).doesNotContain(Key.GOAL);
    }

    @Test
    void aDayAtTheEndOfAThreeHundredCharacterAnswerIsAskedBackWithIt() {
        String answer = "he left for someone from his office, after twenty years together, i found out from a friend and not "
                + "from him, we have two kids but they are grown up, i want to move on, and for this to be civil, we still have "
                + "to sell the house, and sort out the money, i just want it to be fair to both of us, he told me 2 weeks ago";
        assertThat(answer).hasSizeGreaterThan(300);
        DateAnswers.Reading reading = DateAnswers.read(answer, TODAY);
        assertThat(reading.date()).isEmpty();
        assertThat(reading.question()).hasValue("Did you mean 2 weeks ago, " + DateAnswers.longDate(TODAY.minusWeeks(2), TODAY)
                + "? Type yes, or give the day another way.");
        assertThat(reading.suggestion()).hasValue(TODAY.minusWeeks(2).toString());
    }

    @Test
    void aDayAtTheEndOfTwoThousandPastedCharactersIsAskedBackWithIt() {
        String over = "i keep going over it in my head, what i said and what he said, and whether i could have done something "
                + "different, ";
        String answer = over.repeat(20).substring(0, 1950) + "he moved out on the 14th of february";
        DateAnswers.Reading reading = DateAnswers.read(answer, TODAY);
        assertThat(reading.question()).hasValue("Did you mean the 14th of february, "
                + DateAnswers.longDate(LocalDate.of(2027, 2, 14), TODAY) + "? Type yes, or give the day another way.");
    }

    @Test
    void aPastedDraftOfTwoThousandCharactersIsKeptWholeAndChecked() {
        String line = "The estate agent called on Tuesday about the house, and says the market is slow until the spring, "
                + "maybe March or April, so I would like us to agree on a price by the end of next month. ";
        String draft = line.repeat(11).substring(0, 2000).trim();
        Situation s = new Interview(builtIn.standard(), TODAY, DraftQuestionTest.logistics(draft, "")).run().orElseThrow();
        assertThat(s.plan().message()).hasValue(draft);
        Recommendation r = builtIn.standard().advise(s);
        assertThat(r.verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(r.draft()).isPresent();
    }

    @Test
    void aDayReadAgainOnAnotherDayIsReadForThatDay() {
        assertThat(DateAnswers.read("she texted me yesterday, idk", TODAY).suggestion()).hasValue(TODAY.minusDays(1).toString());
        LocalDate tomorrow = TODAY.plusDays(1);
        assertThat(DateAnswers.read("she texted me yesterday, idk", tomorrow).suggestion()).hasValue(TODAY.toString());
        assertThat(DateAnswers.read("she texted me yesterday, idk", TODAY).suggestion()).hasValue(TODAY.minusDays(1).toString());
    }
}
