package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.situation.Tie;

/** A question with options takes a number, the words of an option, or a sentence that names one. */
class ChoiceAnswersTest {
    private static final List<Option<String>> WAYS = List.of(
            new Option<>("send a text", "TEXT", List.of("text", "message")),
            new Option<>("call them", "CALL", List.of("call", "phone", "ring")),
            new Option<>("send an email", "EMAIL", List.of("email", "mail")),
            new Option<>("meet in person", "MEET", List.of("meet", "meet up")));
    private static final Choice<String> HOW = new Choice<>(WAYS, Optional.empty());
    private static final Choice<String> RECENTLY = new Choice<>(List.of(
            new Option<>("no", "NONE", List.of("no", "n", "nope")),
            new Option<>("yes, about something practical", "PRACTICAL", List.of("practical")),
            new Option<>("yes, about something personal", "PERSONAL", List.of("personal"))), Optional.empty());
    private static final Several TIES = new Several(List.of(
            new Option<>("children", Tie.CHILDREN, List.of("children", "kids")),
            new Option<>("work", Tie.WORK, List.of("work", "job")),
            new Option<>("a home", Tie.HOME, List.of("home", "house", "flat")),
            new Option<>("pets", Tie.PETS, List.of("pets", "pet", "dog", "cat")),
            new Option<>("money matters", Tie.FINANCES, List.of("money", "bills"))));

