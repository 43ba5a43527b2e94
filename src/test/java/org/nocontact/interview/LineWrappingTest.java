package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The interview's text fits the screen, breaking lines only at spaces. */
class LineWrappingTest {
    /** A conversation that meets most kinds of text: hints, choices, help, a correction and a relative date. */
    static final String ANSWERS = InterviewTest.SAFE + "?\nzzz\n1\n3 weeks ago\n?\n1\ntext\n2\nn\nn\n1\nyes\n2 weeks ago\n30\n1\n2\n3\n7\n";

    static String transcript(int width) {
        StringWriter out = new StringWriter();
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(ANSWERS.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), width);
        new Interview(InterviewTest.STANDARD, InterviewTest.TODAY, console).run().orElseThrow();
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 60, 80})
    void everyLineFitsAndNoWordIsBroken(int width) {
        String narrow = transcript(width);
        assertThat(narrow.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        assertThat(words(narrow)).isEqualTo(words(transcript(1000)));
    }

    private static java.util.List<String> words(String text) {
        return Arrays.asList(text.trim().split("\\s+"));
    }

    @Test
    void aNumberedChoiceContinuesUnderItsWords() {
        assertThat(LineWrapping.fit("  5) send a gift or flowers to them", 20))
                .isEqualTo("  5) send a gift or\n     flowers to them");
        assertThat(LineWrapping.fit("Plain words that go on for a while", 20)).isEqualTo("Plain words that go\non for a while");
    }

    @Test
    void aPromptKeepsItsSpaceAtTheEnd() {
        assertThat(LineWrapping.fit("Question?\n[yes] > ", 40)).isEqualTo("Question?\n[yes] > ");
    }
    @Test
    void aLongDefaultKeepsThePromptMarkerBesideIt() {
        String fitted = LineWrapping.fit("What is the gift mainly for?\n[a greeting (happy birthday, and so on)] > ", 40);
        assertThat(fitted.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40))
                .noneSatisfy(line -> assertThat(line.trim()).isEqualTo(">"));
        assertThat(fitted).endsWith("on)] > ");
    }
}
