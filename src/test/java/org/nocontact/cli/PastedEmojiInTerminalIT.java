package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A one-line post with emoji, pasted as the draft (bracketed, as a person's paste is), wraps at the terminal's
 * width: the line editor and the terminal must agree on how wide each emoji is (✨ and 😘 take two columns), or
 * the echo comes out garbled at the wrap ("kn" / "owwhat they lost ??" / " what they lost ?"). ./nocontact ask in
 * tmux, at 80 and 40 columns; waits for what is on screen, never a fixed time.
 */
class PastedEmojiInTerminalIT {
    static final String POST = "best night w my girls 💅✨ honestly never been happier. some ppl just dont know what "
            + "they lost 😘";

    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-emoji-it");
    final String session = pane.session();

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 40})
    void aPastedPostWithEmojiIsEchoedAsPastedWhereItWraps(int width) throws Exception {
        Path practical = Files.writeString(temp.resolve("practical.json"), """
                {"today": "2027-03-10", "breakup": {"date": "2027-02-01", "initiatedBy": "them"}, "goal": "move-on",
                 "ties": ["belongings"], "emotions": {"sadness": 3}, "plan": {"action": "text", "purpose": "logistics"}}
                """);
        pane.start(AskInTerminalIT.ROOT, "./nocontact ask --today 2027-03-10 --from " + practical, width);
        for (int i = 0; i < 5; i++) {
            pane.answer("own words)", "no");
        }
        // Enter keeps each saved answer, whatever the order of the questions, up to the draft's.
        String screen = pane.waitForPrompt();
        for (int i = 0; i < 25 && !screen.contains("Paste it, then an empty line."); i++) {
            pane.keys("Enter");
            screen = pane.waitForPrompt();
        }
        assertThat(screen).contains("Paste it, then an empty line.");
        pane.tmux("set-buffer", "-b", session, POST);
        pane.snapshot();
        pane.tmux("paste-buffer", "-p", "-d", "-b", session, "-t", session);
        pane.keys("Enter");
        String after = pane.waitForNew("More? Type how"); // the verdict's end, whatever the width breaks after it
        // Joined where the terminal wrapped it (capture -J): the echo is the post, once, as pasted.
        int asked = after.indexOf("Paste it, then an empty line.");
        String echo = after.substring(asked, after.indexOf("\n\n", asked)); // the question and the lines echoed under it
        assertThat(echo.lines()).as(echo).contains("> " + POST);
        assertThat(TmuxPane.occurrences(echo, "what they lost")).as(echo).isEqualTo(1);
        assertThat(echo).as(echo).doesNotContain("??", "bbest");
        pane.keys("Enter");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=0");
    }
}
