package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal narrowed while {@code ask} runs (a window snapped to half the screen): the verdict is
 * laid out for the width the terminal has when it is printed, not the one it had at the start.
 * Needs tmux (.ci/run installs it when missing).
 */
class VerdictInANarrowedTerminalIT {
    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-narrowed");
    final String session = pane.session();

    @TempDir
    Path temp;



    @Test
    void narrowedFrom80To40MidInterviewTheVerdictFits40ColumnsAndNoWordIsCut() throws Exception {
        Path greeting = Files.writeString(temp.resolve("greeting.json"), """
                {"today": "2027-03-10", "breakup": {"date": "2027-02-01", "initiatedBy": "them"}, "goal": "friends",
                 "plan": {"action": "text", "purpose": "greeting"}}
                """);
        pane.start(AskInTerminalIT.ROOT, "./nocontact ask --color never --today 2027-03-10 --from " + greeting, 80);
        answer("thoughts of hurting yourself?", "no");
        answer("own words)", "no");
        // Narrowed while the interview waits at a question, after its text was laid out for 80 columns.
        pane.waitForNew("own words)");
        TmuxPane.Result narrowed = pane.tmux("resize-window", "-t", session, "-x", "40");
        assertThat(narrowed.exitCode()).as(narrowed.output()).isZero();
        keysThenEnter("no");
        for (int i = 0; i < 2; i++) {
            answer("own words)", "no");
        }
        // Enter keeps each saved answer, whatever the order of the questions, up to the verdict.
        String screen = pane.waitForPrompt();
        for (int i = 0; i < 25 && !atMore(screen); i++) {
            keysThenEnter("");
            screen = pane.waitForPrompt();
        }
        assertThat(atMore(screen)).as(screen).isTrue();

        List<String> verdict = verdictLines(screen);
        assertThat(verdict).as(screen).hasSizeGreaterThan(5);
        // capture-pane -J joins lines the terminal wrapped by itself: a line laid out for 80 columns
        // shows here as one line longer than 40, cut mid-word on the screen.
        assertThat(verdict).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(40));
        String text = String.join(" ", verdict).replaceAll("\\s+", " ");
        assertThat(text).contains("What to do instead", "Sources");
        keysThenEnter("");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=0");
    }

    /** "More?" waits after the verdict (its words wrapped at 40 columns, so only its start is looked for). */
    private static boolean atMore(String screen) {
        return screen.lines().anyMatch(line -> line.startsWith("More? Type how"));
    }

    /** The verdict: from the line after the last question answered to the verdict said again above "More?". */
    private static List<String> verdictLines(String screen) {
        List<String> lines = screen.lines().toList();
        int more = lines.size() - 1;
        while (more > 0 && !lines.get(more).startsWith("More?")) {
            more--;
        }
        int lastAnswer = more;
        while (lastAnswer > 0 && !lines.get(lastAnswer).contains(">")) {
            lastAnswer--;
        }
        return lines.subList(lastAnswer + 1, more);
    }

    private void answer(String waitForText, String text) throws Exception {
        pane.answer(waitForText, text);
    }

    private void keysThenEnter(String text) throws Exception {
        pane.typeThenEnter(text);
    }
}
