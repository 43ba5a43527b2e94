package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/** Answers given before come back as defaults: after back, when changing one answer, and from a saved file. */
class RememberedAnswersTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    private ByQuestion console = ByQuestion.script();

    Interview interview(ByQuestion script) {
        return interview(script, InterviewTest.TODAY);
    }

    Interview interview(ByQuestion script, LocalDate today) {
        console = script;
        return new Interview(builtIn.standard(), today, script);
    }

    String said() {
        return console.shown();
    }

    @Test
    void backKeepsTheAnswersAfterTheOneYouGoBackToAsDefaults() {
        // back at the list of where things stand, then back at the plan: each earlier answer comes back as the default
        ByQuestion answers = ByQuestion.script().answer(Key.INITIATED_BY, "they did").answer(Key.BREAKUP_DATE, "3 weeks ago")
                .answer(Key.GOAL, "move on").answer(Key.ACTION, "call them", "1")
                .answer(Key.STANDING, "back", "none").answer(Key.PURPOSE, "2").answer(Key.OCCASION, "1")
                .answer(Key.UNANSWERED_MESSAGES, "0").enterForTheRest();
        Situation s = interview(answers).run().orElseThrow();
        assertThat(said()).contains("[call them] > 1");
        assertThat(s.plan().action()).isEqualTo(org.nocontact.situation.Action.TEXT);
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
    }

    @Test
    void aRememberedAnswerThatNoLongerFitsIsExplainedNotTaken() {
        // No contact since 2 weeks ago; then the breakup moves to yesterday: the old start is before it.
        ByQuestion answers = InterviewTest.full().answer(Key.BREAKUP_DATE, "3 weeks ago", "yesterday")
                .answer(Key.NO_CONTACT_SINCE, "2 weeks ago", "", "today");
        Interview interview = interview(answers);
        Interview.Outcome first = interview.talk(Remembered.none()).outcome().orElseThrow();
        Situation s = interview.change(first, Key.BREAKUP_DATE).outcome().orElseThrow().situation();
        assertThat(said()).contains("is before the breakup (Tuesday 9 March)");
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(InterviewTest.TODAY);
    }

    @Test
    void changingOneAnswerAsksOnlyThatAndWhatItNewlyNeeds() {
        // Someone who ended it is newly asked whether they already told them: "you ended it" reads it.
        Interview interview = interview(InterviewTest.full().answer(Key.INITIATED_BY, "they did", "I did")
                .answer(Key.FEELINGS_EXPRESSED, "no"));
        Interview.Outcome first = interview.talk(Remembered.none()).outcome().orElseThrow();
        assertThat(first.asked()).startsWith(Key.SELF_HARM).contains(Key.INITIATED_BY, Key.GOAL);
        int before = said().length();
        Interview.Outcome changed = interview.change(first, Key.INITIATED_BY).outcome().orElseThrow();
        String again = said().substring(before);
        // asked with the goal: changing it asks both again as one, every part given as the default
        assertThat(again).contains("Who ended it, when, and what do you want now?", "[they did, ",
                ", to get back together] > ").doesNotContain("When did it end?", "Are you having any thoughts");
        assertThat(changed.situation().breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
        assertThat(changed.situation().breakup().date()).isEqualTo(first.situation().breakup().date());
        assertThat(changed.situation().goal()).isEqualTo(first.situation().goal());
    }

    @Test
    void theAnswersToChooseFromAreTheOnesGivenWithWhatWasSaid() {
        Interview interview = interview(InterviewTest.full().then("nine", "99", "6"));
        Interview.Outcome first = interview.talk(Remembered.none()).outcome().orElseThrow();
        Optional<Key<?>> chosen = interview.chooseAnswerToChange(first);
        assertThat(said()).contains("Which answer would you like to change?",
                "6) Who ended it, when, and what do you want now? [they did, to get back together]",
                "Please type a number from 1 to ");
        assertThat(chosen).as("numbered in the order of the question list: the safety questions, then who ended it")
                .contains(Key.INITIATED_BY);
    }

    @Test
    void aDraftOfTwoLinesIsListedForChangeWithItsSecondLineUnderTheQuestion() {
        Interview interview = interview(InterviewTest.full().answer(Key.MESSAGE, "Happy birthday\nI hope it is a good one")
                .then(""));
        Interview.Outcome first = interview.talk(Remembered.none()).outcome().orElseThrow();
        interview.chooseAnswerToChange(first);
        String list = said().substring(said().lastIndexOf("Which answer would you like to change?"));
        assertThat(list).contains("Happy birthday\n      I hope it is a good one")
                .doesNotContain("\nI hope it is a good one");
    }

    /** Tour12 F3: a saved gift for their birthday is offered whole, so `--from` asks no more than the run that saved it. */
    @Test
    void aSavedPlanIsOfferedWithItsPurposeAndDaySoNeitherIsAskedAgain() throws Exception {
        Situation saved = new SituationReader(InterviewTest.TODAY).read(("{\"today\": \"2027-03-10\", \"breakup\": "
                + "{\"date\": \"2027-01-10\", \"initiatedBy\": \"them\"}, \"goal\": \"friends\", \"plan\": {\"action\": "
                + "\"gift\", \"purpose\": \"greeting\", \"occasion\": \"birthday\"}}").getBytes(), "gift.json");
        Situation again = interview(ByQuestion.script().enterForTheRest()).talk(Remembered.from(saved)).outcome()
                .orElseThrow().situation();
        assertThat(said()).contains("[send a gift or flowers, a greeting, for their birthday] > ");
        assertThat(console.asked()).doesNotContain(Key.PURPOSE, Key.OCCASION);
        assertThat(again.plan()).isEqualTo(saved.plan());
    }

    @Test
    void aSavedSituationOffersEachAnswerAsTheDefault() throws Exception {
        Situation saved = new SituationReader(InterviewTest.TODAY).read(
                Files.readAllBytes(Path.of("docs/examples/valentines-text.json")), "valentines-text.json");
        Interview interview = interview(ByQuestion.script().enterForTheRest(), LocalDate.of(2027, 2, 10));
        Situation again = interview.talk(Remembered.from(saved)).outcome().orElseThrow().situation();
        // who ended it, when and the goal, asked as one: one default with every part
        // the plan with its purpose and day, as the file says them: Enter keeps all three, none is asked again alone
        assertThat(said()).contains("[they did, Wednesday 20 January 2027, to get back together] > ",
                "[send a text, a greeting, for Valentine's Day] > ");
        assertThat(console.asked()).doesNotContain(Key.PURPOSE, Key.OCCASION);
        assertThat(again.breakup().date()).isEqualTo(saved.breakup().date());
        assertThat(again.breakup().initiatedBy()).isEqualTo(saved.breakup().initiatedBy());
        assertThat(again.goal()).isEqualTo(saved.goal());
        assertThat(again.plan().action()).isEqualTo(saved.plan().action());
        assertThat(again.plan().purpose()).isEqualTo(saved.plan().purpose());
        assertThat(again.today()).as("today is the real today, not the file's").isEqualTo(LocalDate.of(2027, 2, 10));
    }

    @Test
    void everyAnswerASituationHoldsIsShownInWordsTheQuestionAccepts() throws Exception {
        Situation saved = new SituationReader(InterviewTest.TODAY).read(
                Files.readAllBytes(Path.of("docs/examples/valentines-text.json")), "valentines-text.json");
        Remembered remembered = Remembered.from(saved);
        AnswerReader reader = new AnswerReader(InterviewTest.TODAY);
        Answers values = Answers.of(saved);
        for (Question<?> question : Questions.all()) {
            remembered.answer(question.key()).ifPresent(shown ->
                    assertThat(reader.parse(question, shown, Answers.none()).value()).as(question.key().toString())
                            .isEqualTo(values.get(question.key())));
        }
        assertThat(remembered.asMap()).containsEntry(Key.TIES, "belongings").containsEntry(Key.OCCASION, "Valentine's Day")
                .containsEntry(Key.ANGER, "2").containsEntry(Key.EX_CONTACT_RECENT, "yes, something personal");
    }
}
