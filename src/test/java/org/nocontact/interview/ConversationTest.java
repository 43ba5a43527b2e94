package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.situation.InitiatedBy;

/** A whole ask, from the first question to finishing or leaving, driven in process by a scripted console. */
class ConversationTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    final List<Interview.Outcome> verdicts = new ArrayList<>();
    final StringWriter out = new StringWriter();

    @TempDir
    Path temp;

    Conversation.Result talk(Console console, Optional<Path> save) {
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, console);
        SaveDialogue saving = new SaveDialogue(console, save, false);
        return new Conversation(interview, console, saving, new AfterVerdict(console, new PrintWriter(out), saving))
                .run(Remembered.none(), outcome -> {
                    verdicts.add(outcome);
                    return new AfterVerdict.Views("\nverdict " + verdicts.size() + "\n", () -> "", () -> "", () -> "");
                });
    }

    @Test
    void finishingAtMoreEndsItWithOneVerdict() {
        ByQuestion console = InterviewTest.full().then("");
        Conversation.Result result = talk(console, Optional.empty());
        assertThat(result).isEqualTo(new Conversation.Result(Conversation.End.FINISHED, false, org.nocontact.situation.Situation.Safety.NONE));
        assertThat(verdicts).hasSize(1);
        assertThat(console.unread()).isZero();
    }

    @Test
    void changingAnAnswerAsksOnlyThatAndGivesANewVerdict() {
        ByQuestion console = InterviewTest.full().answer(Key.INITIATED_BY, "they did", "I did")
                .answer(Key.FEELINGS_EXPRESSED, "no").then("change", "6", ""); // 6: who ended it, first after the five safety questions in the change list
        Conversation.Result result = talk(console, Optional.empty());
        assertThat(result.end()).isEqualTo(Conversation.End.FINISHED);
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(1).situation().breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
        assertThat(verdicts.get(1).situation().breakup().date()).isEqualTo(verdicts.get(0).situation().breakup().date());
        String shown = console.shown();
        String again = shown.substring(shown.indexOf("(the number of the answer; Enter to keep them all)\n> 6\n"));
        assertThat(again).contains("[they did, ", ", to get back together] > ") // asked with the goal: both again, as one
                .doesNotContain("When did it end?", "Are you having any thoughts");
        assertThat(console.prompts()).filteredOn(p -> p.contains("More?")).last().asString().startsWith("\nverdict 2\n");
    }

    @Test
    void changingWhatTheMessageIsForAsksForTheDraftAgainWithTheOneGivenAsTheDefault() {
        String draft = "can u pick up the kids at 5 on fri instead of 4?";
        ByQuestion console = InterviewTest.full().answer(Key.PURPOSE, "2", "1").answer(Key.MESSAGE, draft, "", "");
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, console);
        Interview.Outcome first = interview.talk(Remembered.none()).outcome().orElseThrow();
        Interview.Outcome changed = interview.change(first, Key.PURPOSE).outcome().orElseThrow();
        assertThat(changed.situation().plan().purpose()).isNotEqualTo(first.situation().plan().purpose());
        assertThat(console.shown()).as("the draft shown again under its question, Enter keeping it")
                .contains("(Enter keeps the draft you gave before)");
        assertThat(changed.situation().plan().message()).contains(draft);
        int draftsAsked = console.shown().split("Enter keeps the draft you gave before", -1).length - 1;
        interview.change(changed, Key.INITIATED_BY);
        assertThat(console.shown().split("Enter keeps the draft you gave before", -1).length - 1)
                .as("who ended it has nothing to do with the draft: not asked again").isEqualTo(draftsAsked);
    }

    /** Issue 21: at the draft asked again after a change, back goes to the question shown before it. */
    @Test
    void backAtTheDraftAskedAgainAfterAChangeGoesToTheQuestionShownBeforeIt() {
        String draft = "can u pick up the kids at 5 on fri instead of 4?";
        ByQuestion console = InterviewTest.full().answer(Key.PURPOSE, "2", "1", "").answer(Key.TIES, "none", "none", "none")
                .answer(Key.MESSAGE, draft, "", "back", "");
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, console);
        Interview.Outcome first = interview.talk(Remembered.none()).outcome().orElseThrow();
        int before = console.asked().size();
        Interview.Outcome changed = interview.change(first, Key.PURPOSE).outcome()
                .orElseThrow(() -> new AssertionError(console.shown()));
        List<Key<?>> asked = console.asked().subList(before, console.asked().size());
        int n = asked.size();
        assertThat(asked).as("the draft, back: the question shown before it, then the draft again").startsWith(Key.PURPOSE)
                .endsWith(asked.get(n - 4), Key.MESSAGE, asked.get(n - 4), Key.MESSAGE);
        assertThat(asked.get(n - 4)).isNotEqualTo(Key.MESSAGE);
        assertThat(changed.situation().plan().message()).contains(draft);
        assertThat(console.shown()).doesNotContain("This is the first question");
    }

    /** Issue 21: a draft kept from before is only replaced by a new draft, never by a word about it. */
    @Test
    void idkAtAKeptDraftIsAskedBackAndTheDraftKept() {
        String draft = "can u pick up the kids at 5 on fri instead of 4?";
        ByQuestion console = InterviewTest.full().answer(Key.PURPOSE, "2", "1").answer(Key.MESSAGE, draft, "", "idk", "");
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, console);
        Interview.Outcome first = interview.talk(Remembered.none()).outcome().orElseThrow();
        Interview.Outcome changed = interview.change(first, Key.PURPOSE).outcome()
                .orElseThrow(() -> new AssertionError(console.shown()));
        assertThat(changed.situation().plan().message()).contains(draft);
        String afterIdk = console.shown().substring(console.shown().lastIndexOf("idk"));
        assertThat(afterIdk).contains("Press Enter to keep it, type no if there is none now, or paste the new draft");
    }

    @Test
    void startingOverAsksEverythingAgainWithNoDefaults() {
        ByQuestion console = InterviewTest.full().answer(Key.SELF_HARM, "no", "yes").then("start over", "");
        Conversation.Result result = talk(console, Optional.empty());
        assertThat(result.end()).isEqualTo(Conversation.End.FINISHED);
        assertThat(verdicts).hasSize(2);
        assertThat(verdicts.get(1).safetyStop()).isTrue();
        assertThat(console.shown()).contains("start over\n\n" + Interview.INTRO);
    }

    @Test
    void leavingBeforeAnyVerdictSaysWhetherItWasAtASafetyQuestion() {
        Conversation.Result atSafety = talk(new ScriptedConsole("no", "no"), Optional.empty());
        assertThat(atSafety).isEqualTo(new Conversation.Result(Conversation.End.LEFT_BEFORE_A_VERDICT, true, org.nocontact.situation.Situation.Safety.NONE));
        Conversation.Result later = talk(new ScriptedConsole("no", "no", "no", "no", "no", "they did"), Optional.empty());
        assertThat(later).isEqualTo(new Conversation.Result(Conversation.End.LEFT_BEFORE_A_VERDICT, false, org.nocontact.situation.Situation.Safety.NONE));
        assertThat(verdicts).isEmpty();
    }

    @Test
    void leavingWhileChangingAnAnswerKeepsTheVerdictGiven() {
        ByQuestion console = InterviewTest.full().then("change", "6");
        Conversation.Result result = talk(console, Optional.empty());
        assertThat(result).isEqualTo(new Conversation.Result(Conversation.End.LEFT_AFTER_A_VERDICT, false, org.nocontact.situation.Situation.Safety.NONE));
        assertThat(verdicts).hasSize(1);
    }

    @Test
    void theSaveFileHoldsTheAnswersOfTheLastVerdict() throws Exception {
        Path file = temp.resolve("kept.json");
        ByQuestion console = InterviewTest.full().answer(Key.INITIATED_BY, "they did", "I did")
                .answer(Key.FEELINGS_EXPRESSED, "no").then("change", "6", ""); // 6: who ended it, first after the five safety questions in the change list
        Conversation.Result result = talk(console, Optional.of(file));
        assertThat(result.end()).isEqualTo(Conversation.End.FINISHED);
        assertThat(console.shown()).doesNotContain("couldn't save");
        assertThat(Files.readString(file)).isEqualTo(verdicts.get(1).file().orElseThrow()).contains("\"initiatedBy\": \"me\"");
    }
}
