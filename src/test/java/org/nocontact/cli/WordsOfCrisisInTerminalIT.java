package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Words of suicide typed in the plan, after five clear nos, at a real terminal 40 columns wide (./nocontact ask in
 * tmux; tour15a FS.7): the questions stop there, gently, with the crisis line for the country and their question
 * answered in one line, never "Read as: see them in person". Waits for what is on screen, never a fixed time.
 */
class WordsOfCrisisInTerminalIT {
    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-crisis-it");

    @Test
    void aPlanToSeeThemBeforeKillingThemselvesStopsTheQuestionsWithTheCrisisLine() throws Exception {
        pane.start(AskInTerminalIT.ROOT, "./nocontact ask --country GB --today 2027-03-10", 40);
        pane.answer(AskInTerminalIT.SAFETY_PROMPT, "no");
        for (int i = 1; i < 5; i++) {
            pane.answer("own words)", "no");
        }
        pane.answer("is it for?", "see her one last time before i kill myself"); // at 40 columns the question breaks before "is"
        String end = pane.waitForNew("More?").replaceAll("\\s+", " ");
        String after = end.substring(end.lastIndexOf("before i")); // the typed line may break inside a word
        assertThat(after).contains("What you wrote worries me.", "Let's stop the questions here",
                "Please don't contact them tonight.", "Samaritans")
                .doesNotContain("Read as", "Which of these are true now?", "Exception");
        pane.typeThenEnter("");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=0");
    }
}
