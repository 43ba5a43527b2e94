package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.base;
import static org.nocontact.TestSituations.set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.TestSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.situation.Situation;

class ReplayTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    final StringWriter log = new StringWriter();

    Interview.Outcome replay(Advisor advisor, ObjectNode file) {
        return Interview.replaying(advisor, TestSituations.read(file), new PrintWriter(log)).talk(Remembered.none()).outcome().orElseThrow();
    }

    List<String> asked() {
        return Arrays.stream(log.toString().split("\n")).filter(line -> !line.isEmpty()).toList();
    }

    static JsonNode saved(Interview.Outcome said) throws Exception {
        return TestSituations.JSON.readTree(said.file().orElseThrow());
    }

    @Test
    void namesEachFieldAsItIsAskedSafetyFirst() {
        replay(builtIn.standard(), base());
        assertThat(asked()).startsWith("asked: safety.selfHarm", "asked: safety.unsafe", "asked: safety.threatened",
                "asked: safety.protectionOrder", "asked: safety.urgeToMonitor", "asked: plan.action");
        // the day, the goal and what the plan is for are said with their questions asked as one ("Who ended it, when,
        // and what do you want now?", "What are you thinking of doing, and what is it for?"), as a person answering
        // them as worded would
        assertThat(asked()).allMatch(line -> line.startsWith("asked: "))
                .contains("asked: breakup.initiatedBy", "asked: plan.action")
                .doesNotContain("asked: breakup.date", "asked: goal", "asked: plan.purpose");
    }

    @Test
    void answersTruthfullySoTheVerdictIsTheFilesOwn() {
        ObjectNode file = TestSituations.ready(TestSituations.period(base(), "2027-02-02", 30));
        Interview.Outcome said = replay(builtIn.standard(), file);
        Situation original = TestSituations.read(file);
        assertThat(builtIn.standard().advise(said.situation()).verdict())
                .isEqualTo(builtIn.standard().advise(original).verdict());
        assertThat(said.situation().noContact()).isEqualTo(original.noContact());
        assertThat(said.situation().emotions()).isEqualTo(original.emotions());
    }

    @Test
    void fieldsTheInterviewDoesNotAskAreIgnored() throws Exception {
        ObjectNode file = set(base(), "plan.message", "I miss you");
        set(file, "plan.action", "gift");
        set(file, "emotions.anger", 9);
        JsonNode saved = saved(replay(builtIn.standard(), file));
        assertThat(saved.at("/plan/message").isMissingNode()).isTrue();
        assertThat(saved.has("emotions")).as("a gift is never sent, so feelings were not asked").isFalse();
        assertThat(asked()).doesNotContain("asked: emotions.anger");
    }

    @Test
    void theSavedFileHoldsOnlyWhatWasAsked() throws Exception {
        ObjectNode file = set(base(), "plan.action", "gift");
        JsonNode saved = saved(replay(builtIn.standard(), file));
        List<String> askedFields = new java.util.ArrayList<>(asked().stream().map(line -> line.substring("asked: ".length()))
                .toList());
        if (askedFields.contains("breakup.initiatedBy")) {
            askedFields.add("goal"); // said with who ended it, asked as one
        }
        saved.fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals("today")) {
                assertThat(askedFields).as("saved but never asked").anyMatch(f -> f.startsWith(entry.getKey())
                        || f.equals("standing") && Standing.KEYS.stream().anyMatch(k -> k.field().startsWith(entry.getKey())));
            }
        });
        if (!askedFields.contains("standing")) { // unanswered messages, a line of the list, are saved where it lists them
            assertThat(saved.has("history")).isFalse();
        }
        assertThat(saved.get("safety").size()).isEqualTo(5);
    }

    @Test
    void afterASafetyStopOnlyTheSafetyQuestionsWereAskedAndNothingIsKept() {
        Interview.Outcome said = replay(builtIn.standard(), set(base(), "safety.threatened", true));
        assertThat(asked()).containsExactly("asked: safety.selfHarm", "asked: safety.unsafe", "asked: safety.threatened");
        assertThat(said.safetyStop()).isTrue();
        assertThat(said.file()).isEmpty();
        assertThat(builtIn.standard().advise(said.situation()).verdict().name()).isEqualTo("SEEK_SUPPORT");
    }

    @Test
    void aFileWithoutTheOptionalFieldsGetsTheNotSureAnswers() throws Exception {
        ObjectNode file = base();
        file.remove("breakup");
        set(file, "breakup.date", "2027-02-01");
        set(file, "breakup.initiatedBy", "them");
        set(file, "plan.purpose", "feelings");
        Interview.Outcome said = replay(builtIn.standard(), file);
        assertThat(said.situation().breakup().feelingsExpressed()).isEmpty();
        assertThat(said.situation().emotions()).isEqualTo(Situation.Emotions.UNKNOWN);
        assertThat(saved(said).at("/breakup/feelingsExpressed").isMissingNode()).isTrue();
    }

    @Test
    void everyAnswerASituationHoldsBelongsToAQuestionNamedByItsField() {
        Situation s = TestSituations.read(TestSituations.exWrote(TestSituations.ready(
                TestSituations.period(base(), "2027-02-02", 30)), "personal"));
        List<Key<?>> keys = Questions.all().stream().<Key<?>>map(Question::key).toList();
        assertThat(keys).containsAll(Answers.of(s).keys());
        for (Key<?> key : keys) {
            assertThat(key.field()).as(key.toString()).matches("[a-zA-Z]+(\\.[a-zA-Z]+)?");
        }
    }
}