    private static AnswerReader.Parsed<String> how(String text) {
        return ChoiceAnswers.choice(HOW, text);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"2, CALL", "4, MEET", "call, CALL", "Call them!, CALL", "a text, TEXT", "send a text, TEXT",
            "i want to meet, MEET", "to meet up, MEET", "call them about the kids, CALL", "an email, EMAIL", "1, TEXT"})
    void aNumberOrTheWordsOfAnOptionChooseIt(String answer, String value) {
        AnswerReader.Parsed<String> parsed = how(answer);
        assertThat(parsed.value()).as(answer).contains(value);
        assertThat(parsed.shown()).isEqualTo(WAYS.stream().filter(o -> o.value().equals(value)).findFirst()
                .orElseThrow().label());
        assertThat(parsed.note()).as("taken as typed, nothing to say back").isEmpty();
    }

    @Test
    void anOptionNamedInASentenceIsTakenAndSaidBack() {
        AnswerReader.Parsed<String> parsed = how("i might ring them tonight");
        assertThat(parsed.value()).contains("CALL");
        assertThat(parsed.shown()).isEqualTo("call them");
        assertThat(parsed.note()).contains("Read as: call them.");
    }

    @ParameterizedTest
    @CsvSource({"idk my feelings i guess, my feelings", "prob a greeting, 'a greeting (happy birthday, and so on)'",
            "i think an apology?, an apology", "explaining why i broke up w her, my feelings"})
    void aChoiceReadOutOfAnAnswerInDoubtOrASentenceIsSaidBack(String answer, String label) {
        AnswerReader.Parsed<?> parsed = TypedAnswersTest.question("plan.purpose").kind()
                .read(new AnswerReader(EverydayAnswersTest.TODAY), answer, Answers.none());
        assertThat(parsed.shown()).isEqualTo(label);
        assertThat(parsed.note()).contains("Read as: " + label + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"just coparent peacefully", "we have kids, i just want to co-parent", "co-parenting"})
    void coParentingIsMovingOnAndIsSaidBack(String answer) {
        AnswerReader.Parsed<?> parsed = TypedAnswersTest.question("goal").kind()
                .read(new AnswerReader(EverydayAnswersTest.TODAY), answer, Answers.none());
        assertThat(parsed.shown()).isEqualTo("to move on");
        assertThat(parsed.note()).contains("Read as: to move on.");
    }

    @Test
    void twoOptionsNamedInASentenceAreAskedBack() {
        AnswerReader.Parsed<String> parsed = how("call or text them");
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problem()).contains("Did you mean \"send a text\" (1) or \"call them\" (2)? "
                + "Type its number, or another from 1 to 4.");
        assertThat(parsed.suggestion()).isEmpty();
    }

    @Test
    void aTypoIsAskedBackWithTheNearestOptionReadyForAYes() {
        AnswerReader.Parsed<String> parsed = how("emial");
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problem()).contains("Did you mean \"send an email\" (3)? Type yes, or the number of another "
                + "choice from 1 to 4.");
        assertThat(parsed.suggestion()).contains("send an email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "5", "zzzzzz", "yes", "-1"})
    void anythingElseNamesTheNumbersAndTheFirstOptionAsShown(String answer) {
        assertThat(how(answer).value()).as(answer).isEmpty();
        assertThat(how(answer).problem()).as(answer).contains("Please choose a number from 1 to 4 (or type the words of a "
                + "choice, such as \"send a text\").");
    }

    @Test
    void enterTakesTheDefaultShownAsItsOption() {
        AnswerReader.Parsed<String> parsed = ChoiceAnswers.choice(new Choice<>(WAYS, Optional.of("EMAIL")), "");
        assertThat(parsed.value()).contains("EMAIL");
        assertThat(parsed.shown()).isEqualTo("send an email");
        AnswerReader.Parsed<String> notOffered = ChoiceAnswers.choice(new Choice<>(WAYS, Optional.of("POST")), "");
        assertThat(notOffered.value()).as("a default no option shows is still the default").contains("POST");
        assertThat(notOffered.shown()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "y", "Yeah", "yep"})
    void aYesToAChoiceThatStartsWithNoAsksWhichOne(String answer) {
        AnswerReader.Parsed<String> parsed = ChoiceAnswers.choice(RECENTLY, answer);
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problem()).contains("Which one? Please choose a number from 2 to 3.");
        assertThat(ChoiceAnswers.choice(RECENTLY, "no").value()).contains("NONE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "nothing", "nope nothing", "not at all", "no they havent", "never", "Nothing recently.",
            "nah never"})
    void aNoInEverydayWordsToAChoiceThatStartsWithNoIsTheNo(String answer) {
        assertThat(ChoiceAnswers.choice(RECENTLY, answer).value()).as(answer).contains("NONE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "nothing", "never"})
    void noneNothingOrNeverIsNoChoiceWhereNoneOfTheChoicesIsNo(String answer) {
        assertThat(how(answer).value()).as(answer).isEmpty();
    }

    private static AnswerReader.Parsed<Set<Tie>> ties(String text) {
        return ChoiceAnswers.several(TIES, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "none", "no", "nothing", "0", "n", "None"})
    void noTiesIsNone(String answer) {
        assertThat(ties(answer).value()).as(answer).contains(EnumSet.noneOf(Tie.class));
        assertThat(ties(answer).shown()).isEqualTo("none");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = ';', value = {"1, 4; children, pets", "kids and dog; children, pets", "Kids, HOUSE; children, home",
            "1, 1, kids; children", "a home; home", "money,work; money, work"})
    void tiesAreListedByNumberOrName(String answer, String shown) {
        AnswerReader.Parsed<Set<Tie>> parsed = ties(answer);
        assertThat(parsed.shown()).as(answer).isEqualTo(shown);
        assertThat(parsed.note()).isEmpty();
    }

    @Test
    void theTiesListedAreTheOnesKept() {
        assertThat(ties("1, 4").value()).contains(EnumSet.of(Tie.CHILDREN, Tie.PETS));
        assertThat(ties("money,work").value()).contains(EnumSet.of(Tie.FINANCES, Tie.WORK));
    }

    @Test
    void tiesNamedInASentenceAreTakenAndSaidBack() {
        AnswerReader.Parsed<Set<Tie>> parsed = ties("we have a dog and the kids");
        assertThat(parsed.value()).contains(EnumSet.of(Tie.PETS, Tie.CHILDREN));
        assertThat(parsed.shown()).isEqualTo("children, pets");
        assertThat(parsed.note()).contains("Read as: children, pets.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"we don't share a house anymore", "no kids", "nothing except the dog", "we never had pets"})
    void aSentenceThatDeniesATieIsAskedBackNeverTaken(String answer) {
        AnswerReader.Parsed<Set<Tie>> parsed = ties(answer);
        assertThat(parsed.value()).as(answer).isEmpty();
        assertThat(parsed.problem()).as(answer).isPresent();
    }

    @Test
    void anUnknownTieIsNamedInTheQuestionBack() {
        assertThat(ties("1, goldfish").problem()).contains("I didn't recognise \"goldfish\". Type the numbers (like 1, 5) "
                + "or names (like children, pets), separated by commas, or none.");
        assertThat(ties("9").problem().orElseThrow()).startsWith("I didn't recognise \"9\".");
        assertThat(ties("x".repeat(60)).problem().orElseThrow()).contains("\"" + "x".repeat(39) + "…\"");
        assertThat(ties("kids, goldfish").problem()).as("an item beside a tie is asked back, never dropped (session 12)")
                .hasValueSatisfying(p -> assertThat(p).startsWith("I read children, but not \"goldfish\"."));
        assertThat(ties("the kids and kinda her cat lol").value()).as("ties named in a sentence are taken")
                .contains(EnumSet.of(Tie.CHILDREN, Tie.PETS));
    }

    /** Session 12: "get back w her" was taken silently; words the choice does not have are said back, its own are not. */
    @Test
    void aGoalInWordsTheChoiceDoesNotHaveIsSaidBackAndItsOwnWordsAreNot() {
        Question<?> goal = TypedAnswersTest.question("goal");
        AnswerReader reader = new AnswerReader(EverydayAnswersTest.TODAY);
        assertThat(reader.parse(goal, "get back w her", Answers.none()).note()).hasValue("Read as: to get back together.");
        assertThat(reader.parse(goal, "back together", Answers.none()).note()).isEmpty();
        assertThat(reader.parse(goal, "2", Answers.none()).note()).isEmpty();
    }

    /** Session 12: "work, car" read as work and dropped the car unsaid; an item that names no tie is asked back. */
    @Test
    void aListedItemThatNamesNoTieIsAskedBackNeverDropped() {
        AnswerReader.Parsed<Set<Tie>> read = ChoiceAnswers.several(TIES, "work, car");
        assertThat(read.value()).isEmpty();
        assertThat(read.problem()).hasValueSatisfying(p -> assertThat(p).contains("I read work, but not \"car\""));
        assertThat(ChoiceAnswers.several(TIES, "work, and kinda the dog lol").value()).hasValue(EnumSet.of(Tie.WORK, Tie.PETS));
    }

    /** Session 14: a doubt alone where ties are asked ("maybe", "idk") is asked back kindly, never "I didn't recognise". */
    @ParameterizedTest
    @ValueSource(strings = {"maybe", "idk", "not sure tbh", "dunno", "hmm"})
    void aDoubtAloneAtTheTiesIsAskedBackKindly(String typed) {
        AnswerReader.Parsed<Set<Tie>> read = ChoiceAnswers.several(TIES, typed);
        assertThat(read.value()).isEmpty();
        assertThat(read.problem()).contains("That's all right. Type the ones you know you share (numbers or names, "
                + "like 1, 5), or none.");
    }
}
