package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nocontact.TestSituations;
import org.nocontact.situation.Situation;

/** Questions fit what was said: worded from what is known, and none that cannot matter. */
class FittingQuestionsTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();

    /** The conversation with these answers (Enter at any other question), its line breaks read as spaces. */
    String talk(ByQuestion script) {
        new Interview(builtIn.standard(), InterviewTest.TODAY, script.enterForTheRest()).run();
        return script.shown().replaceAll("\\s+", " ");
    }

    static ByQuestion wantingThemBack(String... action) {
        return ByQuestion.script().answer(Key.INITIATED_BY, "they did").answer(Key.BREAKUP_DATE, "3 weeks ago")
                .answer(Key.GOAL, "get back together").answer(Key.ACTION, action).answer(Key.PURPOSE, "getting back together");
    }

    /** Both kind of ended it in October; she just texted "how are you?"; she has blocked them elsewhere. */
    static ByQuestion sheJustTexted() {
        return ByQuestion.script().answer(Key.INITIATED_BY, "we both kinda did").answer(Key.BREAKUP_DATE, "in october", "oct 10")
                .answer(Key.ACTION, "idk, she just texted me \"how are you?\"").answer(Key.GOAL, "idk")
                .answer(Key.BOUNDARIES, "they blocked me");
    }

    /** The same, with no block: what the reply answers decides between a brief reply and one to a personal message. */
    static ByQuestion sheJustTextedAndNoBlock() {
        return ByQuestion.script().answer(Key.INITIATED_BY, "we both kinda did").answer(Key.BREAKUP_DATE, "in october", "oct 10")
                .answer(Key.ACTION, "idk, she just texted me \"how are you?\"").answer(Key.GOAL, "idk");
    }

    @Test
    void aGiftIsAskedWhatItIsFor() {
        // Asked where it can change the advice: with a block, a practical matter (and a tie) would.
        // (session 12: with no tie, a gift is never a practical matter, so a tie is what lets it matter)
        String said = talk(wantingThemBack("send flowers").answer(Key.BOUNDARIES, "they blocked me").answer(Key.TIES, "belongings"));
        assertThat(said).doesNotContain("What is it mainly about?");
        assertThat(said).contains("What is the gift mainly for?");
    }

    @Test
    void rightAfterTheyJustTextedMeTheBlockQuestionSaysSo() {
        String said = talk(wantingThemBack("they just texted me").answer(Key.EX_CONTACT_ABOUT, "personal"));
        assertThat(said).contains("Read as: reply to a message they sent.")
                .doesNotContain("Have they blocked you, or asked you not to contact them?");
        // the block is a line of where things stand, asked as one list here: worded for someone they wrote to
        assertThat(said).contains("1) They blocked you somewhere else (another app, your number)");
        assertThat(said).doesNotContain("What is it mainly about?");
    }

    @Test
    void aTextIsAskedWhatTheMessageIsAbout() {
        String said = talk(wantingThemBack("text"));
        assertThat(said).contains("What would your message mainly be about?");
    }

    @Test
    void aGiftIsNotOfferedAPracticalMatterOrCheckingHowTheyAre() {
        // "a bday present" would say what it is for with the plan, and what a gift is for is not asked then
        String said = talk(wantingThemBack("give her a present i already bought it").answer(Key.GOAL, "be friends maybe", "3")
                .answer(Key.BOUNDARIES, "they blocked me").answer(Key.TIES, "belongings")); // with a block and a tie, so that what the gift is for can change the advice
        assertThat(said).contains("What is the gift mainly for?", "an apology")
                .doesNotContain("a practical matter", "checking how they are");
    }

    @Test
    void sayingTheyBlockedYouMakesItTheDefaultOfTheBlockQuestion() {
        String said = talk(ByQuestion.script().answer(Key.INITIATED_BY, "she did").answer(Key.BREAKUP_DATE, "3 wks ago")
                .answer(Key.GOAL, "i want her back so bad").answer(Key.ACTION, "she blocked me on insta so i wanna text her")
                .answer(Key.PURPOSE, "getting back together obv"));
        assertThat(said).contains("Have they blocked you, or asked you not to contact them?",
                "4) both [they blocked me on one app or more] >");
    }

    @Test
    void belongingsMentionedBeforeTheTiesQuestionAreItsDefault() {
        String said = talk(ByQuestion.script().answer(Key.INITIATED_BY, "he cheated so i left").answer(Key.BREAKUP_DATE, "a month ago")
                .answer(Key.GOAL, "move on. his stuff is still at my place and i want it gone")
                .answer(Key.ACTION, "drop his stuff off at his place"));
        assertThat(said).contains("Read as: see them in person, about a practical matter.")
                .contains("friends in common [belongings] >");
    }

    @Test
    void theirQuestionIsNotTheDefaultTopicOfYourReply() {
        // With no block, the reply's topic changes the advice (session 12: under a block no line reads it any more).
        String said = talk(sheJustTextedAndNoBlock().answer(Key.PURPOSE)); // leaves at the reply's topic: its default is what is tested
        assertThat(said).contains("What would your reply mainly be about?", "[something personal]")
                .doesNotContain("[checking how they are]", "[answering how I am");
    }

    @Test
    void aReplyToHowAreYouHasAChoiceThatAnswersIt() {
        String said = talk(sheJustTextedAndNoBlock().answer(Key.PURPOSE, "just tell her im ok i guess"));
        assertThat(said).contains("answering how I am > just tell her im ok i guess")
                .doesNotContain("> just tell her im ok i guess Please choose");
    }

    @Test
    void aReplyToHowAreYouDoesNotOfferAskingHowTheyAreWhichTheDraftNotesLeaveOut() {
        // A brief reply answers what they asked; asking back is noted in the draft ("hbu"), so it is not offered.
        String said = talk(sheJustTextedAndNoBlock().answer(Key.PURPOSE, "just tell her im ok i guess, and ask how shes doing"));
        assertThat(said).contains("answering how I am > just tell her im ok i guess, and ask how shes doing")
                .doesNotContain("asking how they are", "Please choose");
    }

    @Test
    void yesSinceSheLeftStartsTheNoContactPeriodOnTheBreakupDayInOneAnswer() {
        String said = talk(ByQuestion.script().answer(Key.INITIATED_BY, "she dumped me").answer(Key.BREAKUP_DATE, "2 weeks ago")
                .answer(Key.GOAL, "get back together").answer(Key.ACTION, "text").answer(Key.PURPOSE, "kinda just happy valentines")
                .answer(Key.BOUNDARIES, "no").answer(Key.NO_CONTACT_STARTED, "yes since she left"));
        assertThat(said).contains("Since the breakup: Wednesday 24 February.").doesNotContain("Since when?");
    }

    /** Closing tour of session 14, P2: the plan's words said what the text is about; it was asked again. */
    @Test
    void aTextAboutTheirDogIsAPracticalMatterAndWhatItIsAboutIsNotAskedAgain() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her about biscuit our dog")
                .answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want to move on").answer(Key.TIES, "pets");
        String said = talk(script);
        assertThat(said).contains("Read as: send a text, about a practical matter.")
                .doesNotContain("What would your message mainly be about?");
    }

    /** `ask --from` of a saved file: the plan offered back with what it is about is taken whole (tour-a #11, session 14). */
    @Test
    void aPlanOfferedBackFromAFileIsTakenWithWhatItIsAboutAndThatIsNotAskedAgain() {
        Situation saved = TestSituations.read("""
                {"today": "2027-03-10", "breakup": {"date": "2027-02-17", "initiatedBy": "them"}, "goal": "reconcile",
                 "plan": {"action": "text", "purpose": "feelings"}}""");
        ByQuestion script = ByQuestion.script().enterForTheRest();
        Interview.Outcome outcome = new Interview(builtIn.standard(), InterviewTest.TODAY, script).talk(Remembered.from(saved))
                .outcome().orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).as(script.shown()).contains("[send a text, about your feelings] >")
                .doesNotContain("What would your message mainly be about?");
        assertThat(outcome.situation().plan().purpose()).isEqualTo(org.nocontact.situation.Purpose.FEELINGS);
    }

    /** Closing tour of session 14, P8: a visit to an ex in intensive care is no plan for a special day. */
    @Test
    void aVisitToThemInHospitalIsNotAskedWhetherItIsForASpecialDay() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "i want to go see him. hes in icu after a car crash")
                .answer(Key.INITIATED_BY, "he did, 2 months ago. i want him back");
        String said = talk(script);
        assertThat(said).as(said).contains("Read as: see them in person")
                .doesNotContain("Is it for a special day?", "special day");
    }

    @Test
    void someoneNotSureTheyWantThemBackIsNotAskedAsIfTheyDid() {
        String said = talk(ByQuestion.script().answer(Key.INITIATED_BY, "i broke up w him").answer(Key.BREAKUP_DATE, "last fri")
                .answer(Key.GOAL, "maybe friends?? idk").answer(Key.ACTION, "call him to see if hes ok")
                .answer(Key.FEELINGS_EXPRESSED, "not sure"));
        assertThat(said).doesNotContain("Have you already told them you want them back?", "Please choose a number");
    }
}
