package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Action;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;

/** An unclear answer is asked back once with the nearest reading; what an answer says beyond its question is offered later. */
class AskingBackTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    final StringWriter transcript = new StringWriter();

    Optional<Situation> talk(String answers) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        return new Interview(builtIn.standard(), InterviewTest.TODAY, console).run();
    }

    String said() {
        return transcript.toString().replaceAll("\\s+", " ");
    }

    static final String SAFE = "no\nno, i'm fine\nnah\nnoo\nno im ok\n";
    /**
     * The plan, where things stand (5: holding no contact) and the special day, up to "Who ended it, when, and what do
     * you want now?" (the engine's order for this plan); the day it ended is asked back before since when.
     */
    static final String TO_WHO = "text her how i feel\n5\nno\n";
    /** Who ended it, when and the goal, asked as one after the special day for this plan (no default: Enter would not do). */
    static final String GOAL_AND_WHO = "she dumped me 2 months ago, idk honestly\n";

    @Test
    void aLengthOfTimeIsAskedBackAsThatLongAgoAndAYesTakesIt() {
        talk(SAFE + TO_WHO + "she dumped me, idk honestly\n2 weeks\nyes\n");
        assertThat(said()).contains("Did you mean 2 weeks ago, Wednesday 24 February? Type yes",
                "Since when have you held no contact?");
    }

    @Test
    void aYesAsPeopleTypeItTakesTheDayAskedBack() {
        for (String yes : new String[] {"ya", "yea", "yeah!", "yes lol"}) {
            transcript.getBuffer().setLength(0);
            talk(SAFE + TO_WHO + "she dumped me, idk honestly\n2 weeks\n" + yes + "\n");
            assertThat(said()).as(yes).contains("Did you mean 2 weeks ago, Wednesday 24 February? Type yes",
                    "Since when have you held no contact?").doesNotContain("as a date");
        }
    }

    @Test
    void aMissAfterAskingBackQuotesWhatWasTypedAndStillOffersTheNearestDay() {
        Optional<Situation> s = talk(SAFE + TO_WHO + "she dumped me, idk honestly\n2 weeks\nya maybe\nya\n");
        assertThat(said()).containsOnlyOnce("Did you mean 2 weeks ago, Wednesday 24 February?")
                .contains("I couldn't read \"ya maybe\" as a date.", "(Type yes for 2 weeks ago, Wednesday 24 February.)",
                        "Since when have you held no contact?")
                .doesNotContain("\"yeah maybe\"");
        assertThat(s).isEmpty();
    }

    @Test
    void aMissAfterADayAskedBackWithWordsAroundItOffersTheDayInWordsNeverAsADateCode() {
        talk(SAFE + TO_WHO + "she dumped me, idk honestly\nshe dumped me like 2 wks ago\nhappy birthday!! hope its a good one\n");
        assertThat(said()).contains("I couldn't read \"happy birthday!! hope its a good one\" as a date.",
                "(Type yes for Wednesday 24 February.)").doesNotContainPattern("Type yes for \"?\\d{4}-");
    }

    @Test
    void aDayTypedAloneAfterWhichDayInTheMonthIsThatDayOfTheMonth() {
        talk(SAFE + TO_WHO + "she dumped me, idk honestly\nlast march\nthe 15th\n");
        assertThat(said()).contains("Roughly which day in March?", "Since when have you held no contact?")
                .doesNotContain("couldn't read \"the 15th\"");
        assertThat(DateAnswers.dayOfTheMonthSaid("last march", "15", InterviewTest.TODAY)).hasValue("15 march");
        assertThat(DateAnswers.dayOfTheMonthSaid("in march 2026", "around the 3rd", InterviewTest.TODAY)).hasValue("3 march 2026");
        assertThat(DateAnswers.dayOfTheMonthSaid("ya maybe", "15", InterviewTest.TODAY)).as("a day of the month only after a month alone").isEmpty();
        assertThat(DateAnswers.dayOfTheMonthSaid("last march", "15 weeks", InterviewTest.TODAY)).isEmpty();
        assertThat(DateAnswers.dayOfTheMonthSaid("last month", "the 10th", InterviewTest.TODAY))
                .as("last month is the month before today's").hasValue("10 february 2027");
    }

    @Test
    void aMisreadDateQuotesWhatWasTyped() {
        talk(SAFE + TO_WHO + "she dumped me, idk honestly\nya idk like ages\n");
        assertThat(said()).contains("I couldn't read \"ya idk like ages\" as a date.");
    }

    @Test
    void iThinkSoIsAYesToTheDayAskedBack() {
        for (String yes : new String[] {"i think so", "yeah i think so", "yes that's it", "correct", "yep thats right"}) {
            transcript.getBuffer().setLength(0);
            talk(SAFE + TO_WHO + "she dumped me, idk honestly\n2 weeks\n" + yes + "\n");
            assertThat(said()).as(yes).contains("Since when have you held no contact?").doesNotContain("as a date");
        }
    }

    @Test
    void aTypoIsAskedBackWithTheNearestChoiceAndStillOfferedAfterASecondMiss() {
        talk(SAFE + "emial\nfax\n");
        assertThat(said()).containsOnlyOnce("Did you mean \"send an email\" (3)?")
                .contains("(Type yes for \"send an email\".)");
    }

    @Test
    void aTypoIsAskedBackWithTheNearestChoice() {
        talk(SAFE + "emial\nyes\n");
        assertThat(said()).contains("Did you mean \"send an email\" (3)?");
        assertThat(said().indexOf("What are you thinking of doing, and what is it for?")).isLessThan(said().lastIndexOf("Did you mean"));
    }

    @Test
    void aSentenceThatNamesTwoChoicesIsAskedBackWithBoth() {
        talk(SAFE + "call or text her\n");
        assertThat(said()).contains("Did you mean \"send a text\" (1) or \"call them\" (2)?");
    }

    @Test
    void whatAnAnswerSaysBeyondItsQuestionIsOfferedAsTheLaterDefault() {
        Situation s = talk(SAFE + "text her how i feel\nno, its for her birthday\n\n" + GOAL_AND_WHO + "\nskip\n".repeat(15)).orElseThrow();
        assertThat(said()).contains("[their birthday] >");
        assertThat(s.plan().action()).isEqualTo(Action.TEXT);
        assertThat(s.plan().purpose()).isEqualTo(Purpose.FEELINGS);
        assertThat(s.plan().occasion()).contains(Occasion.BIRTHDAY);
    }

    @Test
    void aSlipInADayIsAskedBackWithTheDayItMostLikelyMeans() {
        Situation s = talk(SAFE + TO_WHO + "she dumped me, idk honestly\n2 wekks ago\nya\n").orElse(null);
        assertThat(said()).contains("Did you mean 2 weeks ago, Wednesday 24 February? Type yes", "Since when have you held no contact?");
        transcript.getBuffer().setLength(0);
        talk(SAFE + TO_WHO + "she dumped me, idk honestly\nyesterdya\n");
        assertThat(said()).contains("Did you mean yesterday, Tuesday 9 March? Type yes");
    }

    @Test
    void aNamedDayIsThatDaySaidBack() {
        talk(SAFE + TO_WHO + "she dumped me, idk honestly\non valentines day\n");
        assertThat(said()).contains("Valentine's Day: Sunday 14 February.", "Since when have you held no contact?");
    }

    @Test
    void aYesToTheAnswerOfferedInBracketsTakesIt() {
        Situation s = talk(SAFE + "text her how i feel\nno, its for her birthday\nya\n" + GOAL_AND_WHO + "\nskip\n".repeat(15)).orElseThrow();
        assertThat(said()).contains("[their birthday] > ya").doesNotContain("Which one?");
        assertThat(s.plan().occasion()).contains(Occasion.BIRTHDAY);
    }

    @Test
    void aYesIsNeverTakenAsANoOfferedInBrackets() {
        talk(SAFE + "text her\nya\n"); // at where things stand, one list: a yes says some are true, not which
        assertThat(said()).contains("> ya Which ones? Type the numbers of those that are true, like 1 3, or none.");
    }

    @Test
    void sinceSheLeftIsTheDayOfTheBreakup() {
        AnswerReader.Parsed<?> parsed = new AnswerReader(InterviewTest.TODAY).parse(TypedAnswersTest.question("noContact.since"),
                "since she left", Answers.none().with(Key.BREAKUP_DATE, LocalDate.of(2027, 2, 17)));
        assertThat(parsed.value()).isEqualTo(Optional.of(LocalDate.of(2027, 2, 17)));
        assertThat(parsed.note()).contains("Since the breakup: Wednesday 17 February.");
    }

    @Test
    void aWeekendIsAskedBackWithItsDaysAndTheDayTypedAloneIsTakenAndSaidBack() {
        Situation s = talk(SAFE + TO_WHO + "she dumped me, idk honestly\nover thanksgiving weekend\nsat\n").orElse(null);
        assertThat(said()).contains("Which day of Thanksgiving weekend: Thursday 26, Friday 27, Saturday 28 or Sunday 29"
                        + " November 2026? Type the day, like Friday; a guess is fine.",
                "Saturday of Thanksgiving weekend: Saturday 28 November 2026.", "Since when have you held no contact?")
                .doesNotContain("couldn't read \"sat\"");
    }

    @Test
    void theDayAfterANamedDayIsTakenAndSaidBackByItsName() {
        talk(SAFE + TO_WHO + "she dumped me, idk honestly\nthe day after thanksgiving\n");
        assertThat(said()).contains("The day after Thanksgiving: Friday 27 November 2026.", "Since when have you held no contact?");
    }

    @Test
    void aBirthdayIsAskedForByItsDay() {
        talk(SAFE + TO_WHO + "she dumped me, idk honestly\non my birthday\n14 feb\n");
        assertThat(said()).contains("Which day is your birthday? Type it like 14 March.", "Since when have you held no contact?")
                .doesNotContain("couldn't read \"on my birthday\"");
    }

    @Test
    void aGoalAfterDoubtIsAskedBackWithItAndNotSure() {
        // the goal not clear in the answer to who ended it, when and the goal: asked back alone, where doubt is read
        talk(SAFE + "text her how i feel\nno\nno\nshe dumped me 2 weeks ago\nidk maybe get back together\n4\n");
        assertThat(said()).contains("Did you mean \"to get back together\" (1) or \"I'm not sure\" (4)? Type its number")
                .doesNotContain("Read as: to get back together.");
    }

    @Test
    void aYesAndMoreToTheTiesOfferedKeepsThemAndAddsTheMore() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text him about who keeps the dog and when he's moving his"
                + " stuff out, we still share the flat").answer(Key.TIES, "ya and money, the rent")
                .answer(Key.INITIATED_BY, "we both did, 2 weeks ago").answer(Key.BREAKUP_DATE, "2 weeks ago")
                .answer(Key.GOAL, "to move on").enterForTheRest();
        new Interview(builtIn.standard(), InterviewTest.TODAY, script).run();
        assertThat(script.shown()).contains("Read as: home, pets, belongings, money.").doesNotContain("Read as: money.");
    }
}
