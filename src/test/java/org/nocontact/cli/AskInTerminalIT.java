package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person at a real terminal: ./nocontact ask in tmux, answered with send-keys and read back with
 * capture-pane. Needs tmux (.ci/run installs it when missing).
 */
class AskInTerminalIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-it");
    final String session = pane.session();

    /** The first safety question's prompt, shown once the line editor is ready (it offers no default). */
    static final String SAFETY_PROMPT = "own words)\n>";

    @TempDir
    Path temp;



    @Test
    void aNewcomerAnswersGoesBackAsksWhyAndGetsTheSameVerdictAsCheck() throws Exception {
        Path saved = temp.resolve("mine.json");
        start("./nocontact ask --today 2027-02-14 --save " + saved);
        answer("thoughts of hurting yourself?", "");
        answer("Take your time. Type no if the answer is no", "no, i'm fine");
        for (int i = 0; i < 4; i++) {
            answer("own words)", "no");
        }
        answer("and what is it for?", "text her happy valentines"); // the plan, what it is for and the day, in one answer
        answer("Which of these are true now?", "just 5"); // where things stand, one list: holding no contact
        answer("(and what you want", "she dumped me"); // a partial answer: the day and the goal are asked back
        answer("When did it end?", "like 3 wks ago");
        answer("What do you want now?", "back");
        answer("[Sunday 24 January 2027] >", "");
        answer("What do you want now?", "?");
        answer("lead to different advice", "get back together");
        answer("Since when have you held no contact?", "since 2 weeks ago"); // the line ticked, asked back alone
        answer("how many days", "30 days");
        answer("written the message already?", ""); // a draft that threatens to turn up would change the advice
        String screen = pane.waitForNew("Press Enter to finish");
        assertThat(screen).contains("Read as: they did.", "Don't contact them", "Valentine's Day is not an exception",
                "Look again on Tuesday 2 March 2027", "Saved to " + saved);
        keys("Enter");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=0");

        Process check = new ProcessBuilder(ROOT.resolve("nocontact").toString(), "check", "--color", "never", saved.toString())
                .redirectErrorStream(true).start();
        String verdict = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor()).isZero();
        String headline = verdict.lines().findFirst().orElseThrow();
        String summary = verdict.lines().skip(1).findFirst().orElseThrow();
        String lookAgain = verdict.lines().filter(l -> l.startsWith("Look again")).findFirst().orElseThrow();
        assertThat(pane.capture()).contains(headline.trim(), summary.trim(), lookAgain.trim());
    }

    @Test
    void ctrlDPressedBeforeTheNextPromptAppearsIsNotLost() throws Exception {
        Path saved = temp.resolve("never.json");
        start("./nocontact ask --save " + saved);
        // No waiting for the next prompt: the key goes in at once, typed ahead of it.
        answer(SAFETY_PROMPT, "no");
        keys("C-d");
        String screen = pane.waitForNew("EXIT=");
        assertThat(screen).contains("Goodbye for now. Nothing was saved", "EXIT=1", "Help now")
                .doesNotContain("Exception", "\tat ");
        assertThat(saved).doesNotExist();
    }

    /** Tour 15a F7.1: Ctrl-C at "Do you feel unsafe because of your ex?" gives the domestic-abuse line (not a crisis line). */
    @Test
    void ctrlCAtASafetyQuestionShowsTheHelpLineThatFitsItAsCtrlDDoes() throws Exception {
        start("./nocontact ask --country GB");
        answer(SAFETY_PROMPT, "no");
        pane.waitForNew("unsafe because of your ex?");
        ctrlCStopsWithTheHelpLine("Help now: emergency 999 (or 112); domestic abuse: National Domestic Abuse Helpline");
        assertThat(pane.capture()).doesNotContain("Samaritans");
    }

    /** Ctrl-C now stops, saying so, with the help line of the country (GB) the test gave: its crisis line by default. */
    private void ctrlCStopsWithTheHelpLine() throws Exception {
        ctrlCStopsWithTheHelpLine("Help now: emergency 999 (or 112); Samaritans");
    }

    private void ctrlCStopsWithTheHelpLine(String help) throws Exception {
        keys("C-c");
        String screen = pane.waitForNew("EXIT=").replaceAll("\\s+", " ");
        assertThat(screen).contains("stopped. Nothing was saved.", help, "EXIT=130").doesNotContain("Exception");
    }

    /**
     * Issue 21 item 2: at 40 columns Ctrl-C's lines are wrapped at spaces, as Ctrl-D's are; they were fitted to 80
     * columns once the terminal had closed, and the terminal broke "Crisis" into "C" / "risis".
     */
    @Test
    void ctrlCAt40ColumnsWrapsTheHelpLineAtSpacesNeverInAWord() throws Exception {
        start("./nocontact ask --country US", 40);
        answer(SAFETY_PROMPT, "no");
        pane.waitForNew("unsafe because of your ex?");
        keys("C-c");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=130");
        // As the screen shows it: lines the terminal wrapped by itself are not joined back (no -J).
        List<String> shown = pane.tmux("capture-pane", "-p", "-t", session, "-S", "-").output().lines()
                .dropWhile(line -> !line.startsWith("nocontact: stopped.")).takeWhile(line -> !line.startsWith("EXIT="))
                .toList();
        assertThat(shown).as("the lines after Ctrl-C").isNotEmpty()
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(40));
        assertThat(String.join(" ", shown).replaceAll("\\s+", " ")).contains("nocontact: stopped. Nothing was saved.",
                "Help now: emergency 911; domestic abuse: National Domestic Violence Hotline, 1-800-799-7233, or text START "
                        + "to 88788.");
    }

    /**
     * Tour finding F9 (safety): Ctrl-C as the first safety question appears, before its prompt is ready, stops
     * saying so and gives the help line, as it does once the prompt is there.
     */
    @Test
    void ctrlCAsTheFirstSafetyQuestionAppearsStillGivesTheHelpLine() throws Exception {
        start("./nocontact ask --country GB");
        pane.waitForNew("thoughts of hurting yourself?");
        ctrlCStopsWithTheHelpLine();
    }

    /**
     * Second closing tour of session 13, T3: Ctrl-C in the first moments, while Java is still starting (before it
     * could answer Ctrl-C, or before the interview set its own hook), says "stopped" with the help line, as later.
     */
    @Test
    void ctrlCWhileJavaIsStillStartingStopsWithTheHelpLine() throws Exception {
        start("./nocontact ask --country GB");
        pane.waitForProgram("java");
        ctrlCStopsWithTheHelpLine();
        assertThat(pane.capture()).doesNotContain("thoughts of hurting yourself?");
    }

    /**
     * Session 14's closing tour: Ctrl-D pressed while Java was still starting was taken by the terminal as the end of an
     * empty line and lost; the person sat at the first question. It now leaves as Ctrl-D does later, with the help line.
     */
    @Test
    void ctrlDWhileJavaIsStillStartingLeavesWithTheHelpLine() throws Exception {
        start("./nocontact ask --country GB");
        pane.waitForProgram("java");
        keys("C-d");
        String screen = pane.waitForNew("EXIT=");
        assertThat(screen).contains("EXIT=1", "Nothing was saved", "Samaritans");
    }

    /** Issue 21: an answer typed while the program is still starting shows once, at its prompt, and is read. */
    @Test
    void anAnswerTypedBeforeTheFirstPromptShowsOnceAndIsTheFirstAnswer() throws Exception {
        start("./nocontact ask");
        // The first line is printed before the line editor is ready: typed now, the answer is typed ahead.
        answer("Let's look at this together", "nope");
        String screen = pane.waitForNew("unsafe because of your ex?");
        assertThat(TmuxPane.occurrences(screen, "nope")).as(screen).isEqualTo(1);
        assertThat(screen).contains("> nope\n");
        keys("C-d");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=1");
        pane.snapshot();
        pane.tmux("send-keys", "-t", session, "-l", "typed after");
        assertThat(pane.waitForNew("typed after")).as("the terminal echoes again after the program ends").isNotNull();
    }

    @Test
    void ctrlCPressedBeforeTheNextPromptAppearsIsNotLost() throws Exception {
        start("./nocontact ask");
        answer(SAFETY_PROMPT, "no");
        keys("C-c");
        String screen = pane.waitForNew("EXIT=");
        assertThat(screen).contains("stopped. Nothing was saved.", "EXIT=130").doesNotContain("Exception");
    }

    @Test
    void aDraftPastedInBracketedPasteModeNeedsNoSecondEnter() throws Exception {
        start("./nocontact ask --today 2027-03-10");
        answer(SAFETY_PROMPT, "no");
        for (int i = 0; i < 4; i++) {
            answer("own words)", "no");
        }
        answer("and what is it for?", "text");
        answer("Which of these are true now?", "we share some of her stuff"); // the engine's order: right after the plan
        answer("What would your message mainly be about?", "logistics"); // the part not said, asked back alone
        answer("What do you still share?", "belongings"); // the line ticked, asked back alone
        answer("(and what you want", "they did, 1 week ago, to move on"); // who ended it, when and the goal as one
        pane.waitForNew("Paste it, then an empty line.");
        pane.tmux("set-buffer", "-b", session, "Hi, can I pick up my books on Saturday?\nThanks.\n");
        pane.snapshot();
        pane.tmux("paste-buffer", "-p", "-d", "-b", session, "-t", session);
        keys("Enter");
        String screen = pane.waitForNew("Press Enter to finish");
        assertThat(screen).contains("Hi, can I pick up my books on Saturday?");
        keys("Enter");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=0");
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
        answer("is it for?", "nonsense"); // at 40 columns the question breaks before "is"
        answer("Please choose a number from 1 to 8", "text her to say sorry");
        answer("Which of these are true now?", "5");
        answer("Is it for a special day?", "");
        answer("(and what you want", "they did, 3 weeks ago. idk"); // who ended it, when and the goal as one
        String screen = pane.waitForNew("held no contact?");
        List<String> lines = screen.lines().dropWhile(l -> !l.startsWith("Let's look at this together"))
                .takeWhile(l -> !l.contains("held no contact?")).toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        String text = String.join(" ", lines).replaceAll("\\s+", " ");
        assertThat(text).contains("Are you having any thoughts of hurting yourself?",
                "Please choose a number from 1 to 8 (or type the words of a choice, such as \"send a text\").",
                "3 weeks ago: Wednesday 17 February.", "If you feel unsafe, the advice is about getting help, not contact.");
        keys("C-d");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=1");
    }

    @Test
    void aLongDefaultStaysWholeOnItsPromptLineAt40Columns() throws Exception {
        Path greeting = Files.writeString(temp.resolve("greeting.json"), """
                {"today": "2027-03-10", "breakup": {"date": "2027-02-01", "initiatedBy": "them"}, "goal": "friends",
                 "plan": {"action": "text", "purpose": "greeting"}}
                """);
        start("./nocontact ask --today 2027-03-10 --from " + greeting, 40);
        for (int i = 0; i < 5; i++) {
            answer("own words)", "no");
        }
        // Enter keeps each saved answer, whatever the order of the questions, up to the plan's (its purpose with it).
        String screen = pane.waitForNew("] >");
        for (int i = 0; i < 12 && !screen.contains("[send a text, a greeting] >"); i++) {
            pane.snapshot();
            pane.tmux("send-keys", "-t", session, "Enter");
            screen = pane.waitForNew("] >");
        }
        assertThat(screen).contains("[send a text, a greeting] >");
        // As the screen shows it: lines the terminal wrapped by itself are not joined back (no -J).
        String shown = pane.tmux("capture-pane", "-p", "-t", session, "-S", "-").output();
        // "[a greeting (happy birthday, and so" / "on)] >" was a default broken inside its brackets.
        assertThat(shown.lines()).as("the default whole on the prompt line, its marker beside it:\n" + shown)
                .noneMatch(line -> line.strip().equals(">")).noneMatch(line -> line.endsWith("] >") && !line.contains("["))
                .anyMatch(line -> line.equals("[send a text, a greeting] >"));
        keys("C-d");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=1");
    }

    @Test
    void twoLinesPastedAtMoreAreBothTakenNoneLost() throws Exception {
        Path practical = Files.writeString(temp.resolve("practical.json"), """
                {"today": "2027-03-10", "breakup": {"date": "2027-02-01", "initiatedBy": "them"}, "goal": "move-on",
                 "ties": ["belongings"], "emotions": {"sadness": 3}, "plan": {"action": "text", "purpose": "logistics"}}
                """);
        start("./nocontact ask --today 2027-03-10 --from " + practical);
        for (int i = 0; i < 5; i++) {
            answer("own words)", "no");
        }
        // Enter keeps each saved answer, whatever the order of the questions, up to the verdict; the
        // paste goes in only once "More?" waits at its prompt (bracketed, as a person's paste is).
        String screen = pane.waitForNew("] >");
        for (int i = 0; i < 25 && !screen.contains("Press Enter to finish"); i++) {
            keys("Enter");
            screen = pane.waitForPrompt();
        }
        assertThat(screen).contains("Press Enter to finish");
        pane.tmux("set-buffer", "-b", session, "how\nwhat if");
        pane.snapshot();
        pane.tmux("paste-buffer", "-p", "-d", "-b", session, "-t", session);
        pane.tmux("send-keys", "-t", session, "Enter");
        pane.waitForNew("How this was decided");
        String both = pane.waitForNew("What would change it");
        assertThat(both).doesNotContain("You can type how");
        keys("Enter");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=0");
    }

    // ---- tmux ----

    private void start(String command) throws Exception {
        start(command, 100);
    }

    private void start(String command, int width) throws Exception {
        // A server of its own (-L): another test's, or another build's, going away cannot take this one with it.
        pane.start(ROOT, command, width);
    }

    private void answer(String waitForText, String text) throws Exception {
        pane.answer(waitForText, text);
    }

    private void keys(String key) throws Exception {
        pane.keys(key);
    }

    static {
        // The launcher builds first when needed; under failsafe the jar is fresh from 'package'.
        assert Files.exists(ROOT.resolve("nocontact"));
    }
}
