package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path typed with "~" (--save ~/mine.json, --data ~/tracker, in quotes or after "=", where no shell expands it) goes
 * to $HOME, as the shell's own ~ would, not to the account's home that Java reads (session 14's closing note). Run as
 * a process of its own, with its own HOME.
 */
class TildeIsTheShellsHomeTest {
    @TempDir
    Path temp;

    record Run(int exitCode, String err) {
    }

    Run withHome(Path home, String typed, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("NOCONTACT_DATA");
        Process p = builder.start();
        p.getOutputStream().write(typed.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), err);
    }

    @Test
    void theTrackerTypedAsTildeSlashGoesUnderHome() throws Exception {
        Path home = Files.createDirectory(temp.resolve("home"));
        Run r = withHome(home, "", "start", "--data", "~/tracker", "--today", "2026-12-07");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(home.resolve("tracker")).isDirectory();
    }

    @Test
    void answersSavedToTildeSlashAreUnderHome() throws Exception {
        Path home = Files.createDirectory(temp.resolve("home"));
        Run r = withHome(home, AskCommandTest.VALENTINE + "\n", "ask", "--today", "2027-02-14", "--save", "~/mine.json",
                "--data", temp.resolve("tracker").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(home.resolve("mine.json")).isRegularFile();
    }

    @Test
    void aSaveTypedAsTildeSlashIsCheckedUnderHome() throws Exception {
        Path home = temp.resolve("not-made-yet");
        Run r = withHome(home, "", "ask", "--save", "~/mine.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("the folder " + home + " does not exist.");
    }
}
