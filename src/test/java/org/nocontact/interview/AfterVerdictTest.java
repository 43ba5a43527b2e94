package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "More?" after the verdict, driven in process by a scripted console. */
class AfterVerdictTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    final StringWriter out = new StringWriter();
    final AtomicInteger aheadWorkedOut = new AtomicInteger();
    final AfterVerdict.Views views = new AfterVerdict.Views("\nReach out. Briefly.\n", () -> "HOW IT WAS DECIDED\n",
            () -> "WHAT WOULD CHANGE IT\n", () -> {
                aheadWorkedOut.incrementAndGet();
                return "THE DAYS AHEAD\n";
            });

    @TempDir
    Path temp;

    record Run(ByQuestion console, Interview interview, Interview.Outcome outcome, AfterVerdict.Next next) {
    }

    Run more(Optional<Path> save, String... atMore) {
        ByQuestion console = InterviewTest.full().then(atMore); // the full interview, then these lines at "More?"
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, console);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome().orElseThrow();
        SaveDialogue saving = new SaveDialogue(console, save, false);
        AfterVerdict.Next next = new AfterVerdict(console, new PrintWriter(out), saving).ask(interview, outcome, views);
        return new Run(console, interview, outcome, next);
    }

    Run more(String... atMore) {
        return more(Optional.empty(), atMore);
    }

    @Test
    void enterFinishesWithTheVerdictInBriefJustAboveTheMenu() {
        Run run = more("");
        assertThat(run.next().finish()).isTrue();
        assertThat(run.console().prompts()).last().asString().startsWith("\nReach out. Briefly.\n")
                .endsWith("More? Type how, what if, ahead, change, start over or save. Press Enter to finish.\n> ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void leavingAtTheMenuFinishesToo() {
        assertThat(more().next().finish()).isTrue();
        assertThat(more("done").next().finish()).isTrue();
    }

    @Test
    void howWhatIfAndAheadAreShownOnTheOutputNotInTheConversation() {
        Run run = more("how", "what if", "ahead", "");
        assertThat(out.toString()).isEqualTo("HOW IT WAS DECIDED\nWHAT WOULD CHANGE IT\nTHE DAYS AHEAD\n");
        assertThat(run.console().shown()).doesNotContain("HOW IT WAS DECIDED", "THE DAYS AHEAD");
        assertThat(run.next().finish()).isTrue();
    }

    @Test
    void theDaysAheadAreWorkedOutOnlyWhenAskedFor() {
        more("how", "");
        assertThat(aheadWorkedOut).hasValue(0);
        more("ahead", "the days ahead", "");
        assertThat(aheadWorkedOut).hasValue(2);
    }

    @Test
    void changeAsksWhichAnswerAndGivesThatQuestion() {
        Run run = more("change", "8");
        assertThat(run.console().shown()).contains("Which answer would you like to change?",
                "8) What are you thinking of doing, and what is it for? ["); // 6: who ended it and the goal, one entry
        assertThat(run.next().questionToChange()).contains(Key.ACTION);
        assertThat(run.next().startOver()).isFalse();
    }

    @Test
    void changingNothingComesBackToTheMenu() {
        Run run = more("change", "", "");
        assertThat(run.next().finish()).isTrue();
        assertThat(run.console().prompts()).filteredOn(p -> p.contains("More?")).hasSize(2);
    }

    @Test
    void startOverIsChosenByItsWords() {
        for (String words : new String[] {"start over", "Start again", "restart", "over"}) {
            Run run = more(words);
            assertThat(run.next().startOver()).as(words).isTrue();
            assertThat(run.next().questionToChange()).isEmpty();
        }
    }

    @Test
    void anUnknownWordIsAnsweredWithWhatCanBeTypedAndTheVerdictIsNotRepeated() {
        Run run = more("what now", "");
        assertThat(run.console().shown()).contains("You can type how (why this verdict), what if (what would change it), "
                + "ahead (what the next " + org.nocontact.advice.Projection.DEFAULT_AHEAD + " days hold), change (to change an answer), start over, save (to keep your "
                + "answers), or press Enter to finish.");
        assertThat(run.console().prompts()).last().asString().doesNotContain("Reach out. Briefly.").contains("More?");
    }

    @Test
    void withSaveGivenSavingIsNotOfferedAgain() {
        Run run = more(Optional.of(temp.resolve("kept.json")), "what now", "");
        assertThat(run.console().prompts()).last().asString()
                .contains("More? Type how, what if, ahead, change or start over. Press Enter to finish.");
        assertThat(run.console().shown()).contains("change (to change an answer), start over, or press Enter to finish.")
                .doesNotContain("save (to keep your answers)");
    }

    @Test
    void saveAsksForAFileAndWritesTheAnswersThere() throws Exception {
        Path file = temp.resolve("mine.json");
        Run run = more("save", file.toString(), "");
        assertThat(run.console().shown()).contains("Save to which file? (Enter for my-situation.json, or cancel)",
                "Saved to " + file + " (only you can read it).");
        assertThat(Files.readString(file)).isEqualTo(run.outcome().file().orElseThrow());
        assertThat(run.next().finish()).isTrue();
    }

    @Test
    void afterASafetyStopSavingIsNeitherOfferedNorDone() {
        ScriptedConsole console = new ScriptedConsole("no", "yes", "save", "");
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, console);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome().orElseThrow();
        AfterVerdict.Next next = new AfterVerdict(console, new PrintWriter(out),
                new SaveDialogue(console, Optional.empty(), false)).ask(interview, outcome, views);
        assertThat(console.prompts()).filteredOn(p -> p.contains("More?")).first().asString()
                .contains("change or start over.");
        assertThat(console.shown()).contains(SaveDialogue.NOT_SAVED_FOR_SAFETY).doesNotContain("Save to which file?");
        assertThat(next.finish()).isTrue();
    }

    @Test
    void twoLinesPastedAtOnceAreBothTakenInTurn() {
        Run run = more("how\nwhat if", "");
        assertThat(out.toString()).isEqualTo("HOW IT WAS DECIDED\nWHAT WOULD CHANGE IT\n");
        assertThat(run.console().prompts()).filteredOn(p -> p.contains("More?")).hasSize(2);
        assertThat(run.next().finish()).isTrue();
    }

    @Test
    void aPastedMessageAtTheMenuGetsWhatCanBeTypedOnceThenTheLinesAfterItStillCount() {
        Run run = more("hey\ncan i get my hoodie back\nahead", "");
        assertThat(run.console().shown().split("You can type how", -1)).hasSize(2);
        assertThat(out.toString()).isEqualTo("THE DAYS AHEAD\n");
        assertThat(run.next().finish()).isTrue();
    }
}
