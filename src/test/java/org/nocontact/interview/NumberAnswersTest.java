package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A number question reads digits and number words, in its unit and range, and says kindly what it needs. */
class NumberAnswersTest {
    /** A feeling from 0 to 10, which may be skipped. */
    private static final Whole SCALE = new Whole(0, 10, OptionalInt.empty(), true, Optional.empty());
    /** Days to hold a period: 30 unless said. */
    private static final Whole DAYS = new Whole(1, 365, OptionalInt.of(30), false, Optional.of("day"));
    /** A count of messages, with no upper bound worth naming. */
    private static final Whole MESSAGES = new Whole(0, 1000, OptionalInt.of(0), false, Optional.of("message"));

    private static OptionalInt read(Whole kind, String text) {
        AnswerReader.Parsed<OptionalInt> parsed = NumberAnswers.whole(kind, text);
        assertThat(parsed.problem()).as(text).isEmpty();
        return parsed.value().orElseThrow();
    }

    private static String problem(Whole kind, String text) {
        AnswerReader.Parsed<OptionalInt> parsed = NumberAnswers.whole(kind, text);
        assertThat(parsed.value()).as(text).isEmpty();
        return parsed.problem().orElseThrow();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"7, 7", "0, 0", "10, 10", "seven, 7", "7/10, 7", "a 7/10, 7", "7 out of 10, 7", "an 8, 8", "none, 0",
            "zero, 0", "nothing, 0", "not at all, 0", "ten, 10"})
    void aScaleReadsDigitsWordsAndMarksOutOfTen(String answer, int number) {
        assertThat(read(SCALE, answer)).hasValue(number);
        assertThat(NumberAnswers.whole(SCALE, answer).shown()).isEqualTo(String.valueOf(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"skip", "s", "-"})
    void aScaleThatMayBeSkippedIsSkipped(String answer) {
        assertThat(read(SCALE, answer)).isEmpty();
        assertThat(NumberAnswers.whole(SCALE, answer).shown()).isEqualTo("skip");
    }

    @Test
    void aNumberOutOfRangeNamesTheRangeAndTheWayOut() {
        assertThat(problem(SCALE, "11")).isEqualTo("Please give a whole number from 0 to 10, or skip.");
        assertThat(problem(SCALE, "-1")).isEqualTo("Please give a whole number from 0 to 10, or skip.");
        assertThat(problem(DAYS, "0")).isEqualTo("Please give a whole number from 1 to 365; Enter keeps 30.");
        assertThat(problem(DAYS, "366")).isEqualTo("Please give a whole number from 1 to 365; Enter keeps 30.");
        assertThat(problem(MESSAGES, "lots and lots")).isEqualTo("Please give a whole number 0 or more; Enter keeps 0.");
        assertThat(read(SCALE, "10")).hasValue(10);
        assertThat(read(DAYS, "1")).hasValue(1);
        assertThat(read(DAYS, "365")).hasValue(365);
        assertThat(read(MESSAGES, "1000")).hasValue(1000);
    }

    @Test
    void enterKeepsTheDefaultWhereThereIsOne() {
        assertThat(read(DAYS, "")).hasValue(30);
        assertThat(NumberAnswers.whole(DAYS, "").shown()).isEqualTo("30");
    }

    @Test
    void enterSkipsAQuestionThatMayBeSkippedAndHasNoDefault() {
        assertThat(read(SCALE, "")).isEmpty();
        assertThat(NumberAnswers.whole(SCALE, "").shown()).isEqualTo("skip");
    }

    @Test
    void skipIsOnlyForAQuestionThatMayBeSkipped() {
        assertThat(problem(DAYS, "skip")).isEqualTo("Please give a whole number from 1 to 365; Enter keeps 30.");
    }

    @Test
    void noneIsZeroOnlyWhereZeroIsAnAnswer() {
        assertThat(read(MESSAGES, "none")).hasValue(0);
        assertThat(problem(DAYS, "none")).startsWith("Please give a whole number from 1 to 365");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a few", "several", "lots", "a couple", "too many"})
    void aVagueCountAsksForARoughNumber(String answer) {
        assertThat(problem(MESSAGES, answer)).isEqualTo("A rough number is fine: please type it as a number, like 3.");
        assertThat(problem(SCALE, answer)).isEqualTo("A rough number is fine: please type it as a number, like 3, or skip.");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({"'3 or 4', 3, 4", "'3-4', 3, 4", "'3 to 4', 3, 4", "'5 - 6', 5, 6", "'4 or 3 texts', 3, 4",
            "'three or four', 3, 4"})
    void twoNumbersTheRulesTellApartAreAskedBackWithBoth(String answer, int low, int high) {
        assertThat(problem(MESSAGES, answer)).isEqualTo("Which is nearer, " + low + " or " + high
                + " messages? Here the advice can differ between them; a guess is fine.");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"'2 or 3', 3", "'2-3 texts', 3", "'three or two', 3", "'2 to 2', 2"})
    void twoNumbersTheRulesReadAlikeAreTakenAtTheUpperEndAndSaidBack(String answer, int number) {
        AnswerReader.Parsed<OptionalInt> parsed = NumberAnswers.whole(MESSAGES, answer, (low, high) -> low >= 2);
        assertThat(parsed.value()).as(answer).contains(OptionalInt.of(number));
        if (!answer.equals("2 to 2")) {
            assertThat(parsed.note()).contains("Read as: 3 (2 or 3 give the same advice here).");
        }
    }

    /** "8 maybe 9" is a hedge between two numbers, read as "8 or 9" is: asked back where the rules tell them apart. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"8 maybe 9", "8 or maybe 9", "8, maybe 9", "like 8 maybe 9"})
    void aHedgeBetweenTwoNumbersIsReadAsBoth(String answer) {
        assertThat(problem(new Whole(0, 10, OptionalInt.empty(), true, Optional.of("point")),
                AnswerReader.unhedged(answer))).isEqualTo(
                "Which is nearer, 8 or 9 points? Here the advice can differ between them; a guess is fine.");
        assertThat(NumberAnswers.whole(SCALE, AnswerReader.unhedged(answer), (low, high) -> true).value())
                .contains(OptionalInt.of(9));
    }

    /** The urge's strength is weighed by no rule: "8 maybe 9" is the stronger, said back, never asked back at 2 a.m. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"8 maybe 9", "8 or 9", "8-9", "idk 8 maybe 9", "9 or 8"})
    void anUrgesStrengthBetweenTwoNumbersIsTheStrongerSaidBack(String answer) {
        NumberReading.Read read = NumberReading.strength(answer, 1, 10);
        assertThat(read.value()).hasValue(9);
        assertThat(read.said()).contains("Read as: 9, the stronger of 8 and 9.");
        assertThat(NumberReading.strength("8", 1, 10).said()).isEmpty();
    }

    @Test
    void aRangeOutsideTheQuestionsRangeIsNoAnswer() {
        assertThat(problem(SCALE, "9 or 11")).isEqualTo("Please give a whole number from 0 to 10, or skip.");
    }

    @ParameterizedTest(name = "\"{0}\" is {1} days")
    @CsvSource({"30 days, 30", "1 day, 1", "6 weeks, 42", "1 week, 7", "two weeks, 14", "45, 45"})
    void daysMayBeGivenInDaysOrWeeks(String answer, int days) {
        assertThat(read(DAYS, answer)).hasValue(days);
        assertThat(NumberAnswers.whole(DAYS, answer).shown()).isEqualTo(String.valueOf(days));
    }

    @Test
    void aNumberOfAnotherUnitIsNotTaken() {
        assertThat(problem(DAYS, "30 messages")).startsWith("Please give a whole number");
        assertThat(problem(MESSAGES, "2 weeks")).startsWith("Please give a whole number");
        assertThat(problem(SCALE, "7 days")).as("a scale has no unit").startsWith("Please give a whole number");
        assertThat(problem(DAYS, "3 long weeks")).startsWith("Please give a whole number");
        assertThat(read(MESSAGES, "2 messages")).hasValue(2);
        assertThat(read(MESSAGES, "1 message")).hasValue(1);
    }

    @Test
    void weeksBeyondAThousandAreNotMultipliedOut() {
        Whole longDays = new Whole(1, 100_000, OptionalInt.empty(), false, Optional.of("day"));
        assertThat(read(longDays, "1000 weeks")).hasValue(7000);
        assertThat(problem(longDays, "1001 weeks")).startsWith("Please give a whole number");
    }

    @Test
    void outOfTenIsOnlyReadOnAScaleOfTen() {
        assertThat(problem(MESSAGES, "7/10")).startsWith("Please give a whole number");
        assertThat(read(MESSAGES, "twice")).hasValue(2);
        assertThat(read(MESSAGES, "once")).hasValue(1);
    }

    /** Session 14's tours: "just the one from yesterday" was refused with "Please give a whole number". */
    @ParameterizedTest(name = "\"{0}\" is {1} unanswered")
    @CsvSource(delimiter = '|', value = {"just the one from yesterday | 1", "the one from last night | 1",
            "2 since last week | 2", "only one from today | 1"})
    void aCountSaidWithWhenTheyWereSentIsTheCountSaidBack(String typed, int count) {
        AnswerReader.Parsed<?> parsed = new AnswerReader(InterviewTest.TODAY).parse(
                TypedAnswersTest.question("history.unansweredMessages"), typed, Answers.none());
        assertThat(parsed.value()).as(typed).isEqualTo(Optional.of(OptionalInt.of(count)));
        assertThat(parsed.note()).as(typed).contains("Read as: " + count + ".");
    }

    @ParameterizedTest(name = "\"{0}\" is said back as {1}")
    @CsvSource(delimiter = '|', value = {"idk like 6? | Read as: 6.", "6 maybe | Read as: 6.", "around 6 | Read as: 6.",
            "prob 6 | Read as: 6.", "6ish | Read as: 6.", "6? | Read as: 6.", "maybe like 6 lol | Read as: 6."})
    void aNumberSaidWithAHedgeIsSaidBackAsEveryOtherReadingIs(String typed, String said) {
        AnswerReader.Parsed<?> parsed = new AnswerReader(InterviewTest.TODAY).parse(
                TypedAnswersTest.question("history.unansweredMessages"), typed, Answers.none());
        assertThat(parsed.value()).isEqualTo(Optional.of(OptionalInt.of(6)));
        assertThat(parsed.note()).as(typed).contains(said);
        assertThat(new AnswerReader(InterviewTest.TODAY).parse(TypedAnswersTest.question("noContact.days"), "like 30",
                Answers.none()).note()).contains("Read as: 30 days.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "7/10", "seven"})
    void aNumberTypedPlainlyIsTakenSilently(String typed) {
        assertThat(new AnswerReader(InterviewTest.TODAY).parse(TypedAnswersTest.question("emotions.sadness"), typed,
                Answers.none()).note()).as(typed).isEmpty();
        assertThat(new AnswerReader(InterviewTest.TODAY).parse(TypedAnswersTest.question("noContact.days"), "30 days",
                Answers.none()).note()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"idk", "not sure", "dunno", "i dont know"})
    void notKnowingAFeelingIsAskedBackKindlyNeverGuessed(String typed) {
        AnswerReader.Parsed<?> parsed = new AnswerReader(InterviewTest.TODAY).parse(TypedAnswersTest.question("emotions.sadness"),
                typed, Answers.none());
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problem()).contains("That's all right. A guess from 0 to 10 is fine, or press Enter to skip.");
    }
}
