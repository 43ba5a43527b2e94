package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers typed as people type them, at a real terminal (./nocontact ask in tmux, 80 and 40
 * columns): a no with a reason at a safety question lets the questions go on, a slip in a day is
 * asked back and still offered after a second miss (quoting what was typed), and a choice read out
 * of an answer in doubt is said back. Waits for what is on screen, never a fixed time.
 */
class EverydayAnswersInTerminalIT {
    static final Path ROOT = AskInTerminalIT.ROOT;
    /** The end of the date question's prompt, at any width ("... or 3 weeks ago)" and the prompt). */
    static final String PROMPT = "ago)\n>";
    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-words-it");
    final String session = pane.session();



    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 40})
    void everydayAnswersAreReadAndSaidBackAtTheTerminal(int width) throws Exception {
        pane.start(ROOT, "./nocontact ask --today 2027-03-10", width);
        answer(AskInTerminalIT.SAFETY_PROMPT, "no");
        for (int i = 0; i < 3; i++) {
            answer("own words)", "nah");
        }
        answer("own words)", "no i just want to say happy bday");
        answer("is it for?", "text her how i feel"); // at 40 columns the question breaks before "is"
        answer("Which of these are true now?", "im doing no contact"); // said back with its number: 5
        answer("special day?", "no");
        // who ended it, when and the goal asked as one; the day not said: asked back alone
        answer("(and what you want", "she dumped me, idk honestly"); // at 40 columns the question breaks before "now?"
        assertThat(pane.waitForNew("When did it end?").replaceAll("\\s+", " "))
                .contains("Read as: they did; you're not sure yet what you want.");
        answer(PROMPT, "2 wekks ago");
        answer(PROMPT, "ya maybe"); // the date asked again, after "Did you mean 2 weeks ago, ...?"
        String missed = pane.waitForNew(PROMPT);
        assertThat(missed.replaceAll("\\s+", " ")).contains("I couldn't read \"ya maybe\"", "(Type yes for 2 weeks ago,",
                "Wednesday 24 February.)").doesNotContain("\"yeah maybe\"", "careful path");
        answer(PROMPT, "ya");
        String then = pane.waitForNew("held no contact?");
        // the whole conversation fits the pane now: what follows the last answer is read, not the screen
        assertThat(then.substring(then.lastIndexOf("> ya"))).contains("held no contact?").doesNotContain("When did it end?");
        assertThat(then.replaceAll("\\s+", " ")).contains("Read as: 5) you are holding no contact.");
        pane.snapshot();
        pane.tmux("send-keys", "-t", session, "C-d");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=1").doesNotContain("Exception");
    }

    private void answer(String waitForText, String text) throws Exception {
        pane.answer(waitForText, text);
    }
}
