package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Action;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * What a newcomer tour of eight people typed and the interview refused or misread (session 11), as the
 * person sees it through a whole interview: each answer read, said back as they said it, and the advice
 * that follows honouring it. The readings alone are rows of the everyday corpus ({@link EverydayAnswersTest}).
 */
class TourReadingsTest {
    private final org.nocontact.BuiltIn builtIn = OnTheShippedRules.BUILT_IN;

    @Test
    void aRingToGiveBackIsAVisitAboutAPracticalMatterAndTheRingIsABelonging() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "give her the ring back")
                .answer(Key.TIES, "the ring, my hoodie").answer(Key.BOUNDARIES, "no").answer(Key.INITIATED_BY, "she did")
                .answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.GOAL, "move on").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("Read as: see them in person, about a practical matter.")
                .doesNotContain("Did you mean \"call them\"");
        assertThat(s.plan().action()).isEqualTo(Action.VISIT);
        assertThat(s.plan().purpose()).isEqualTo(Purpose.LOGISTICS);
        assertThat(s.ties()).isEqualTo(EnumSet.of(Tie.BELONGINGS));
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
    }

    @Test
    void aBlockOnAppsAndTheNumberIsSaidBackAsEverywhereAndOneAppAsOneApp() {
        // a block heard in the plan is asked alone (not as a line of where things stand), so its words are read there
        ByQuestion everywhere = ByQuestion.script().answer(Key.ACTION, "text her how i feel, she blocked me")
                .answer(Key.STANDING, "none").answer(Key.BOUNDARIES, "everywhere. insta, snap, my number").leaveAtTheRest();
        interview(everywhere);
        assertThat(everywhere.shown()).contains("Read as: they blocked me everywhere.").doesNotContain("Read as: they "
                + "blocked me on one app or more.");
        ByQuestion oneApp = ByQuestion.script().answer(Key.ACTION, "text her how i feel, she blocked me")
                .answer(Key.STANDING, "none").answer(Key.BOUNDARIES, "just insta").leaveAtTheRest();
        interview(oneApp);
        assertThat(oneApp.shown()).contains("Read as: they blocked me on one app.");
    }

    @Test
    void theirMessageAskingForNoContactIsHonouredNeverAnsweredWarmly() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "reply")
                .answer(Key.EX_CONTACT_ABOUT, "dont ever text me again").answer(Key.INITIATED_BY, "she did")
                .answer(Key.BREAKUP_DATE, "2 months ago").answer(Key.GOAL, "get back together")
                .answer(Key.PURPOSE, "getting back together").answer(Key.ANGER, "1").answer(Key.SADNESS, "2")
                .answer(Key.CONFIDENCE, "8").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("Read as: they asked me not to contact them.")
                .doesNotContain("something personal\n[");
        assertThat(s.boundaries().exAskedNoContact()).as("Enter keeps their request, heard in their message").isTrue();
        assertThat(builtIn.standard().advise(s).verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
    }

    @Test
    void theirPracticalMessageIsReadWithItsDayAndWhatItIsAboutIsOfferedAsWhatYouShare() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "reply")
                .answer(Key.EX_CONTACT_ABOUT, "she asked if she can come get her stuff, last night")
                .answer(Key.INITIATED_BY, "i did, the 14th").answer(Key.GOAL, "to move on lol").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        // session 12: a reply to her practical message is a practical matter, so no line reads who ended it or the
        // reply's topic: neither is asked (the "14th" answer is never needed)
        assertThat(script.shown()).contains("Read as: something practical", "Last night: Tuesday 9 March.");
        assertThat(s.exContact().orElseThrow().date()).isEqualTo(InterviewTest.TODAY.minusDays(1));
        // tour F32: a reply to her practical message is a practical matter: what the reply is about is not asked
        assertThat(script.shown()).doesNotContain("What would your reply mainly be about?");
        assertThat(s.ties()).as("her stuff, heard in her message, is Enter's answer").contains(Tie.BELONGINGS);
    }

    @Test
    void anUnclearUrgeAboutTheirPostsTakesTheSafePathAndStillAnswersTheirQuestionInOneLine() {
        ByQuestion script = ByQuestion.script().answer(Key.URGE_TO_MONITOR, "maybe? i keep checking if she posted");
        interview(script);
        String shown = script.shown();
        assertThat(shown).contains("You didn't give a clear no, so, just in case, I'll take the careful path.",
                "Looking at their social media is common after a breakup");
        assertThat(shown.indexOf("Looking at their social media is common"))
                .as("the one line comes after the careful path is said, not before it")
                .isGreaterThan(shown.indexOf("You didn't give a clear no"));
    }

    @Test
    void aYesInPartWithWhatHappensIsThankedAsAYesNeverDoubted() {
        ByQuestion script = ByQuestion.script().answer(Key.UNSAFE, "ya kinda. he has a temper");
        interview(script);
        assertThat(script.shown()).contains("Thank you for telling me.").doesNotContain("You didn't give a clear no");
    }

    @Test
    void aDayReadWithWhoEndedItIsSaidBackWithItsWeekday() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her how i feel").answer(Key.BOUNDARIES, "no")
                .answer(Key.INITIATED_BY, "she did, 14 oct").answer(Key.GOAL, "1").enterForTheRest();
        interview(script);
        assertThat(script.shown()).contains("Read as: they did.", "14 Oct: Wednesday 14 October 2026.");
    }

    @Test
    void aHolidayNoChoiceNamesIsAnOrdinaryDayToTheAdviceSaidBackSo() {
        AnswerReader.Parsed<?> read = new AnswerReader(InterviewTest.TODAY)
                .parse(TypedAnswersTest.question("plan.occasion"), "thanksgiving weekend", Answers.none());
        assertThat(read.shown()).isEqualTo("no, an ordinary day");
        assertThat(read.note()).contains("Read as: no, an ordinary day (the advice treats Thanksgiving like any other day).");
        assertThat(new AnswerReader(InterviewTest.TODAY).parse(TypedAnswersTest.question("plan.occasion"), "boxing day",
                Answers.none()).shown()).isEqualTo("Christmas");
    }

    @Test
    void aDaySaidBackIsInProperCaseWithoutTheHedge() {
        AnswerReader reader = new AnswerReader(InterviewTest.TODAY);
        assertThat(reader.parse(TypedAnswersTest.question("breakup.date"), "last sunday", Answers.none()).note())
                .contains("Last Sunday: Sunday 7 March.");
        assertThat(reader.parse(TypedAnswersTest.question("noContact.started"), "like 2 weeks in", Answers.none()).note())
                .contains("2 weeks in: day 14 today, counted from Thursday 25 February.");
    }

    @Test
    void aChoiceDeniedIsNeverThatChoice() {
        AnswerReader reader = new AnswerReader(InterviewTest.TODAY);
        for (String denied : new String[] {"i dont want her back i just feel guilty", "i dont want to be friends",
                "not getting back together lol", "i dont want to move on"}) {
            AnswerReader.Parsed<?> read = reader.parse(TypedAnswersTest.question("goal"), denied, Answers.none());
            assertThat(read.problem()).as(denied).isPresent();
        }
        assertThat(reader.parse(TypedAnswersTest.question("plan.purpose"), "i dont want to get back together i just want "
                + "closure", Answers.none()).shown()).isEqualTo("my feelings");
    }

    /** Session 13's closing tour: "idk its complicated" at who ended it is told that is all right and asked the nearest. */
    @Test
    void whoEndedItHardToSayIsAskedTheNearestKindly() {
        AnswerReader reader = new AnswerReader(InterviewTest.TODAY);
        for (String hard : new String[] {"idk its complicated", "its complicated", "hard to say tbh"}) {
            assertThat(reader.parse(TypedAnswersTest.question("breakup.initiatedBy"), hard, Answers.none()).problem())
                    .as(hard).hasValue("That's all right: it can be hard to say. Which is nearest? Type its number, from 1 to 3.");
        }
    }

    /**
     * Session 13's closing tour (F5): "i dont want her back" at "What do you want now?" is told it is not that choice and
     * offered the others, never the hint whose example was "to get back together", the choice denied.
     */
    @Test
    void aGoalDeniedIsSaidBackWithTheOtherChoicesOffered() {
        AnswerReader reader = new AnswerReader(InterviewTest.TODAY);
        String problem = reader.parse(TypedAnswersTest.question("goal"), "i dont want her back", Answers.none())
                .problem().orElseThrow();
        assertThat(problem).startsWith("Not \"to get back together\", then. Did you mean \"to move on\" (2) or")
                .doesNotContain("(1)").doesNotContain("Please choose");
    }

    /**
     * Session 14's second tour: "to explain why i did what i did" (what a text is for) offered "Who ended it ...?
     * [I did]" to a man who was left; one tired Enter would have saved it. "i did" said first still is who ended it.
     */
    @Test
    void iDidInsideAnotherAnswerIsNotOfferedAsWhoEndedIt() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text")
                .answer(Key.PURPOSE, "to explain why i did what i did", "an apology").answer(Key.INITIATED_BY, "she did")
                .answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.GOAL, "move on").enterForTheRest();
        interview(script).orElseThrow();
        assertThat(script.shown()).doesNotContain("[I did]");
    }

    /**
     * Session 14's second tour: flowers, with her things still at his place, offered "What is the gift mainly for?
     * [a practical matter]", a choice a gift does not have; Enter was refused and the same default offered again.
     */
    @Test
    void aDefaultThatIsNoneOfTheChoicesIsNotOffered() {
        ByQuestion script = ByQuestion.script()
                .answer(Key.ACTION, "wanna send her flowers. she blocked me, her stuff is still at my place")
                .answer(Key.PURPOSE, "my feelings").answer(Key.INITIATED_BY, "she did")
                .answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.GOAL, "get back together").enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(s.plan().action()).isEqualTo(Action.GIFT);
        assertThat(script.shown()).contains("What is the gift mainly for?").doesNotContain("[a practical matter] >");
    }

    /**
     * Session 14's first tour (P7): a plan that named two ways and what it was for was asked "Did you mean "send a
     * text" (1) or "reply to a message they sent" (8)?" again after every answer, "1" and "send a text" included, and
     * the person could not go on. The way chosen is taken.
     */
    @Test
    void aWayChosenAtTheAskBackIsTakenWhenTheFirstWordsNamedTwoWaysAndAPurpose() {
        for (String said : new String[] {"i texted him and he answered. should i text again or reply to explain",
                "text or call him to explain"}) {
            for (String chosen : new String[] {"1", "send a text", "text"}) {
                ByQuestion script = ByQuestion.script().answer(Key.ACTION, said, chosen)
                        .answer(Key.PURPOSE, "my feelings").answer(Key.INITIATED_BY, "he did")
                        .answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.GOAL, "move on").enterForTheRest();
                Situation s = interview(script).orElseThrow();
                assertThat(s.plan().action()).as(said + " / " + chosen).isEqualTo(Action.TEXT);
                assertThat(script.shown()).as(said + " / " + chosen).containsOnlyOnce("Did you mean \"send a text\" (1)");
            }
        }
    }

    /**
     * Session 12 (tour finding F14): a plan said with what it is for and no way of reaching them keeps what it said:
     * only the way is asked back, and the block and the hoodie said with it are Enter's answers later.
     */
    @Test
    void aPlanThatSaysWhatItIsForButNoWayIsKeptAndOnlyTheWayIsAskedBack() {
        ByQuestion script = ByQuestion.script()
                .answer(Key.ACTION, "she blocked me on insta and i want my hoodie back lol", "text")
                .answer(Key.INITIATED_BY, "she did").answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.GOAL, "move on")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow();
        assertThat(script.shown()).contains("Read as: about a practical matter. How would you reach them about it?",
                "Read as: send a text, about a practical matter.").doesNotContain("Please choose a number from 1 to 8");
        assertThat(s.plan().action()).isEqualTo(Action.TEXT);
        assertThat(s.plan().purpose()).isEqualTo(Purpose.LOGISTICS);
        assertThat(s.boundaries().blocked()).as("the block, heard with the plan, is Enter's answer").isTrue();
        assertThat(s.ties()).as("the hoodie, heard with the plan, is Enter's answer").contains(Tie.BELONGINGS);
    }

    /**
     * Session 12: "texted last week" ticking that they wrote is the day they wrote (under the strict profile, where
     * their message and its day can change the advice); session 15: where the question about their message is
     * answered without a day, the day said with the list is its day, said back, never asked for again.
     */
    @Test
    void theDayTheyWroteSaidWithTheListIsKeptAndSaidBackNotAskedAgain() {
        org.nocontact.rules.RuleSet rules = builtIn.rules();
        org.nocontact.advice.Advisor strict = new org.nocontact.advice.Advisor(rules, rules.profile("strict").orElseThrow());
        ByQuestion script = ByQuestion.script().answer(Key.INITIATED_BY, "they did").answer(Key.BREAKUP_DATE, "5 weeks ago")
                .answer(Key.GOAL, "get back together").answer(Key.ACTION, "text").answer(Key.PURPOSE, "getting back together")
                .answer(Key.STANDING, "she texted last week").answer(Key.EX_CONTACT_RECENT, "personal")
                .answer(Key.EX_CONTACT_DATE, "", "yes").answer(Key.ANGER, "2").answer(Key.SADNESS, "3")
                .answer(Key.CONFIDENCE, "7").answer(Key.FEELINGS_EXPRESSED, "not sure").enterForTheRest();
        Situation s = new Interview(strict, InterviewTest.TODAY, script).run().orElseThrow(() -> new AssertionError(
                script.shown()));
        assertThat(script.shown()).contains("When did they write to you, and was it practical or personal?");
        assertThat(script.shown()).contains("Last week: Wednesday 3 March.");
        assertThat(script.asked()).doesNotContain(Key.EX_CONTACT_DATE);
        assertThat(s.exContact().orElseThrow().date()).isEqualTo(InterviewTest.TODAY.minusDays(7));
    }

    /**
     * Session 12 (tour12 F9, F4): "i havent texted her since like jan 25" ticks holding no contact (the 25 is a day of
     * January, never a number of the list) and offers since when it is asked; so does "like 3 wks no texting".
     */
    @Test
    void sinceWhenSaidWithTheListIsOfferedWhenItIsAsked() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her that i miss her")
                .answer(Key.STANDING, "i havent texted her since like jan 25").answer(Key.INITIATED_BY, "she did")
                .answer(Key.BREAKUP_DATE, "2 months ago").answer(Key.GOAL, "get back together")
                .answer(Key.NO_CONTACT_STARTED, "").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Read as: 5) you are holding no contact, since Monday 25 January.",
                "Since when have you held no contact?");
        assertThat(script.prompts()).anySatisfy(prompt -> assertThat(prompt).endsWith("[since jan 25] > "));
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(java.time.LocalDate.of(2027, 1, 25));
        ByQuestion weeks = ByQuestion.script().answer(Key.ACTION, "text her that i miss her")
                .answer(Key.STANDING, "5 i guess, like 3 wks no texting").answer(Key.INITIATED_BY, "she did")
                .answer(Key.BREAKUP_DATE, "2 months ago").answer(Key.GOAL, "get back together")
                .answer(Key.NO_CONTACT_STARTED, "").enterForTheRest();
        Situation held = interview(weeks).orElseThrow(() -> new AssertionError(weeks.shown()));
        assertThat(weeks.prompts()).anySatisfy(prompt -> assertThat(prompt).endsWith("[since 3 weeks ago] > "));
        assertThat(held.noContact().orElseThrow().since()).isEqualTo(InterviewTest.TODAY.minusWeeks(3));
    }
}
