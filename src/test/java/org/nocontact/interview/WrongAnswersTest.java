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
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    static final String SAFE = "n\nn\nn\nn\nn\n";

    /** Someone who wants to move on and is thinking of a text: right answers to every question it meets. */
    static ByQuestion movingOn() {
        return ByQuestion.script().answer(Key.INITIATED_BY, "1").answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.GOAL, "2")
                .answer(Key.ACTION, "1").answer(Key.PURPOSE, "2").answer(Key.BOUNDARIES, "n").answer(Key.OCCASION, "1")
                .answer(Key.UNANSWERED_MESSAGES, "0").answer(Key.NO_CONTACT_STARTED, "n").enterForTheRest();
    }

    /** The wrong lines typed at this question, then its right answer in the script. */
    static Arguments wrong(String name, Key<?> key, String right, String explanation, String... typed) {
        String[] lines = java.util.Arrays.copyOf(typed, typed.length + 1);
        lines[typed.length] = right;
        return Arguments.of(name, key, key == Key.NO_CONTACT_STARTED
                ? movingOn().answer(Key.GOAL, "1").answer(Key.STANDING, "im doing no contact").answer(key, lines)
                : key == Key.UNANSWERED_MESSAGES ? movingOn().answer(Key.STANDING, "some are unanswered").answer(key, lines)
                : key == Key.BREAKUP_DATE ? movingOn().answer(Key.NO_CONTACT_STARTED, "since 1 march").answer(key, lines)
                : movingOn().answer(key, lines), explanation); // ticked in the list of where things stand: asked back alone
    }

    static Stream<Arguments> wrongAnswers() {
        Key<?> who = Key.ACTION; // the first question after safety, asked of everyone
        Key<?> date = Key.BREAKUP_DATE;
        return Stream.of(
                wrong("the no-contact period answered maybe", Key.NO_CONTACT_STARTED, "2 weeks ago",
                        "Since when? A rough day is fine", "maybe"),
                wrong("the no-contact period answered no once ticked", Key.NO_CONTACT_STARTED, "2 weeks ago",
                        "(Type back to change the list.)", "no"),
                wrong("Enter at a safety question", Key.SELF_HARM, "n", "Take your time. Type no if the answer is no", ""),
                wrong("a choice left empty", who, "1", "Please choose a number from 1 to 8", ""),
                wrong("a choice out of range", who, "1", "Please choose a number from 1 to 8", "9"),
                wrong("a choice of zero", who, "1", "Please choose a number from 1 to 8", "0"),
                wrong("a negative choice", who, "1", "Please choose a number from 1 to 8", "-1"),
                wrong("a choice as a fraction", who, "1", "Please choose", "1.5"),
                wrong("a huge number", who, "1", "Please choose", "99999999999999999999999"),
                wrong("words that are no choice", who, "1", "Please choose", "purple elephants"),
                wrong("an answer that is hard to give", who, "1", "That's all right: it can be hard to say. Which is nearest? "
                        + "Type its number, from 1 to 8.", "it's complicated"),
                wrong("a very long line", who, "1", "very long", "x".repeat(PipedConsole.MAX_LINE + 1)),
                wrong("terminal escape codes", who, "1", "Please choose", "\u001b[2J\u001b[31m"),
                wrong("an empty date", date, "3 weeks ago", "Please give a date like", ""),
                wrong("an impossible date", date, "3 weeks ago", "I couldn't read \"2027-02-30\" as a date", "2027-02-30"),
                wrong("a date that reads two ways", date, "3 weeks ago", "03/02 could be 3 February or 2 March. Which do you mean?",
                        "03/02"),
                wrong("a day that does not exist", date, "3 weeks ago", "There is no such day as 31/2/2027", "31/02/2027"),
                wrong("a date in the future", date, "3 weeks ago", "Tuesday 1 January 2030 is after today (Wednesday 10 March)",
                        "next year", "2030-01-01"),
                wrong("tomorrow", date, "3 weeks ago", "Tomorrow (Thursday 11 March) has not come yet", "tomorrow"),
                wrong("a hundred years ago", date, "3 weeks ago",
                        "That would be 100 years ago (Thursday 10 March 1927). Did you mean another day?", "100 years ago"),
                wrong("a date with escape codes", date, "3 weeks ago", "\\u001b]0;pwned\\u0007", "\u001b]0;pwned\u0007"),
                wrong("an unanswerable count", Key.UNANSWERED_MESSAGES, "2", "Please give a whole number 1 or more", "many", "-3"),
                wrong("none of unanswered messages once ticked", Key.UNANSWERED_MESSAGES, "2", "1 or more", "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongAnswers")
    void isExplainedAndAskedAgain(String name, Key<?> key, ByQuestion console, String explanation) {
        Optional<Situation> situation = new Interview(builtIn.standard(), LocalDate.of(2027, 3, 10), console).run();
        String transcript = console.shown();
        assertThat(situation).as(transcript).isPresent();
        assertThat(transcript.replaceAll("\\s+", " ")).contains(explanation).doesNotContain("\u001b", "Exception");
        assertThat(console.unread(key)).as("asked again until the right answer, never passed over").isZero();
    }

    @ParameterizedTest(name = "invalid UTF-8")
    @MethodSource("invalidBytes")
    void invalidUtf8IsAWrongAnswerToo(byte[] bad) {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes(SAFE.getBytes(StandardCharsets.UTF_8));
        input.writeBytes(bad);
        input.writeBytes("\n1\n".getBytes(StandardCharsets.UTF_8));
        StringWriter transcript = new StringWriter();
        new Interview(builtIn.standard(), LocalDate.of(2027, 3, 10),
                new PipedConsole(new ByteArrayInputStream(input.toByteArray()), new PrintWriter(transcript))).run();
        assertThat(transcript.toString()).contains("Please choose", "Which of these are true now?");
        assertThat(transcript.toString().split("What are you thinking of doing, and what is it for\\?", -1)).as("asked again")
                .hasSize(3);
    }

    static Stream<byte[]> invalidBytes() {
        return Stream.of(new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {0});
    }
}
