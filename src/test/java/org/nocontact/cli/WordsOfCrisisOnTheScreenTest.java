package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.tracker.DataFolder;
import org.nocontact.tracker.Store;
import org.nocontact.tracker.Tracker;

/**
 * Words of suicide, self-harm or danger in a journal entry, a reply drafted for heard or the notes of an urge are
 * heard (tour15a FS.7): what was to be kept is kept, and the help that fits is shown, gently, with their question
 * answered in one line. A figure of speech ("this is killing me") is kept as usual, with no help box.
 */
class WordsOfCrisisOnTheScreenTest {
    @TempDir
    Path temp;
    String data;

    @BeforeEach
    void started() {
        data = temp.resolve("data").toString();
        assertThat(Cli.run("start", "--today", "2026-12-01", "--data", data).exitCode()).isZero();
    }

    private Cli.Result run(String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data", data))
                .toArray(String[]::new);
        return Cli.run(all);
    }

    @Test
    void aJournalEntryThatSaysTheyWantToDieIsKeptAndTheCrisisLineShown() {
        Cli.Result r = run("journal", "--today", "2026-12-02", "--country", "GB", "i miss her so much. i want to die");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out() + r.err()).contains("Kept in your journal.", "What you wrote worries me.", "Samaritans");
        assertThat(run("history", "--today", "2026-12-02").out()).contains("i want to die");
    }

    @Test
    void aJournalEntryThatSaysTheyWereHitShowsTheEmergencyAndAbuseLines() {
        Cli.Result r = run("journal", "--today", "2026-12-02", "--country", "GB", "last time he hit me");
        assertThat(r.out()).contains("If your ex has hurt you", "999", "National Domestic Abuse Helpline")
                .doesNotContain("Samaritans");
    }

    @Test
    void aFigureOfSpeechInTheJournalIsKeptWithNoHelpBox() {
        Cli.Result r = run("journal", "--today", "2026-12-02", "not talking to her is killing me");
        assertThat(r.out() + r.err()).contains("Kept in your journal.").doesNotContain("worries me", "If you need help now");
    }

    @Test
    void aReplyDraftThatThreatensSelfHarmGetsTheCrisisScreenAndIsNotToBeSent() {
        Cli.Result r = run("heard", "--about", "personal", "--today", "2026-12-09", "--country", "US",
                "--reply", "if you dont come back i will kill myself");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("What you wrote worries me.", "About your message: please don't send it tonight.",
                "988");
        assertThat(run("history", "--today", "2026-12-09").out()).contains("They wrote (personal)");
    }

    @Test
    void anUrgeWhoseTriggerSpeaksOfSuicideIsLoggedAndShowsTheCrisisLine() {
        try (Tracker t = new Tracker(Store.open(DataFolder.resolve(Optional.of(Path.of(data)), Map.of(), "/none")))) {
            t.keep(UrgeScreensTest.NO_FEELINGS_KEPT, LocalDate.of(2026, 11, 30));
        }
        Cli.Result r = Cli.runWithStdin(UrgeScreensTest.SAFE + "my feelings\n2 3 8\n\n\n\n\n", "urge", "--today",
                UrgeScreensTest.LAST_DAY, "--country", "US", "--trigger", "i dont want to live anymore", "--data", data);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("What you wrote worries me.", "988");
        assertThat(run("history", "--format", "json", "--today", UrgeScreensTest.LAST_DAY).out())
                .contains("i dont want to live anymore");
    }
}
