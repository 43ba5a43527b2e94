package org.nocontact.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A tmux server of a test's own (-L: another test's or another build's going away cannot take it
 * along), read back with capture-pane. What is on the screen is noted before keys are sent, so a
 * wait looks only for text the keys brought: never for text already there, never a fixed sleep.
 *
 * <p>A JUnit 5 extension: registered on a field ({@code @RegisterExtension final TmuxPane pane = ...}),
 * it checks before each test that tmux (and any other program the test names) is installed, and
 * kills its tmux server after each test, passed or failed.
 */
public final class TmuxPane implements BeforeEachCallback, AfterEachCallback {
    record Result(int exitCode, String output) {
    }

    /** Up to this long on a loaded machine; a pass takes a fraction of it. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final String session;
    /** Programs besides tmux the test runs (each checked with --version). */
    private final List<String> alsoNeeded;
    /** The screen as it was when the last keys were sent. */
    private String before = "";

    /** A pane for a test whose server is named from {@code prefix}; {@code alsoNeeded}: programs besides tmux. */
    public TmuxPane(String prefix, String... alsoNeeded) {
        this.session = prefix + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        this.alsoNeeded = List.of(alsoNeeded);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        needs("tmux", "-V");
        for (String program : alsoNeeded) {
            needs(program, "--version");
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        kill();
    }

    private static void needs(String program, String versionOption) throws InterruptedException {
        String install = program + " is needed for this test; install it (apt-get install " + program + ")";
        try {
            if (run(program, versionOption).exitCode() != 0) {
                throw new AssertionError(install);
            }
        } catch (IOException notThere) {
            throw new AssertionError(install, notThere);
        }
    }

    String session() {
        return session;
    }

    Result tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", session));
        command.addAll(List.of(arguments));
        return run(command.toArray(String[]::new));
    }

    /** Notes what is on the screen before the next keys: later waits look for text beyond it. */
    void snapshot() throws IOException, InterruptedException {
        before = capture();
    }

    String capture() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-J", "-t", session, "-S", "-").output();
    }

    /** Polls the pane until the text shows more often than before the last keys. */
    public String waitForNew(String text) throws IOException, InterruptedException {
        int seen = occurrences(before, text);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            if (occurrences(screen, text) > seen) {
                return screen;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new AssertionError("waited for new \"" + text + "\" (seen " + seen + " times before); the screen shows:\n"
                + screen);
    }

    /**
     * Polls the pane until it has changed since the last keys and ends with a prompt waiting (its last
     * line ends with ">"): the next question, whatever it is, with the line editor reading.
     */
    String waitForPrompt() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            String shown = screen.stripTrailing(); // Enter alone (a new blank line, or a scroll) is no new prompt
            if (!shown.equals(before.stripTrailing()) && shown.endsWith(">")) {
                return screen;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new AssertionError("waited for a new prompt; the screen shows:\n" + screen);
    }

    /** Polls until a program named {@code name} (the launcher's "java", say) runs under the pane's shell. */
    public void waitForProgram(String name) throws IOException, InterruptedException {
        long pane = Long.parseLong(tmux("display-message", "-p", "-t", session, "#{pane_pid}").output().strip());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            boolean running = ProcessHandle.of(pane).stream().flatMap(ProcessHandle::descendants)
                    .anyMatch(p -> p.info().command().filter(c -> c.endsWith("/" + name)).isPresent());
            if (running) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
        throw new AssertionError("waited for " + name + " to run in the pane");
    }

    /**
     * Starts {@code command} in the checkout {@code root}, in a window {@code width} columns wide;
     * "EXIT=n" is printed when it ends, and the pane stays open to be read.
     */
    public void start(java.nio.file.Path root, String command, int width) throws IOException, InterruptedException {
        String shell = "cd '" + root + "' && " + command + "; echo EXIT=$?; sleep 600";
        Result r = tmux("new-session", "-d", "-s", session, "-x", Integer.toString(width), "-y", "60", shell);
        if (r.exitCode() != 0) {
            throw new AssertionError("tmux new-session failed: " + r.output());
        }
    }

    /**
     * Starts an interactive bash (no start-up files) in the checkout {@code root}, {@code width} columns wide, and types
     * {@code command} at its prompt, as a person does: the command runs as a job of its own, in the foreground, as in a
     * terminal window. "EXIT=n" is printed when it ends (the line typed shows it as {@code EXIT""=}, never as "EXIT=").
     */
    public void startInteractive(java.nio.file.Path root, String command, int width) throws IOException, InterruptedException {
        Result r = tmux("new-session", "-d", "-s", session, "-x", Integer.toString(width), "-y", "60", "-c", root.toString(),
                "env PS1='$ ' bash --norc --noprofile -i");
        if (r.exitCode() != 0) {
            throw new AssertionError("tmux new-session failed: " + r.output());
        }
        waitForNew("$ ");
        snapshot();
        tmux("send-keys", "-t", session, "-l", command + "; echo EXIT\"\"=$?");
        tmux("send-keys", "-t", session, "Enter");
    }

    /** Types the text and Enter at once, without waiting for anything: keys typed ahead of what is coming. */
    void typeAhead(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
        tmux("send-keys", "-t", session, "Enter");
    }

    /**
     * Waits for the prompt to appear anew (once more than on the screen when the last keys were
     * sent), then types the answer and Enter. Never sleeps a fixed time, and never takes text that
     * was already on the screen for the new prompt.
     */
    public void answer(String waitForText, String text) throws IOException, InterruptedException {
        waitForNew(waitForText);
        typeThenEnter(text);
    }

    /** Types the text (if any) and Enter, after noting what is on the screen. */
    void typeThenEnter(String text) throws IOException, InterruptedException {
        snapshot();
        if (!text.isEmpty()) {
            tmux("send-keys", "-t", session, "-l", text);
        }
        tmux("send-keys", "-t", session, "Enter");
    }

    /** Sends keys ("C-c", "Enter"), after noting what is on the screen. */
    public void keys(String key) throws IOException, InterruptedException {
        snapshot();
        tmux("send-keys", "-t", session, key);
    }

    void kill() throws IOException, InterruptedException {
        run("tmux", "-L", session, "kill-server");
    }

    static int occurrences(String screen, String text) {
        int count = 0;
        for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), out);
    }
}
