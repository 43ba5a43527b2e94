package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 21 item 2, as the lead met it: in an interactive bash (the command a job of its own, as in any terminal
 * window), the first answer typed while the program is still starting, then Ctrl-C or Ctrl-D the instant the second
 * safety question shows. The key must stop it at once, with the help line; it was once lost and had to be pressed again.
 * Each is repeated: the moment the key lands differs from run to run.
 */
class KeysTypedAheadInAnInteractiveShellIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();

    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-ahead-it");

    @RepeatedTest(3)
    void ctrlCTheInstantTheSecondQuestionShowsStopsWithTheHelpLine() throws Exception {
        assertThat(atTheSecondQuestion("C-c")).contains("nocontact: stopped. Nothing was saved.", HELP, "EXIT=130");
    }

    @RepeatedTest(3)
    void ctrlDTheInstantTheSecondQuestionShowsLeavesWithTheHelpLine() throws Exception {
        assertThat(atTheSecondQuestion("C-d")).contains("Goodbye for now. Nothing was saved", HELP, "EXIT=1");
    }

    /** The help that fits the question left: "Do you feel unsafe because of your ex?" (tour 15a F7.1). */
    private static final String HELP = "Help now: emergency 999 (or 112); domestic abuse: National Domestic Abuse Helpline";

    /**
     * "no" typed before the first question shows, then {@code key} sent the moment the second question is seen (no
     * look at the screen first: "EXIT=" was never on it); the screen once the command ended.
     */
    private String atTheSecondQuestion(String key) throws Exception {
        pane.startInteractive(ROOT, "./nocontact ask --country GB", 80);
        pane.typeAhead("no");
        assertThat(pane.waitForNew("unsafe because of your ex?")).contains("> no\n");
        pane.tmux("send-keys", "-t", pane.session(), key);
        String screen = pane.waitForNew("EXIT=").replaceAll("\\s+", " ");
        assertThat(screen).doesNotContain("Exception");
        return screen;
    }
}
