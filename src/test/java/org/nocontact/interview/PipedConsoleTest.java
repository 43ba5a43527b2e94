package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Answers from a pipe, one per line; the questions, and the answers echoed, go to the prompts' stream. */
class PipedConsoleTest {
    private final StringWriter prompts = new StringWriter();

    private PipedConsole reading(String input, int width) {
        return new PipedConsole(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintWriter(prompts),
                width);
    }

    @Test
    void eachPromptTakesTheNextLineAndTheTranscriptReadsAsAConversation() {
        PipedConsole console = reading("yes\n2 weeks ago\n", 80);
        assertThat(console.readLine("Blocked?\n> ")).contains("yes");
        assertThat(console.readLine("Since when?\n> ")).contains("2 weeks ago");
        assertThat(prompts.toString()).isEqualTo("Blocked?\n> yes\nSince when?\n> 2 weeks ago\n");
    }

    @Test
    void theEndOfInputIsNoAnswerAndAnEmptyLineIsAnAnswer() {
        PipedConsole console = reading("\nlast line without an end", 80);
        assertThat(console.readLine("> ")).contains("");
        assertThat(console.readLine("> ")).contains("last line without an end");
        assertThat(console.readLine("> ")).isEmpty();
        assertThat(console.readLine("> ")).isEmpty();
        assertThat(prompts.toString()).isEqualTo("> \n> last line without an end\n> \n> \n");
    }

    @Test
    void aWindowsLineEndIsNotPartOfTheAnswer() {
        PipedConsole console = reading("no\r\n\r\n", 80);
        assertThat(console.readLine("> ")).contains("no");
        assertThat(console.readLine("> ")).contains("");
    }

    @Test
    void aVeryLongLineIsCutJustPastTheLimitSoTheInterviewRefusesItWithoutFillingMemory() {
        String longLine = "x".repeat(PipedConsole.MAX_LINE * 3);
        PipedConsole console = reading(longLine + "\nnext\n", 80);
        assertThat(console.readLine("> ").orElseThrow()).hasSize(PipedConsole.MAX_LINE + 1);
        assertThat(console.readLine("> ")).as("the rest of the long line is dropped, not read as answers").contains("next");
    }

    @Test
    void theEchoIsShortAndShowsControlCharactersWrittenOut() {
        PipedConsole console = reading("a\u001b[31mred " + "y".repeat(300) + "\n", 80);
        assertThat(console.readLine("> ").orElseThrow()).startsWith("a\u001b[31mred");
        String echoed = prompts.toString().substring(2).strip();
        assertThat(echoed).doesNotContain("\u001b").hasSizeLessThan(220).endsWith("…");
    }

    @Test
    void promptsAndWhatIsSaidFitTheWidth() {
        PipedConsole console = reading("ok\n", 20);
        console.say("Plain words that go on for a while");
        console.readLine("Is this the question you meant?\n> ");
        assertThat(prompts.toString()).isEqualTo("Plain words that go\non for a while\nIs this the question\nyou meant?\n> ok\n");
        assertThat(console.width()).isEqualTo(20);
        console.close();
    }
}
