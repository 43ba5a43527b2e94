package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A yes-or-no question and a safety question read the everyday ways of answering them. */
class YesNoAnswersTest {
    private static final Safety LOOKING = new Safety("Please reach out.",
            Optional.of("Looking at their posts is common after a breakup."));
    private static final Safety PLAIN_SAFETY = new Safety("Please reach out.", Optional.empty());

    private static AnswerReader.Parsed<Boolean> yesNo(String text) {
        return YesNoAnswers.yesNo(text, false);
    }

    @Test
    void enterTakesTheQuestionsDefaultEitherWay() {
        assertThat(YesNoAnswers.yesNo("", true).value()).contains(true);
        assertThat(YesNoAnswers.yesNo("", true).shown()).isEqualTo("yes");
        assertThat(YesNoAnswers.yesNo("", false).value()).contains(false);
        assertThat(YesNoAnswers.yesNo("", false).shown()).isEqualTo("no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yeah", "y", "yes he blocked me", "yes she did", "she blocked me on insta",
            "my ex blocked me", "he told me not to contact him", "she asked for space", "yeah they asked me for no contact",
            "only on insta", "just my number", "yeah on whatsapp", "everywhere", "they said they needed space"})
    void aYesOrWhatHappenedIsAYes(String answer) {
        AnswerReader.Parsed<Boolean> parsed = yesNo(answer);
        assertThat(parsed.value()).as(answer).contains(true);
        assertThat(parsed.shown()).isEqualTo("yes");
        assertThat(parsed.problem()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "nope", "not really", "hell no", "no they didn't", "not yet", "nothing like that",
            "i dont think so", "nah", "not as far as i know"})
    void aNoInEverydayWordsIsANo(String answer) {
        AnswerReader.Parsed<Boolean> parsed = YesNoAnswers.yesNo(answer, true);
        assertThat(parsed.value()).as(answer).contains(false);
        assertThat(parsed.shown()).isEqualTo("no");
    }

    @ParameterizedTest
    @ValueSource(strings = {"idk", "not sure", "maybe", "no idea", "dunno"})
    void notKnowingIsMetKindlyAndAskedAgain(String answer) {
        AnswerReader.Parsed<Boolean> parsed = yesNo(answer);
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problem()).contains("That's all right. Answer with what you know for sure, yes or no; "
                + "you can type change at the end to change it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kind of", "sort of", "a bit", "yes and no", "sometimes"})
    void halfAnAnswerIsAskedWhichSideItIsCloserTo(String answer) {
        assertThat(yesNo(answer).problem()).contains("Is that closer to yes or to no? Please type yes or no.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"banana", "she unblocked me", "if she blocked me", "yes but not really", "i blocked them",
            "she never blocked me", "he said maybe"})
    void anythingElseIsAskedAgainWithoutGuessing(String answer) {
        AnswerReader.Parsed<Boolean> parsed = yesNo(answer);
        assertThat(parsed.value()).as(answer).isEmpty();
        assertThat(parsed.problem()).as(answer).isPresent();
        assertThat(parsed.suggestion()).isEmpty();
    }

    @Test
    void anUnclearAnswerSaysHowToAnswer() {
        assertThat(yesNo("banana").problem())
                .contains("Please answer yes or no (y or n). Type ? if you'd like to know why I ask.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"she blocked me on insta", "he's blocked my number", "they have blocked me", "my ex blocked me",
            "yeah he had blocked me"})
    void blockingSaidInPassingIsHeard(String said) {
        assertThat(YesNoAnswers.saysTheyBlocked(AnswerReader.plain(said))).as(said).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"i blocked her", "she didn't block me", "theyblocked me", "we talked", "blocked me"})
    void blockingNotSaidIsNotHeard(String said) {
        assertThat(YesNoAnswers.saysTheyBlocked(AnswerReader.plain(said))).as(said).isFalse();
    }

    @Test
    void aSafetyQuestionTakesNoEnterForAnAnswer() {
        AnswerReader.Parsed<Boolean> parsed = YesNoAnswers.safety(PLAIN_SAFETY, "");
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problem()).contains("Take your time. Type no if the answer is no; if it is anything else, "
                + "say it in your own words.");
    }

    @Test
    void onlyAClearNoIsANoAtASafetyQuestion() {
        AnswerReader.Parsed<Boolean> no = YesNoAnswers.safety(PLAIN_SAFETY, "no lol");
        assertThat(no.value()).contains(false);
        assertThat(no.shown()).isEqualTo("no");
        assertThat(no.note()).isEmpty();
        AnswerReader.Parsed<Boolean> yes = YesNoAnswers.safety(PLAIN_SAFETY, "yep");
        assertThat(yes.value()).contains(true);
        assertThat(yes.shown()).isEqualTo("yes");
    }

    @Test
    void anythingElseAtASafetyQuestionIsTheSafePathShownInThePersonsOwnWords() {
        AnswerReader.Parsed<Boolean> parsed = YesNoAnswers.safety(PLAIN_SAFETY, "sometimes\u0007 when he drinks");
        assertThat(parsed.value()).contains(true);
        assertThat(parsed.shown()).startsWith("sometimes").contains("when he drinks").doesNotContain("\u0007");
        String long_ = "well it depends on the day and on what he says to me when he has been out all night";
        assertThat(YesNoAnswers.safety(PLAIN_SAFETY, long_).shown()).hasSizeLessThanOrEqualTo(40)
                .startsWith("well it depends");
    }

    @Test
    void onlyLookingAtTheirPostsIsANoWithANoteWhereTheQuestionAllowsIt() {
        String answer = "yeah i keep checking her instagram lol";
        AnswerReader.Parsed<Boolean> looking = YesNoAnswers.safety(LOOKING, answer);
        assertThat(looking.value()).contains(false);
        assertThat(looking.shown()).isEqualTo("no");
        assertThat(looking.note()).contains("Looking at their posts is common after a breakup.");
        AnswerReader.Parsed<Boolean> elsewhere = YesNoAnswers.safety(PLAIN_SAFETY, answer);
        assertThat(elsewhere.value()).as("a question without that note takes the safe path").contains(true);
        assertThat(YesNoAnswers.safety(LOOKING, "i drive past her house and check her insta").value()).contains(true);
    }
}
