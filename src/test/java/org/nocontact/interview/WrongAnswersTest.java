package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nocontact.situation.Situation;

/**
 * Wrong answers of every kind: each is explained in one line and the question is asked again; the
 * interview goes on and ends with a situation. Nothing ends or restarts it but the person.
 */
class WrongAnswersTest {
    static final String SAFE = "n\nn\nn\nn\nn\n";
    /** After the wrong answer, the right answers from the question it was given at. */
    static final String FROM_WHO = "1\n3 weeks ago\n2\n1\n2\nn\nn\n1\n0\n";
    static final String FROM_DATE = "3 weeks ago\n2\n1\n2\nn\nn\n1\n0\n";

    static Stream<Arguments> wrongAnswers() {
        return Stream.of(
                Arguments.of("a yes/no question answered maybe", SAFE + "1\n3 weeks ago\n2\n1\n2\nmaybe\nn\nn\n1\n0\n",
                        "That's all right. Answer with what you know for sure, yes or no"),
                Arguments.of("a yes/no question answered with a number", SAFE + "1\n3 weeks ago\n2\n1\n2\n7\nn\nn\n1\n0\n",
                        "Please answer yes or no"),
                Arguments.of("Enter at a safety question", "\n" + SAFE + FROM_WHO, "Take your time. Type no if the answer is no"),
                Arguments.of("a choice left empty", SAFE + "\n" + FROM_WHO, "Please choose a number from 1 to 3"),
                Arguments.of("a choice out of range", SAFE + "4\n" + FROM_WHO, "Please choose a number from 1 to 3"),
                Arguments.of("a choice of zero", SAFE + "0\n" + FROM_WHO, "Please choose a number from 1 to 3"),
                Arguments.of("a negative choice", SAFE + "-1\n" + FROM_WHO, "Please choose a number from 1 to 3"),
                Arguments.of("a choice as a fraction", SAFE + "1.5\n" + FROM_WHO, "Please choose"),
                Arguments.of("a huge number", SAFE + "99999999999999999999999\n" + FROM_WHO, "Please choose"),
                Arguments.of("words that are no choice", SAFE + "it's complicated\n" + FROM_WHO, "Please choose"),
                Arguments.of("a very long line", SAFE + "x".repeat(100_000) + "\n" + FROM_WHO, "very long"),
                Arguments.of("terminal escape codes", SAFE + "\u001b[2J\u001b[31m\n" + FROM_WHO, "Please choose"),
                Arguments.of("an empty date", SAFE + "1\n\n" + FROM_DATE, "Please give a date like"),
                Arguments.of("an impossible date", SAFE + "1\n2027-02-30\n" + FROM_DATE, "I couldn't read \"2027-02-30\" as a date"),
                Arguments.of("a date that reads two ways", SAFE + "1\n03/02\n" + FROM_DATE, "03/02 could be 3 February or 2 March. Which do you mean?"),
                Arguments.of("a day that does not exist", SAFE + "1\n31/02/2027\n" + FROM_DATE, "There is no such day as 31/2/2027"),
                Arguments.of("a date in the future", SAFE + "1\nnext year\n2030-01-01\n" + FROM_DATE, "Tuesday 1 January 2030 is after today (Wednesday 10 March)"),
                Arguments.of("tomorrow", SAFE + "1\ntomorrow\n" + FROM_DATE, "Tomorrow (Thursday 11 March) has not come yet"),
                Arguments.of("a hundred years ago", SAFE + "1\n100 years ago\n" + FROM_DATE, "That would be 100 years ago (Thursday 10 March 1927). Did you mean another day?"),
                Arguments.of("a date with escape codes", SAFE + "1\n\u001b]0;pwned\u0007\n" + FROM_DATE, "\\u001b]0;pwned\\u0007"),
                Arguments.of("an unanswerable count", SAFE + "1\n3 weeks ago\n2\n1\n2\nn\nn\n1\nmany\n-3\n0\n", "Please give a whole number 0 or more"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongAnswers")
    void isExplainedAndAskedAgain(String name, String answers, String explanation) {
        StringWriter transcript = new StringWriter();
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        Optional<Situation> situation = new Interview(InterviewTest.STANDARD, LocalDate.of(2027, 3, 10), console).run();
        assertThat(situation).as(transcript.toString()).isPresent();
        assertThat(transcript.toString().replaceAll("\\s+", " ")).contains(explanation).doesNotContain("\u001b", "Exception");
        assertThat(situation.get().goal().wireName()).isEqualTo("move-on");
    }

    @ParameterizedTest(name = "invalid UTF-8")
    @MethodSource("invalidBytes")
    void invalidUtf8IsAWrongAnswerToo(byte[] bad) {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(SAFE.getBytes(StandardCharsets.UTF_8));
        input.writeBytes(bad);
        input.writeBytes(("\n" + FROM_WHO).getBytes(StandardCharsets.UTF_8));
        StringWriter transcript = new StringWriter();
        Optional<Situation> situation = new Interview(InterviewTest.STANDARD, LocalDate.of(2027, 3, 10),
                new PipedConsole(new ByteArrayInputStream(input.toByteArray()), new PrintWriter(transcript))).run();
        assertThat(situation).isPresent();
        assertThat(transcript.toString()).contains("Please choose");
    }

    static Stream<byte[]> invalidBytes() {
        return Stream.of(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {0});
    }
}
