package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Recommendation;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * What people of a newcomer tour (session 12) said in their first answer, "What are you thinking of doing, and what is
 * it for?", carried through a whole interview: read once, said back, offered where a later question asks it, and the
 * advice honouring it. The readings alone are rows of the everyday corpus ({@link EverydayAnswersTest}).
 */
class FirstAnswerTourTest {
    private final org.nocontact.BuiltIn builtIn = OnTheShippedRules.BUILT_IN;

    @Test
    void aThingToGetBackIsAPracticalMatterAndBelongingsAreOfferedSoTheAdviceNeverSaysNoneWereNamed() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her to get my ps5 back its still at hers")
                .answer(Key.STANDING, "she blocked me on insta, thats it").answer(Key.INITIATED_BY, "she did")
                .answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.GOAL, "idk").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("Read as: send a text, about a practical matter.", "[belongings] >")
                .doesNotContain("You still share something");
        assertThat(s.plan().purpose()).isEqualTo(Purpose.LOGISTICS);
        assertThat(s.ties()).as("Enter keeps the ps5, heard in the first answer").isEqualTo(EnumSet.of(Tie.BELONGINGS));
        Recommendation advice = builtIn.standard().advise(s);
        assertThat(advice.reasons()).extracting(Recommendation.Reason::rule).doesNotContain("logistics-without-a-tie");
        assertThat(advice.summary()).contains("belongings");
    }

    @Test
    void aThingOfTheirsNamedAloneIsBelongingsWhereWhatYouShareIsAskedBack() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her")
                .answer(Key.STANDING, "1 and 6").answer(Key.TIES, "my ps5").answer(Key.PURPOSE, "practical")
                .answer(Key.INITIATED_BY, "she did").answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.GOAL, "idk")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("What do you still share?").doesNotContain("I didn't recognise \"my ps5\"");
        assertThat(s.ties()).isEqualTo(EnumSet.of(Tie.BELONGINGS));
    }

    @Test
    void theListOfWhereThingsStandNamesBelongingsAmongWhatYouShare() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her").leaveAtTheRest();
        interview(script);
        assertThat(script.shown()).contains("You still share something (children, a home, pets, belongings, money, friends)");
    }

    @Test
    void ticketsToGiveAreAGiftNeverRefused() {
        ByQuestion script = ByQuestion.script()
                .answer(Key.ACTION, "give him the concert tix i bought for his bday b4 we broke up").leaveAtTheRest();
        interview(script);
        assertThat(script.shown()).contains("Read as: send a gift or flowers, a greeting, for their birthday.")
                .doesNotContain("Please choose a number");
    }

    @Test
    void aLoveLetterSaysItIsAboutFeelingsSoWhatItIsAboutIsNotAsked() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "write her a love letter ❤️")
                .answer(Key.INITIATED_BY, "she did").answer(Key.BREAKUP_DATE, "2 months ago")
                .answer(Key.GOAL, "get back together").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("Read as: write a letter, about your feelings.");
        assertThat(script.asked()).doesNotContain(Key.PURPOSE);
        assertThat(s.plan()).extracting(p -> p.action(), p -> p.purpose()).containsExactly(Action.LETTER, Purpose.FEELINGS);
    }

    @Test
    void aReplyAboutTheKidsOffersSomethingPracticalAndOnlyTheDayNeedBeTyped() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "reply to her msg about picking up the kids saturday")
                .answer(Key.EX_CONTACT_ABOUT, "this morning").answer(Key.INITIATED_BY, "we both did")
                .answer(Key.BREAKUP_DATE, "last year").answer(Key.GOAL, "co-parent").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("Read as: reply to a message they sent, about a practical matter.",
                "[something practical] > this morning").doesNotContain("saturday]").doesNotContain("Please choose");
        assertThat(s.exContact().orElseThrow()).isEqualTo(new Situation.ExContact(InterviewTest.TODAY,
                ExContactAbout.LOGISTICS));
        assertThat(s.plan().purpose()).isEqualTo(Purpose.LOGISTICS);
    }

    @Test
    void whatTheyAskedIsTheirWordsSoAReplyAboutHisJacketIsAReplyAboutBelongings() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "reply to him, he asked when i can drop off his jacket")
                .answer(Key.EX_CONTACT_ABOUT, "practical, an hour ago").answer(Key.INITIATED_BY, "he did")
                .answer(Key.BREAKUP_DATE, "2 months ago").answer(Key.GOAL, "move on").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("Read as: reply to a message they sent, about a practical matter.")
                .doesNotContain("Did you mean");
        assertThat(script.asked()).doesNotContain(Key.PURPOSE);
        assertThat(s.plan().action()).isEqualTo(Action.REPLY);
    }

    @Test
    void theOneWhoEndedItSaidInTheFirstAnswerIsOfferedWhereItIsAsked() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "i want to text him sorry, i was the one who ended it")
                .answer(Key.STANDING, "none").answer(Key.GOAL, "move on").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("[I did");
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.ME);
    }
}
