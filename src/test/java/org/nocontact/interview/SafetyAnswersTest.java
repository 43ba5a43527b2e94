package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/** A safety question has no default, and anything but a clear no takes the safe path, kindly. */
class SafetyAnswersTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    final StringWriter transcript = new StringWriter();

    Situation interview(String answers) {
        return talk(answers).orElseThrow();
    }

    /** The interview, to its end or to where the answers run out (empty then). */
    java.util.Optional<Situation> talk(String answers) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, console);
        return interview.run();
    }

    /** The transcript with its line breaks (fitted to 80 columns) read as spaces. */
    String said() {
        return transcript.toString().replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "n", "No.", "nope", "nah", "no I'm not", "No, I’m not", "not at all", "never",
            "no, not at all", "I'm not", "I am not", "no I don't", "they haven't", "NO!", "none", "no thanks",
            "no, i'm fine", "no im ok", "noo", "na", "nooo", "nah im good", "no i'm okay", "no, I'm safe", "nope all good",
            "nop", "nop.", "nopp", "naw", "nahh", "nope.", "no.", "nop im ok"})
    void aClearNoIsNo(String answer) {
        assertThat(SafetyAnswers.isClearNo(answer)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometimes", "maybe", "not sure", "I'm not sure", "I don't know", "kind of", "a bit",
            "yes", "y", "not really", "no but sometimes", "no, I don't think so", "not anymore", "idk", "nno",
            "7", "I guess not", "not at the moment", "hmm", "no... maybe", "no... well sometimes", "no, not fine",
            "no but im not ok", "np", "nah sometimes", "nop idk", "nop... well sometimes", "mo", "bo", "nl"})
    void anythingElseIsNotANo(String answer) {
        assertThat(SafetyAnswers.isClearNo(answer)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "not sure", "I don't know", "i guess", "hard to say"})
    void aHesitantAnswerTakesTheSafePathKindly(String answer) {
        Situation s = interview(answer + "\n");
        assertThat(s.safety().selfHarm()).isTrue();
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        assertThat(said()).contains("You didn't give a clear no, so, just in case, I'll take the careful path.",
                "your safety comes first").doesNotContain("Please answer yes or no", "What are you thinking of doing, and what is it for?");
    }

    /** Closing tour F8: "nop" (nope, one letter short) at each safety question is the no it can only be. */
    @Test
    void aNopeTypedOneLetterShortAtEverySafetyQuestionIsANoAndTheQuestionsGoOn() {
        assertThat(talk("nop\nnop\nnop\nnop\nnop\n")).as("the questions go on").isEmpty();
        assertThat(said()).contains("What are you thinking of doing, and what is it for?")
                .doesNotContain("careful path", "Let's stop the questions");
    }

    /**
     * A no taken back is no no (tour15a FS.1): a joke, a lie owned up to, or the reassurance denied right after it.
     * At each of the five safety questions, after clear nos to the ones before, it takes the safe path.
     */
    @ParameterizedTest
    @ValueSource(strings = {"no jk", "no lol jk", "no. just kidding", "no i'm lying", "no (lying)", "no im ok (lie)",
            "no im fine (im not)", "no im fine. im not", "nah jk", "no... jk", "no im fine. i'm not",
            "nope, joking", "no im ok jkjk"})
    void aNoTakenBackTakesTheSafePathAtEverySafetyQuestion(String answer) {
        for (int before = 0; before < 5; before++) {
            transcript.getBuffer().setLength(0);
            Situation s = interview("no\n".repeat(before) + answer + "\n");
            assertThat(s.safety().anyConcern()).as("%s at safety question %d", answer, before + 1).isTrue();
            assertThat(said()).contains("I'll take the careful path").doesNotContain("What are you thinking of doing");
        }
    }

    /** A typo of no with a doubt or a question in it, and "not really", stay unclear: the safe path, never a no. */
    @ParameterizedTest
    @ValueSource(strings = {"nop idk", "nop?", "no... well sometimes", "not really", "nop but sometimes", "naw maybe"})
    void aNopWithADoubtOrAQuestionStillTakesTheSafePath(String answer) {
        Situation s = interview(answer + "\n");
        assertThat(s.safety().selfHarm()).isTrue();
        assertThat(said()).contains("You didn't give a clear no, so, just in case, I'll take the careful path.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdf", "np", "not really", "nno", "maybe"})
    void anAnswerThatIsNotAClearNoIsNotThankedForWhatItDidNotSay(String answer) {
        Situation s = interview(answer + "\n");
        assertThat(s.safety().selfHarm()).isTrue();
        assertThat(said()).contains("You didn't give a clear no, so, just in case, I'll take the careful path.",
                "Let's stop the questions here: your safety comes first.")
                .doesNotContainIgnoringCase("thank you").doesNotContain("telling me");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yeah i keep checking her instagram lol", "i look at his insta stories", "sometimes her facebook"})
    void lookingAtTheirSocialMediaIsNotTheUrgeToFollowThemAndGetsItsOwnAdvice(String answer) {
        assertThat(talk("no\nno\nno\nno\n" + answer + "\n")).as("the questions go on").isEmpty();
        assertThat(said()).contains("Muting or unfollowing them makes it easier to stop",
                "a counsellor can help", "What are you thinking of doing, and what is it for?").doesNotContain("Let's stop the questions here");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i cant stop checking her insta", "i drive past her house and check her instagram",
            "yes", "i made a fake account to watch her stories", "sometimes"})
    void followingThemOrNotBeingAbleToStopIsStillTheConcern(String answer) {
        Situation s = interview("no\nno\nno\nno\n" + answer + "\n");
        assertThat(s.safety().urgeToMonitor()).isTrue();
        assertThat(said()).contains("support for you comes first").doesNotContain("What are you thinking of doing, and what is it for?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no i just want to say happy bday", "no, i just miss her", "nope just want closure"})
    void aNoWithAReasonAboutTheirPlanIsANoAndTheQuestionsGoOn(String answer) {
        assertThat(talk(answer + "\n" + answer + "\nno\nno\n" + answer + "\n")).as("the questions go on").isEmpty();
        assertThat(said()).contains("What are you thinking of doing, and what is it for?").doesNotContain("careful path", "Let's stop the questions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no but sometimes i want to", "no not really", "no i'm not going to hurt myself",
            "no i just dont want to be here", "no i just want it all to end", "no, not right now"})
    void aNoThatTakesItselfBackOrMentionsHurtingOrEndingTakesTheSafePath(String answer) {
        Situation s = interview(answer + "\n");
        assertThat(s.safety().selfHarm()).isTrue();
        assertThat(said()).contains("You didn't give a clear no, so, just in case, I'll take the careful path.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no i just want to know where she is", "no i just drive past her place", "no but sometimes i want to"})
    void aNoWhoseReasonIsFollowingOrTrackingThemIsStillTheUrge(String answer) {
        Situation s = interview("no\nno\nno\nno\n" + answer + "\n");
        assertThat(s.safety().urgeToMonitor()).isTrue();
    }

    @Test
    void theOnlineReadingIsOnlyForTheUrgeQuestion() {
        Situation s = interview("i keep checking her instagram\n");
        assertThat(s.safety().selfHarm()).as("an unclear answer to another safety question takes the safe path").isTrue();
    }

    @Test
    void aClearYesIsThanked() {
        interview("yes\n");
        assertThat(said()).contains("Thank you for telling me.", "your safety comes first")
                .doesNotContain("not a clear no");
    }

    /** The outcome of the conversation that ended at a safety answer, saying why it took the safe path. */
    java.util.Optional<SafePath> safePath(String answers) {
        PipedConsole console = new PipedConsole(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(transcript));
        return new Interview(builtIn.standard(), InterviewTest.TODAY, console).talk(Remembered.none()).outcome()
                .orElseThrow().safePath();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "yeah", "y", "i do", "Yes."})
    void theOutcomeSaysASafePathWasTakenForAClearYes(String answer) {
        assertThat(safePath(answer + "\n")).hasValue(SafePath.CLEAR_YES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not really", "no but sometimes", "idk", "maybe", "asdf"})
    void theOutcomeSaysASafePathWasTakenBecauseTheAnswerWasNotAClearNo(String answer) {
        assertThat(safePath(answer + "\n")).hasValue(SafePath.UNCLEAR);
        assertThat(safePath("no\nno\nno\nno\n" + answer + "\n")).as("at the urge question too").hasValue(SafePath.UNCLEAR);
    }

    @Test
    void anOutcomePastEverySafetyQuestionTookNoSafePath() {
        assertThat(new Interview(builtIn.standard(), InterviewTest.TODAY, InterviewTest.full()).talk(Remembered.none())
                .outcome().orElseThrow().safePath()).isEmpty();
    }

    @Test
    void enterIsNotAnAnswerToASafetyQuestion() {
        Situation s = interview("\n\nno\nyes\n");
        assertThat(said()).doesNotContain("[no] >")
                .contains("Take your time. Type no if the answer is no; if it is anything else, say it in your own words.");
        assertThat(said().split("thoughts of hurting yourself\\?", -1)).hasSize(4);
        assertThat(s.safety().selfHarm()).isFalse();
        assertThat(s.safety().unsafe()).isTrue();
    }

    @Test
    void aProtectionOrderIsNotAssumedToProtectThePerson() {
        Situation s = interview("n\nn\nn\nyes\n");
        assertThat(s.safety().protectionOrder()).isTrue();
        assertThat(said()).contains("Thank you for telling me.",
                "a court order decides what contact is allowed, whichever of you it protects")
                .doesNotContain("your safety comes first");
    }
    @ParameterizedTest
    @ValueSource(strings = {"no lol", "nah lol", "no haha", "lol no", "nope lmao"})
    void aNoWithALaughIsStillAClearNo(String answer) {
        assertThat(talk(answer + "\n")).isEmpty();
        assertThat(said()).contains("Do you feel unsafe because of your ex?").doesNotContain("careful path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"idk i keep checking her insta like every hour", "i check her insta every hour",
            "not sure, i check her stories"})
    void checkingTheirSocialMediaHourlyOrNotKnowingIfItIsMoreIsNotANo(String answer) {
        Situation s = interview("no\nno\nno\nno\n" + answer + "\n");
        assertThat(s.safety().urgeToMonitor()).isTrue();
        // the careful path, and their social media still answered in one line after it (guidance: Safety screens)
        assertThat(said()).contains("You didn't give a clear no, so, just in case, I'll take the careful path.",
                "Muting or unfollowing them").doesNotContain("What are you thinking of doing, and what is it for?");
        assertThat(said().indexOf("Muting or unfollowing them")).isGreaterThan(said().indexOf("the careful path"));
    }

    @Test
    void helpAtTheSelfHarmQuestionShowsTheCrisisLineAndAsksAgain() {
        Situation s = interview("help\nyes\n");
        assertThat(said()).contains("If you are, that comes before anything else", "If you need help now:",
                "In danger now: call your local emergency number", "Crisis line:",
                "When you are ready, answer the question in your own words.")
                .doesNotContain("--country", "NOCONTACT_COUNTRY", "SEEK_SUPPORT");
        assertThat(said().split("thoughts of hurting yourself\\?", -1)).as("asked again after the help").hasSize(3);
        assertThat(s.safety().selfHarm()).isTrue();
    }

    @Test
    void helpAtTheUrgeQuestionPointsToACounsellorWithoutAnEmergencyBox() {
        talk("no\nno\nno\nno\nhelp\n");
        assertThat(said()).contains("Support for you:", "a therapist or counsellor can help")
                .doesNotContain("In danger now", "Crisis line:");
    }

    @Test
    void aQuestionMarkAtASafetyQuestionOnlyExplainsWhy() {
        talk("?\n");
        assertThat(said()).contains("If you are, that comes before anything else").doesNotContain("Crisis line:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ya", "i want to die", "every night", "yeah sometimes", "sometimes yeah",
            "yes but i wont do anything", "no\nya he scares me", "no\nno\nyeah he said hed kill me",
            "no\nno\nno\nno\ni follow her around"})
    void aYesInThePersonsOwnWordsIsThankedAndGetsTheSameHelpAsAYes(String answers) {
        int question = answers.split("\n").length - 1;
        Situation said = interview(answers + "\n");
        assertThat(said()).contains("Thank you for telling me.").doesNotContain("clear no", "just in case");
        String plainYes = "no\n".repeat(question) + "yes\n";
        Situation yes = new SafetyAnswersTest().interview(plainYes);
        assertThat(said.safety()).as("the same concern, so the same help").isEqualTo(yes.safety());
        assertThat(safePath(answers + "\n")).hasValue(SafePath.CLEAR_YES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ya?", "i guess he scares me", "i would never kill myself", "im over it",
            "maybe he did", "idk", "maybe", "i guess", "hard to say", "maybe a little", "no but a little"})
    void aHedgeOrAQuestionBackIsStillUnclear(String answer) {
        assertThat(safePath(answer + "\n")).hasValue(SafePath.UNCLEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yeah a little", "a little", "a bit", "sometimes", "kinda", "sort of", "yeah a bit"})
    void aSmallYesKeepsTheSafePathAndIsThankedAsAYes(String answer) {
        Situation s = interview(answer + "\n");
        assertThat(s.safety().selfHarm()).isTrue();
        assertThat(said()).contains("Thank you for telling me.").doesNotContain("clear no", "just in case",
                "Do you feel unsafe because of your ex?");
        assertThat(safePath(answer + "\n")).hasValue(SafePath.CLEAR_YES);
    }

    @Test
    void aSmallYesAboutACourtOrderIsNotAnAnswerAboutItAndStaysUnclear() {
        assertThat(safePath("no\nno\nno\nkinda\n")).hasValue(SafePath.UNCLEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no?", "nah?", "no i'm fine?", "No ?"})
    void aNoAskedAsAQuestionIsNotAClearNoAndTakesTheSafePath(String answer) {
        Situation s = interview(answer + "\n");
        assertThat(s.safety().selfHarm()).isTrue();
        assertThat(said()).contains("You didn't give a clear no, so, just in case, I'll take the careful path.")
                .doesNotContain("Do you feel unsafe because of your ex?");
    }
}
