package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `nocontact completion zsh` as a person uses it: saved as _nocontact in a folder of $fpath, in a
 * real zsh in tmux, with Tab pressed after what they typed. Needs zsh and tmux (.ci/run installs
 * them when missing). Waits for new text on the screen, never a fixed time.
 */
class ZshCompletionIT {
    final String session = "nocontact-zsh-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    @TempDir
    Path temp;

    String before = "";

    @BeforeEach
    void startZsh() throws Exception {
        assertThat(run("zsh", "--version").exitCode).as("zsh is needed for this test; install it (apt-get install zsh)").isZero();
        assertThat(run("tmux", "-V").exitCode).as("tmux is needed for this test; install it (apt-get install tmux)").isZero();
        Path functions = Files.createDirectories(temp.resolve("functions"));
        Files.writeString(functions.resolve("_nocontact"), Cli.run("completion", "zsh").out());
        Result started = tmux("new-session", "-d", "-s", session, "-x", "150", "-y", "40", "zsh", "-f");
        assertThat(started.exitCode).as(started.output).isZero();
        type("fpath=('" + functions + "' $fpath); autoload -U compinit && compinit -u; PS1='READY> '\n");
        waitForNew("READY> ");
    }

    @AfterEach
    void closeSession() throws Exception {
        run("tmux", "-L", session, "kill-server");
    }

    @Test
    void tabCompletesASubcommandFromItsFirstLetters() throws Exception {
        type("nocontact ch\t");
        assertThat(waitForNew("nocontact check ")).contains("READY> nocontact check ");
    }

    @Test
    void tabCompletesAProfileOnceItsNameIsUnambiguousAndListsBothBefore() throws Exception {
        type("nocontact check --profile str\t");
        waitForNew("--profile strict ");
        clearLine();
        // Both profiles start with "st": Tab gives the common part, a second Tab lists both.
        type("nocontact check --profile s\t");
        waitForNew("--profile st");
        type("\t");
        String listed = waitForNew("standard  strict");
        assertThat(listed.substring(listed.lastIndexOf("--profile st"))).contains("standard  strict");
    }

    @Test
    void tabCompletesOptionsTheirChoicesAndCountries() throws Exception {
        type("nocontact check --form\t");
        waitForNew("--format");
        type("j\t");
        assertThat(waitForNew("--format json ")).contains("nocontact check --format json ");
        clearLine();
        type("nocontact rules t\t");
        waitForNew("nocontact rules test ");
        clearLine();
        type("nocontact check --country G\t");
        waitForNew("--country GB ");
    }

    private void clearLine() throws Exception {
        snapshot();
        tmux("send-keys", "-t", session, "C-u");
    }

    private void type(String text) throws Exception {
        snapshot();
        for (String part : text.split("(?<=[\t\n])")) {
            String plain = part.replace("\t", "").replace("\n", "");
            if (!plain.isEmpty()) {
                tmux("send-keys", "-t", session, "-l", plain);
            }
            if (part.endsWith("\t")) {
                tmux("send-keys", "-t", session, "Tab");
            } else if (part.endsWith("\n")) {
                tmux("send-keys", "-t", session, "Enter");
            }
        }
    }

    private void snapshot() throws Exception {
        before = capture();
    }

    private String capture() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-t", session, "-S", "-").output;
    }

    /** Polls the pane (up to 2 minutes on a loaded machine) until the text shows more often than before the last keys. */
    private String waitForNew(String text) throws Exception {
        int seen = occurrences(before, text);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            if (occurrences(screen, text) > seen) {
                return screen;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new AssertionError("waited for new \"" + text + "\" (seen " + seen + " times before); the screen shows:\n" + screen);
    }

    private static int occurrences(String screen, String text) {
        int count = 0;
        for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    private Result tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", session));
        command.addAll(List.of(arguments));
        return run(command.toArray(String[]::new));
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), out);
    }
}
