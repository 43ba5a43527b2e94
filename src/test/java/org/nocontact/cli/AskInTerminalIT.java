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

    /** The screen as it was when the last keys were sent. */
    String before = "";

    @BeforeEach
    void tmuxIsThere() throws Exception {
        assertThat(run("tmux", "-V").exitCode).as("tmux is needed for this test; install it (apt-get install tmux)").isZero();
    }

    @AfterEach
    void closeSession() throws Exception {
        run("tmux", "-L", session, "kill-server");
    }

    @Test
    void aNewcomerAnswersGoesBackAsksWhyAndGetsTheSameVerdictAsCheck() throws Exception {
        Path saved = temp.resolve("mine.json");
        start("./nocontact ask --today 2027-02-14 --save " + saved);
        answer("thoughts of hurting yourself?", "");
        answer("Take your time. Type no if the answer is no", "no, i'm fine");
        for (int i = 0; i < 4; i++) {
            answer("own words)", "no");
        }
        answer("Who ended the relationship?", "she dumped me");
        answer("When did it end?", "like 3 wks ago");
        answer("What do you want now?", "back");
        answer("[2027-01-24] >", "");
        answer("What do you want now?", "?");
        answer("lead to different advice", "get back together");
        answer("What are you thinking of doing?", "text her happy valentines");
        answer("What would your message mainly be about?", "");
        answer("asked you not to contact them?", "dont think so");
        answer("Have they blocked you", "n");
        assertThat(waitForNew("Today is Valentine's Day.")).doesNotContain("Is it for a special day?");
        answer("or just for Valentine's Day?", "");
        answer("started a no-contact period", "yes");
        answer("Since when?", "2 weeks ago");
        answer("how many days", "30 days");
        answer("still unanswered?", "");
        String screen = waitForNew("Press Enter to finish");
        assertThat(screen).contains("Read as: they did.", "Don't contact them", "Valentine's Day is not an exception",
                "Look again on Tuesday 2 March 2027", "Saved to " + saved);
        keys("Enter");
        assertThat(waitForNew("EXIT=")).contains("EXIT=0");

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
    void ctrlDPressedBeforeTheNextPromptAppearsIsNotLost() throws Exception {
        Path saved = temp.resolve("never.json");
        start("./nocontact ask --save " + saved);
        // No waiting for the next prompt: the key goes in at once, typed ahead of it.
        answer(SAFETY_PROMPT, "no");
        keys("C-d");
        String screen = waitForNew("EXIT=");
        assertThat(screen).contains("you left before the end. Nothing was saved", "EXIT=1", "Help now")
                .doesNotContain("Exception", "\tat ");
        assertThat(saved).doesNotExist();
    }

    @Test
    void ctrlCAtASafetyQuestionShowsTheHelpLineAsCtrlDDoes() throws Exception {
        start("./nocontact ask --country GB");
        answer(SAFETY_PROMPT, "no");
        waitForNew("unsafe because of your ex?");
        keys("C-c");
        String screen = waitForNew("EXIT=");
        assertThat(screen).contains("stopped. Nothing was saved.", "Help now: emergency 999 (or 112); Samaritans",
                "EXIT=130").doesNotContain("Exception");
    }

    @Test
    void ctrlCPressedBeforeTheNextPromptAppearsIsNotLost() throws Exception {
        start("./nocontact ask");
        answer(SAFETY_PROMPT, "no");
        keys("C-c");
        String screen = waitForNew("EXIT=");
        assertThat(screen).contains("stopped. Nothing was saved.", "EXIT=130").doesNotContain("Exception");
    }

    @Test
    void aDraftPastedInBracketedPasteModeNeedsNoSecondEnter() throws Exception {
        start("./nocontact ask --today 2027-03-10");
        answer(SAFETY_PROMPT, "no");
        for (int i = 0; i < 4; i++) {
            answer("own words)", "no");
        }
        answer("Who ended the relationship?", "they did");
        answer("When did it end?", "1 week ago");
        answer("What do you want now?", "move on");
        answer("What are you thinking of doing?", "text");
        answer("What would your message mainly be about?", "logistics");
        answer("Do you still share any of these?", "belongings");
        answer("asked you not to contact them?", "n");
        answer("Have they blocked you", "n");
        waitForNew("Paste it, then an empty line.");
        tmux("set-buffer", "-b", session, "Hi, can I pick up my books on Saturday?\nThanks.\n");
        snapshot();
        tmux("paste-buffer", "-p", "-d", "-b", session, "-t", session);
        keys("Enter");
        String screen = waitForNew("Press Enter to finish");
        assertThat(screen).contains("Hi, can I pick up my books on Saturday?");
        keys("Enter");
        assertThat(waitForNew("EXIT=")).contains("EXIT=0");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {40, 80})
    void theQuestionsFitTheTerminalAndBreakOnlyAtSpaces(int width) throws Exception {
        start("./nocontact ask --today 2027-03-10", width);
        answer("yourself?", "no");
        answer("unsafe because of your ex?", "?");
        answer("unsafe,", "no");
        answer("threatened you?", "no");
        answer("protection", "no");
        answer("where they are?", "no");
        answer("Who ended the relationship?", "nonsense");
        answer("Please choose a number from 1 to 3", "they did");
        answer("When did it end?", "3 weeks ago");
        answer("What do you want now?", "");
        String screen = waitForNew("What do you want now?");
        List<String> lines = screen.lines().dropWhile(l -> !l.startsWith("Let's look at this together"))
                .takeWhile(l -> !l.contains("What do you want now?")).toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        String text = String.join(" ", lines).replaceAll("\\s+", " ");
        assertThat(text).contains("Are you having any thoughts of hurting yourself?",
                "Please choose a number from 1 to 3 (or type the words of a choice, such as \"they did\").",
                "3 weeks ago: Wednesday 17 February.", "If you feel unsafe, the advice is about getting help, not contact.");
        keys("C-d");
        assertThat(waitForNew("EXIT=")).contains("EXIT=1");
    }

    // ---- tmux ----

    private void start(String command) throws Exception {
        start(command, 100);
    }

    private void start(String command, int width) throws Exception {
        String shell = "cd '" + ROOT + "' && " + command + "; echo EXIT=$?; sleep 600";
        // A server of its own (-L): another test's, or another build's, going away cannot take this one with it.
        Result r = tmux("new-session", "-d", "-s", session, "-x", Integer.toString(width), "-y", "60", shell);
        assertThat(r.exitCode).as(r.output).isZero();
    }

    private Result tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("tmux", "-L", session));
        command.addAll(List.of(arguments));
        return run(command.toArray(String[]::new));
    }

    /**
     * Waits for the prompt to appear anew (once more than on the screen when the last keys were
     * sent), then types the answer and Enter. Never sleeps a fixed time, and never takes text that
     * was already on the screen for the new prompt.
     */
    private void answer(String waitForText, String text) throws Exception {
        waitForNew(waitForText);
        snapshot();
        if (!text.isEmpty()) {
            tmux("send-keys", "-t", session, "-l", text);
        }
        tmux("send-keys", "-t", session, "Enter");
    }

    /** Sends keys, after noting what is on the screen, so that what they bring is told apart from what was there. */
    private void keys(String key) throws Exception {
        snapshot();
        tmux("send-keys", "-t", session, key);
    }

    /** What is on the screen before the next keys: later waits look for text beyond it. */
    private void snapshot() throws Exception {
        before = capture();
    }

    private String capture() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-t", session, "-S", "-").output;
    }

    /** Waits (polling the pane, up to 3 minutes on a loaded machine) until the text shows more often than before the last keys. */
    private String waitForNew(String text) throws Exception {
        int seen = occurrences(before, text);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = capture();
            if (occurrences(screen, text) > seen) {
                return screen;
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        throw new AssertionError("waited for new \"" + text + "\" (seen " + seen + " times before); the screen shows:\n"
                + screen);
    }

    private static int occurrences(String screen, String text) {
        int count = 0;
        for (int at = screen.indexOf(text); at >= 0; at = screen.indexOf(text, at + 1)) {
            count++;
        }
        return count;
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
