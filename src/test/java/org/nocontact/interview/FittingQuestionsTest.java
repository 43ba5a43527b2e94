package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Questions fit what was said: worded from what is known, and none that cannot matter. */
class FittingQuestionsTest {
    final StringWriter transcript = new StringWriter();

    String talk(String answers) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        new Interview(InterviewTest.STANDARD, InterviewTest.TODAY, console).run();
        return transcript.toString().replaceAll("\\s+", " ");
    }

    static final String SAFE = "no\nno\nno\nno\nno\n";

    @Test
    void aGiftIsAskedWhatItIsFor() {
        String said = talk(SAFE + "they did\n3 weeks ago\nget back together\nsend flowers\n" + "\n".repeat(20));
        assertThat(said).doesNotContain("What is it mainly about?");
        assertThat(said).contains("What is the gift mainly for?");
    }

    @Test
    void rightAfterTheyJustTextedMeTheBlockQuestionSaysSo() {
        String said = talk(SAFE + "they did\n3 weeks ago\nget back together\nthey just texted me\npersonal\n" + "\n".repeat(20));
        assertThat(said).contains("Read as: reply to a message they sent.").doesNotContain("Have they blocked you, on any app");
        assertThat(said).contains("They wrote to you. Have they blocked you anywhere else",
                "Before they wrote, had they asked you not to contact them?");
        assertThat(said).doesNotContain("What is it mainly about?");
    }

    @Test
    void aTextIsAskedWhatTheMessageIsAbout() {
        String said = talk(SAFE + "they did\n3 weeks ago\nget back together\ntext\n" + "\n".repeat(20));
        assertThat(said).contains("What would your message mainly be about?");
    }
}
