package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person at a real terminal: ./nocontact ask in tmux, answered with send-keys and read back with
 * capture-pane. Needs tmux (.ci/run installs it when missing).
 */
class AskInTerminalIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    final String session = "nocontact-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    /** The first safety question's prompt, shown once the line editor is ready (it offers no default). */
    static final String SAFETY_PROMPT = "own words)\n>";

    @TempDir
    Path temp;

    @BeforeEach
    void tmuxIsThere() throws Exception {
        assertThat(run("tmux", "-V").exitCode).as("tmux is needed for this test; install it (apt-get install tmux)").isZero();
    }

    @AfterEach
    void closeSession() throws Exception {
        run("tmux", "kill-session", "-t", session);
    }

    @Test
    void aNewcomerAnswersGoesBackAsksWhyAndGetsTheSameVerdictAsCheck() throws Exception {
        Path saved = temp.resolve("mine.json");
        start("./nocontact ask --today 2027-02-14 --save " + saved);
        answer("thoughts of hurting yourself?", "");
        answer("Take your time. Type no if the answer is no", "no");
        for (int i = 0; i < 4; i++) {
            answer("?", "no");
        }
        answer("Who ended the relationship?", "they did");
        answer("When did it end?", "3 weeks ago");
        answer("What do you want now?", "back");
        answer("[2027-01-24] >", "");
        answer("What do you want now?", "?");
        answer("lead to different advice", "get back together");
        answer("What are you thinking of doing?", "send a text");
        answer("What is it mainly about?", "greeting");
        answer("asked you not to contact them?", "no");
        answer("blocked you anywhere?", "n");
        assertThat(waitFor("Today is Valentine's Day.")).doesNotContain("Is it for a special day?");
        answer("or just for Valentine's Day?", "");
        answer("started a no-contact period", "yes");
        answer("Since when?", "2 weeks ago");
        answer("how many days", "30 days");
        answer("still unanswered?", "");
        String screen = waitFor("Press Enter to finish");
        assertThat(screen).contains("Don't contact them", "Valentine's Day is not an exception",
                "Look again on Tuesday 2 March 2027", "Saved to " + saved);
        keys("Enter");
        assertThat(waitFor("EXIT=")).contains("EXIT=0");

        Process check = new ProcessBuilder(ROOT.resolve("nocontact").toString(), "check", "--color", "never", saved.toString())
                .redirectErrorStream(true).start();
        String verdict = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor()).isZero();
        String headline = verdict.lines().findFirst().orElseThrow();
        String summary = verdict.lines().skip(1).findFirst().orElseThrow();
        String lookAgain = verdict.lines().filter(l -> l.startsWith("Look again")).findFirst().orElseThrow();
        assertThat(capture()).contains(headline.trim(), summary.trim(), lookAgain.trim());
    }

    @Test
    void ctrlDAtAQuestionLeavesCleanlyAndWritesNothing() throws Exception {
        Path saved = temp.resolve("never.json");
        start("./nocontact ask --save " + saved);
        answer(SAFETY_PROMPT, "no");
        waitFor("unsafe");
        Thread.sleep(300);
        keys("C-d");
        String screen = waitFor("EXIT=");
        assertThat(screen).contains("you left before the end. Nothing was saved", "EXIT=1")
                .doesNotContain("Exception", "\tat ");
        assertThat(saved).doesNotExist();
    }

    @Test
    void ctrlCLeavesCleanlyToo() throws Exception {
        start("./nocontact ask");
        waitFor(SAFETY_PROMPT);
        keys("C-c");
        String screen = waitFor("EXIT=");
        assertThat(screen).contains("stopped. Nothing was saved.", "EXIT=130").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {40, 80})
    void theQuestionsFitTheTerminalAndBreakOnlyAtSpaces(int width) throws Exception {
        start("./nocontact ask --today 2027-03-10", width);
        answer("yourself?", "no");
        answer("unsafe because of your ex?", "?");
        answer("unsafe,", "no");
        answer("threatened you?", "no");
        answer("protection order", "no");
        answer("keep checking up on them?", "no");
        answer("Who ended the relationship?", "nonsense");
        answer("Please choose a number from 1 to 3", "they did");
        answer("When did it end?", "3 weeks ago");
        answer("What do you want now?", "");
        String screen = waitForPromptAfter("Please choose a number from 1 to 4");
        List<String> lines = screen.lines().dropWhile(l -> !l.startsWith("Let's look at this together"))
                .takeWhile(l -> !l.contains("What do you want now?")).toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        String text = String.join(" ", lines).replaceAll("\\s+", " ");
        assertThat(text).contains("Are you having any thoughts of hurting yourself?",
                "Please choose a number from 1 to 3 (or type the words of a choice, such as \"they did\").",
                "3 weeks ago: Wednesday 17 February.", "If you feel unsafe, the advice is about getting help, not contact.");
        keys("C-d");
        assertThat(waitFor("EXIT=")).contains("EXIT=1");
    }

    // ---- tmux ----

    private void start(String command) throws Exception {
        start(command, 100);
    }

    private void start(String command, int width) throws Exception {
        String shell = "cd '" + ROOT + "' && " + command + "; echo EXIT=$?; sleep 60";
        Result r = run("tmux", "new-session", "-d", "-s", session, "-x", Integer.toString(width), "-y", "60", shell);
        for (int retry = 0; retry < 3 && r.output.contains("server exited unexpectedly"); retry++) {
            // The previous test's kill-session can stop the tmux server just as this one connects.
            Thread.sleep(200);
            r = run("tmux", "new-session", "-d", "-s", session, "-x", Integer.toString(width), "-y", "60", shell);
        }
        assertThat(r.exitCode).as(r.output).isZero();
    }

    private void answer(String waitForText, String text) throws Exception {
        waitFor(waitForText);
        if (!text.isEmpty()) {
            run("tmux", "send-keys", "-t", session, "-l", text);
        }
        keys("Enter");
        Thread.sleep(150);
    }

    private void keys(String key) throws Exception {
        run("tmux", "send-keys", "-t", session, key);
    }

    private String capture() throws Exception {
        return run("tmux", "capture-pane", "-p", "-J", "-t", session, "-S", "-400").output;
    }

    private String waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited for \"" + text + "\"; the screen shows:\n" + screen);
    }

    /**
     * Waits until the text is on the screen and, after it, the "> " prompt of a question being read:
     * only then is Ctrl-D the answer to that question, not a key that arrives between two questions.
     */
    private String waitForPromptAfter(String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            int at = screen.lastIndexOf(text);
            if (at >= 0) {
                List<String> after = screen.substring(at).lines().filter(l -> !l.isBlank()).toList();
                if (after.size() > 1 && after.get(after.size() - 1).strip().equals(">")) {
                    return screen;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited for \"" + text + "\" and a prompt; the screen shows:\n" + screen);
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

    static {
        // The launcher builds first when needed; under failsafe the jar is fresh from 'package'.
        assert Files.exists(ROOT.resolve("nocontact"));
    }
}
