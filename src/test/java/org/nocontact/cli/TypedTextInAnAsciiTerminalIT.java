package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With LANG=C the locale says ASCII, but the terminal sends what is typed as UTF-8: a curly apostrophe
 * ("no, i’m fine") and an emoji are read as typed, never as '?' (./nocontact ask in tmux). A clear no
 * typed with a curly apostrophe stays a clear no. The keys are sent as bytes (tmux send-keys -H), so the
 * test does not depend on the locale it runs in. Waits for what is on screen, never a fixed time.
 */
class TypedTextInAnAsciiTerminalIT {
    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-ascii-it");
    final String session = pane.session();



    @Test
    void textTypedInUtf8IsReadAsTypedWhenTheLocaleIsAscii() throws Exception {
        pane.start(AskInTerminalIT.ROOT, "env LANG=C LC_ALL=C LC_CTYPE=C ./nocontact ask --today 2027-03-10", 80);
        pane.waitForNew(AskInTerminalIT.SAFETY_PROMPT);
        typeInUtf8("no, i\u2019m fine");
        String next = pane.waitForNew("Do you feel unsafe because of your ex?");
        assertThat(next).doesNotContain("careful path", "clear no");
        for (int i = 0; i < 4; i++) {
            pane.answer("own words)", "no");
        }
        pane.waitForNew("is it for?");
        typeInUtf8("text her happy birthday \uD83C\uDF82");
        assertThat(pane.waitForNew("Which of these are true now?").replaceAll("\\s+", " "))
                .contains("Read as: send a text, a greeting, for their birthday.");
        pane.keys("C-d");
        assertThat(pane.waitForNew("EXIT=")).contains("EXIT=1").doesNotContain("Exception");
    }

    /** Types the text as the UTF-8 bytes a terminal sends, then Enter. */
    private void typeInUtf8(String text) throws Exception {
        pane.snapshot();
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", session, "-H"));
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            command.add(String.format("%02x", b & 0xff));
        }
        pane.tmux(command.toArray(String[]::new));
        pane.tmux("send-keys", "-t", session, "Enter");
    }
}
