package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping the answers in a file, driven in process by a scripted console. */
class SaveDialogueTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    @TempDir
    Path temp;

    /** The outcome of the full interview of InterviewTest. */
    Interview.Outcome finished() {
        ByQuestion console = InterviewTest.full();
        return new Interview(builtIn.standard(), InterviewTest.TODAY, console).talk(Remembered.none())
                .outcome().orElseThrow();
    }

    Interview.Outcome safetyStop() {
        ScriptedConsole console = new ScriptedConsole("no", "yes");
        return new Interview(builtIn.standard(), InterviewTest.TODAY, console).talk(Remembered.none())
                .outcome().orElseThrow();
    }

    @Test
    void aFileNamedIsWrittenForTheOwnerOnlyWithTheAnswersGiven() throws Exception {
        Path file = temp.resolve("mine.json");
        ScriptedConsole console = new ScriptedConsole(file.toString());
        Interview.Outcome outcome = finished();
        new SaveDialogue(console, Optional.empty(), false).offer(outcome);
        assertThat(Files.readString(file)).isEqualTo(outcome.file().orElseThrow());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(console.shown()).contains("Saved to " + file + " (only you can read it).",
                "'nocontact check " + file + "' gives this verdict again.");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenThePersonSaysYes() throws Exception {
        Path file = temp.resolve("old.json");
        Files.writeString(file, "keep me");
        ScriptedConsole declined = new ScriptedConsole(file.toString(), "no", "cancel");
        new SaveDialogue(declined, Optional.empty(), false).offer(finished());
        assertThat(declined.shown()).contains(file + " exists already. Replace it? (yes or no) [no] > ",
                "I'll leave it as it is. Type another file name, or cancel.", "Not saved.");
        assertThat(Files.readString(file)).isEqualTo("keep me");

        ScriptedConsole agreed = new ScriptedConsole(file.toString(), "yes");
        new SaveDialogue(agreed, Optional.empty(), false).offer(finished());
        assertThat(Files.readString(file)).isEqualTo(finished().file().orElseThrow());
    }

    @Test
    void aPlaceThatCannotBeWrittenIsSaidAndAnotherNameAskedFor() throws Exception {
        ScriptedConsole console = new ScriptedConsole(temp.toString(), temp.resolve("missing/x.json").toString(),
                temp.resolve("x.json").toString());
        new SaveDialogue(console, Optional.empty(), false).offer(finished());
        assertThat(console.shown()).contains("I can't save there: " + temp + " is a folder; give a file name in it",
                "I can't save there: the folder " + temp.resolve("missing") + " does not exist. Type another file name, "
                        + "or cancel.");
        assertThat(temp.resolve("x.json")).exists();
    }

    @Test
    void cancelOrLeavingSavesNothing() throws Exception {
        for (ScriptedConsole console : new ScriptedConsole[] {new ScriptedConsole("cancel"), new ScriptedConsole()}) {
            new SaveDialogue(console, Optional.empty(), false).offer(finished());
            assertThat(console.shown()).endsWith("Not saved.\n");
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void afterASafetyStopNothingIsKeptAndTheReasonIsSaidKindly() throws Exception {
        Path file = temp.resolve("mine.json");
        ScriptedConsole console = new ScriptedConsole(file.toString());
        SaveDialogue saving = new SaveDialogue(console, Optional.of(file), false);
        saving.afterVerdict(safetyStop());
        saving.offer(safetyStop());
        assertThat(console.shown()).isEqualTo(SaveDialogue.NOT_SAVED_FOR_SAFETY + "\n" + SaveDialogue.NOT_SAVED_FOR_SAFETY + "\n");
        assertThat(file).doesNotExist();
        assertThat(saving.worthOffering(safetyStop())).isFalse();
    }

    @Test
    void theSaveFileIsWrittenAfterEveryVerdictAndSavingIsNotOfferedAgain() throws Exception {
        Path file = temp.resolve("kept.json");
        ScriptedConsole console = new ScriptedConsole();
        SaveDialogue saving = new SaveDialogue(console, Optional.of(file), false);
        saving.confirmReplacing();
        assertThat(console.prompts()).as("nothing to ask: the file does not exist").isEmpty();
        Interview.Outcome outcome = finished();
        saving.afterVerdict(outcome);
        assertThat(Files.readString(file)).isEqualTo(outcome.file().orElseThrow());
        assertThat(saving.worthOffering(outcome)).isFalse();
        saving.afterVerdict(outcome);
        assertThat(saving.notSaved()).as("replacing its own file of this session").isEmpty();
    }

    @Test
    void anExistingSaveFileIsReplacedOnlyWhenThePersonSaysSo() throws Exception {
        Path file = temp.resolve("old.json");
        Files.writeString(file, "keep me");
        ScriptedConsole declined = new ScriptedConsole("no");
        SaveDialogue kept = new SaveDialogue(declined, Optional.of(file), false);
        kept.confirmReplacing();
        kept.afterVerdict(finished());
        assertThat(declined.shown()).contains(file + " exists already. Replace it with this conversation? (yes or no) [no] > ",
                "I'll leave it as it is. You can save under another name at the end.");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        assertThat(kept.worthOffering(finished())).as("saving is offered at the end instead").isTrue();

        ScriptedConsole agreed = new ScriptedConsole("yes");
        SaveDialogue replaced = new SaveDialogue(agreed, Optional.of(file), false);
        replaced.confirmReplacing();
        replaced.afterVerdict(finished());
        assertThat(Files.readString(file)).isEqualTo(finished().file().orElseThrow());

        Files.writeString(file, "keep me");
        ScriptedConsole forced = new ScriptedConsole();
        SaveDialogue withForce = new SaveDialogue(forced, Optional.of(file), true);
        withForce.confirmReplacing();
        withForce.afterVerdict(finished());
        assertThat(forced.prompts()).as("--force asks nothing").isEmpty();
        assertThat(Files.readString(file)).isEqualTo(finished().file().orElseThrow());
    }

    @Test
    void aFailedWriteIsSaidRememberedForTheEndAndNotTriedAgain() throws Exception {
        Path file = temp.resolve("late.json");
        ScriptedConsole console = new ScriptedConsole();
        SaveDialogue saving = new SaveDialogue(console, Optional.of(file), false);
        saving.confirmReplacing();
        Files.writeString(file, "appeared meanwhile");
        saving.afterVerdict(finished());
        assertThat(console.shown()).contains("I couldn't save to " + file
                + " (a file of that name appeared meanwhile, so it was left alone).");
        assertThat(saving.notSaved()).contains("nocontact: your answers were not saved to " + file
                + "; the verdict above still holds.");
        assertThat(Files.readString(file)).isEqualTo("appeared meanwhile");
        assertThat(saving.worthOffering(finished())).as("offered at the end instead").isTrue();

        ScriptedConsole later = new ScriptedConsole(temp.resolve("other.json").toString());
        SaveDialogue again = new SaveDialogue(later, Optional.of(file), false);
        again.confirmReplacing();
        Files.delete(file);
        Files.writeString(file, "appeared meanwhile");
        again.afterVerdict(finished());
        again.offer(finished());
        assertThat(again.notSaved()).as("a save that works makes good a failed one").isEmpty();
    }

    @Test
    void ctrlCSaysWhereTheAnswersSavedBeforeAre() {
        Path file = temp.resolve("mine.json");
        SaveDialogue saving = new SaveDialogue(new ScriptedConsole(file.toString()), Optional.empty(), false);
        assertThat(saving.stopped()).isEqualTo("nocontact: stopped. Nothing was saved.");
        saving.offer(finished());
        assertThat(saving.stopped()).isEqualTo("nocontact: stopped. Your answers saved before are in " + file + ".");
    }
}
