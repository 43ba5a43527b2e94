package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `forget` on a terminal: what it erases cannot come back, so only a clear yes erases, in the words people type. */
class ForgetCommandTest {
    @TempDir
    Path temp;
    Path data;

    @BeforeEach
    void aTrackerWithAPeriod() {
        data = temp.resolve("data");
        assertThat(Cli.run("start", "--today", "2026-12-07", "--data", data.toString()).exitCode()).isZero();
    }

    /** `forget` as typed on a 40-column terminal (the launcher says standard input is one). */
    private Cli.Result forgetAnswering(String typed) throws Exception {
        return Cli.process(Map.of("COLUMNS", "40"), List.of("-Dnocontact.stdin.tty=1"), typed,
                "forget", "--data", data.toString());
    }

    @Test
    void yeahErasesEverything() throws Exception {
        Cli.Result r = forgetAnswering("yeah\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Erased.");
        assertThat(data).doesNotExist();
    }

    @Test
    void enterKeepsEverythingWithoutAskingAgain() throws Exception {
        Cli.Result r = forgetAnswering("\n");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("Nothing was erased.");
        assertThat(r.err()).doesNotContain("clear yes");
        assertThat(data).exists();
    }

    @Test
    void anUnclearAnswerIsAskedBackOnceAndKeepsEverythingUnlessTheNextIsAYes() throws Exception {
        Cli.Result kept = forgetAnswering("maybe\nno\n");
        assertThat(kept.err()).contains("I need a clear yes to erase it");
        assertThat(kept.exitCode()).isEqualTo(1);
        assertThat(data).exists();

        Cli.Result erased = forgetAnswering("hmm idk\nyes\n");
        assertThat(erased.exitCode()).as(erased.err()).isZero();
        assertThat(data).doesNotExist();
    }

    @Test
    void theQuestionBreaksBetweenWordsOnANarrowScreen() throws Exception {
        Cli.Result r = forgetAnswering("no\n");
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).filteredOn(line -> !line.contains(data.toString()))
                .allSatisfy(line -> assertThat(line.strip().length()).isLessThanOrEqualTo(40));
        assertThat(String.join(" ", lines)).contains("Erase everything in your tracker (" + data
                + ")? This cannot be undone. (yes or no) [no] >");
    }
}
