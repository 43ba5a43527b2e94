package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
    final StringWriter transcript = new StringWriter();

    Interview interview(String answers) {
        return interview(answers, InterviewTest.TODAY);
    }

    Interview interview(String answers, LocalDate today) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        return new Interview(InterviewTest.STANDARD, today, console);
    }

    String said() {
        return transcript.toString();
    }

    @Test
    void backKeepsTheAnswersAfterTheOneYouGoBackToAsDefaults() {
        String answers = InterviewTest.SAFE + "they did\n3 weeks ago\nmove on\nback\nback\nback\n"
                + "I did\n\n\n" + "1\n2\nn\nn\n1\n0\n";
        Situation s = interview(answers).run().orElseThrow();
        assertThat(said()).contains("[2027-02-17] > ", "[to move on] > ");
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 2, 17));
        assertThat(s.goal()).isEqualTo(Goal.MOVE_ON);
    }

    @Test
    void aRememberedAnswerThatNoLongerFitsIsExplainedNotTaken() {
        // No contact since 2 weeks ago; then the breakup moves to yesterday: the old start is before it.
        String answers = InterviewTest.SAFE + "1\n3 weeks ago\n1\ntext\n2\nn\nn\n1\nyes\n2 weeks ago\n"
                + "back\n".repeat(9) + "yesterday\n" + "\n".repeat(7) + "\ntoday\n30\n1\n2\n3\n7\n";
        Situation s = interview(answers).run().orElseThrow();
        assertThat(said()).contains("is before the breakup (Tuesday 9 March)");
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(InterviewTest.TODAY);
    }

    @Test
    void changingOneAnswerAsksOnlyThatAndWhatItNewlyNeeds() {
        // Someone who ended it is newly asked whether they already told them: "you ended it" reads it.
        Interview interview = interview(InterviewTest.FULL + "2\nI did\nno\n");
        Interview.Outcome first = interview.talk(Remembered.none()).outcome().orElseThrow();
        assertThat(first.asked()).startsWith(Key.SELF_HARM).contains(Key.INITIATED_BY, Key.GOAL);
        int before = said().length();
        Interview.Outcome changed = interview.change(first, Key.INITIATED_BY).outcome().orElseThrow();
        String again = said().substring(before);
        assertThat(again).contains("Who ended the relationship?", "[they did] > ")
                .doesNotContain("When did it end?", "Are you having any thoughts");
        assertThat(changed.situation().breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
        assertThat(changed.situation().breakup().date()).isEqualTo(first.situation().breakup().date());
        assertThat(changed.situation().goal()).isEqualTo(first.situation().goal());
    }

    @Test
    void theAnswersToChooseFromAreTheOnesGivenWithWhatWasSaid() {
        Interview interview = interview(InterviewTest.FULL + "nine\n99\n7\n");
        Interview.Outcome first = interview.talk(Remembered.none()).outcome().orElseThrow();
        Optional<Key<?>> chosen = interview.chooseAnswerToChange(first);
        assertThat(said()).contains("Which answer would you like to change?", "6) Who ended the relationship? [they did]",
                "Please type a number from 1 to " + first.asked().size() + " for the answer to change");
        assertThat(chosen).contains(first.asked().get(6));
    }

    @Test
    void aSavedSituationOffersEachAnswerAsTheDefault() throws Exception {
        Situation saved = new SituationReader(InterviewTest.TODAY).read(
                Files.readAllBytes(Path.of("docs/examples/valentines-text.json")), "valentines-text.json");
        Interview interview = interview("no\nno\nno\nno\nno\n" + "\n".repeat(30), LocalDate.of(2027, 2, 10));
        Situation again = interview.talk(Remembered.from(saved)).outcome().orElseThrow().situation();
        assertThat(said()).contains("[they did] > ", "[2027-01-20] > ", "[to get back together] > ", "[send a text] > ");
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
