package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Someone whose ex has died, at a real terminal (./nocontact ask in tmux, 80 and 40 columns; tour 14a P6): "he passed
 * away last year" at the urge question is asked once more, plainly, and after a no the questions stop, gently, with
 * words for the loss in place of a verdict; "none. hes gone" at the list is asked back, and a yes stops them the same
 * way; exit 0 both times. Waits for what is on screen, never a fixed time.
 */
class AnExWhoDiedInTerminalIT {
    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-died-it");

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 40})
    void saidAtASafetyQuestionItIsAskedOnceMoreThenTheQuestionsStopGently(int width) throws Exception {
        safetyAnswered(width, "nah im ok", "no", "no", "no", "he passed away last year");
        String again = pane.waitForNew("own words)");
        assertThat(again.replaceAll("\\s+", " ")).contains("So that I know you are safe now")
                .doesNotContain("clear no", "careful path");
        pane.typeThenEnter("no");
        String end = pane.waitForNew("EXIT=").replaceAll("\\s+", " ");
        assertThat(end.substring(end.lastIndexOf("> no"))).contains("I'm so sorry for your loss.",
                "This advice is for an ex who is alive.", "Remembering them is not contact.", "Samaritans", "EXIT=0")
                .doesNotContain("get back together", "More?", "Exception", "is it for?");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 40})
    void hesGoneIsAskedBackAndAYesStopsTheQuestionsGently(int width) throws Exception {
        safetyAnswered(width, "no", "no", "no", "no", "no");
        pane.answer("is it for?", "post something for his bday"); // at 40 columns the question breaks before "is"
        pane.answer("Which of these are true now?", "none. hes gone");
        String askedBack = pane.waitForNew("no if they are alive.");
        assertThat(askedBack.replaceAll("\\s+", " ")).contains("Do you mean they have died?");
        pane.typeThenEnter("yes last year");
        String end = pane.waitForNew("EXIT=").replaceAll("\\s+", " ");
        assertThat(end.substring(end.lastIndexOf("> yes last year"))).contains("I'm so sorry for your loss.",
                "This advice is for an ex who is alive.", "Samaritans", "EXIT=0")
                .doesNotContain("get back together", "More?", "Exception");
    }

    /** Starts ask at this width and answers the five safety questions in turn, each once its prompt appears anew. */
    private void safetyAnswered(int width, String... answers) throws Exception {
        pane.start(AskInTerminalIT.ROOT, "./nocontact ask --country GB --today 2027-03-10", width);
        pane.answer(AskInTerminalIT.SAFETY_PROMPT, answers[0]);
        for (int i = 1; i < answers.length; i++) {
            pane.answer("own words)", answers[i]);
        }
    }
}
