package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The interview's text fits the screen, breaking lines only at spaces. */
class LineWrappingTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    /** A conversation that meets most kinds of text: hints, choices, help, a correction and a relative date. */
    static ByQuestion answers() {
        return ByQuestion.script().answer(Key.INITIATED_BY, "?", "zzz", "1").answer(Key.BREAKUP_DATE, "3 weeks ago")
                .answer(Key.GOAL, "?", "1").answer(Key.ACTION, "text").answer(Key.PURPOSE, "2").answer(Key.BOUNDARIES, "n")
                .answer(Key.OCCASION, "1").answer(Key.NO_CONTACT_STARTED, "yes").answer(Key.NO_CONTACT_SINCE, "2 weeks ago")
                .answer(Key.NO_CONTACT_DAYS, "30").answer(Key.UNANSWERED_MESSAGES, "1").answer(Key.ANGER, "2")
                .answer(Key.SADNESS, "3").answer(Key.CONFIDENCE, "7").enterForTheRest();
    }

    String transcript(int width) {
        ByQuestion console = answers().fittedTo(width);
        new Interview(builtIn.standard(), InterviewTest.TODAY, console).run().orElseThrow();
        return console.shown();
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
    void aLongDefaultLosesItsAsideAt40ColumnsRatherThanWrapInsideItsBrackets() {
        String question = "What is the gift mainly for?\n[a greeting (happy birthday, and so on)] > ";
        assertThat(LineWrapping.fit(question, 40)).isEqualTo("What is the gift mainly for?\n[a greeting] > ");
        assertThat(LineWrapping.fit(question, 80)).as("whole where it fits").isEqualTo(question);
    }

    @Test
    void aDefaultWithNoAsideThatCannotFitIsSaidWholeAboveThePrompt() {
        String fitted = LineWrapping.fit("What would your reply mainly be about?\n"
                + "[answering how I am, or asking how they are] > ", 40);
        assertThat(fitted).isEqualTo("What would your reply mainly be about?\n"
                + "Enter keeps: answering how I am, or\n  asking how they are\n> ");
        assertThat(fitted.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40))
                .noneSatisfy(line -> assertThat(line).contains("[", "]"));
    }
}
