package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.base;
import static org.nocontact.TestSituations.exWrote;
import static org.nocontact.TestSituations.period;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.ready;
import static org.nocontact.TestSituations.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.rules.Verdict;

/** The shipped rules' texts say only what the person told us. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleTextsTest {
    final BuiltIn builtIn = BuiltIn.load();

    Recommendation standard(ObjectNode s) {
        return builtIn.standard().advise(read(s));
    }

    Recommendation strict(ObjectNode s) {
        return builtIn.strict().advise(read(s));
    }
    static ObjectNode coParentHandover(String boundary) {
        ObjectNode s = set(set(base(), "boundaries." + boundary, true), "plan.purpose", "logistics");
        s.putArray("ties").add("children");
        return s;
    }

    static String allText(Recommendation r) {
        return r.summary() + " " + r.reasons().get(0).text() + " " + String.join(" ", r.doInstead());
    }

    @Test
    void aBlockedCoParentIsNeverToldToWriteOneShortMessage() {
        Recommendation r = standard(coParentHandover("blocked"));
        assertThat(r.verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(String.join(" ", r.doInstead())).doesNotContainIgnoringCase("write one short message")
                .contains("co-parenting app", "email", "mediator or lawyer");
    }

    @Test
    void theHeadlineSaysBlockedWhenTheyBlockedAndAskedWhenTheyAsked() {
        assertThat(standard(coParentHandover("blocked")).summary()).startsWith("They blocked you")
                .doesNotContain("asked for no contact");
        assertThat(standard(coParentHandover("exAskedNoContact")).summary()).startsWith("They asked for no contact")
                .doesNotContain("blocked");
        assertThat(standard(set(base(), "boundaries.blocked", true)).reasons().get(0).text())
                .startsWith("They blocked you.").doesNotContain("asked");
        assertThat(standard(set(base(), "boundaries.exAskedNoContact", true)).reasons().get(0).text())
                .startsWith("They asked for no contact.").doesNotContain("blocked");
    }

    @Test
    void theReasonNamesOnlyTheTiesGiven() {
        for (String boundary : new String[] {"blocked", "exAskedNoContact"}) {
            String reason = standard(coParentHandover(boundary)).reasons().get(0).text();
            assertThat(reason).contains("(children)").doesNotContainIgnoringCase("home").doesNotContainIgnoringCase("money");
        }
    }

    @Test
    void theSelfHarmReasonClaimsNothingAHesitantAnswerDidNotSay() {
        // The interview takes "sometimes", "maybe" or a typo at this question to the safe path,
        // so the reason must be true for those answers too.
        Recommendation r = standard(set(base(), "safety.selfHarm", true));
        assertThat(r.verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        assertThat(r.reasons().get(0).text()).doesNotContain("You mentioned", "You said", "You told")
                .contains("not sure");
    }

    @Test
    void theUrgeToWatchThemIsMetWithoutBlame() {
        // Reached on "maybe" too: the text must neither blame nor claim what the person feels.
        Recommendation r = standard(set(base(), "safety.urgeToMonitor", true));
        assertThat(r.verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        assertThat(r.reasons().get(0).text()).contains("keep the wound open", "A therapist can help")
                .doesNotContain("frighten", "shows how much pain you are in");
    }

    @Test
    void aPeriodBegunTodayIsTheFirstDayNotDayZero() {
        Recommendation r = standard(period(base(), "2027-03-10", 30));
        assertThat(r.reasons().get(0).text()).contains("Starting today, hold 30 days without contact, counting today as the first day")
                .doesNotContain("day 0");
        Recommendation notBegun = standard(base());
        assertThat(notBegun.reasons().get(0).text())
                .contains("Starting today, hold 30 days without contact, counting today as the first day");
        assertThat(standard(period(base(), "2027-03-09", 30)).reasons().get(0).text()).contains("You are on day 2 of 30");
    }

    @Test
    void aProtectionOrderDoesNotAssumeWhoItProtects() {
        Recommendation r = standard(set(base(), "safety.protectionOrder", true));
        assertThat(allText(r)).contains("whichever of you it protects", "keep to its terms", "court's channel or a lawyer")
                .doesNotContainIgnoringCase("your safety").doesNotContainIgnoringCase("thank you");
    }

    @Test
    void aGiftIsNotToldTheyAlreadyKnowHowThePersonFeels() {
        ObjectNode gift = set(set(base(), "plan.action", "gift"), "breakup.feelingsExpressed", false);
        assertThat(standard(gift).reasons().get(0).text()).doesNotContain("already know");
    }

    @Test
    void practicalMattersDoNotClaimNoContactOrASpecialDay() {
        ObjectNode practical = set(base(), "plan.purpose", "logistics");
        practical.putArray("ties").add("pets");
        String reason = standard(practical).reasons().get(0).text();
        assertThat(reason).contains("(pets)").doesNotContain("special day", "during no contact");
    }

    @Test
    void aPracticalLetterOrAnUnsureGiftIsNotToldItWontBringThemBack() {
        ObjectNode letter = set(set(set(base(), "goal", "unsure"), "plan.action", "letter"), "plan.purpose", "logistics");
        letter.putArray("ties").add("belongings");
        Recommendation r = standard(letter);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(allText(r)).contains("letter").doesNotContainIgnoringCase("bring them back")
                .doesNotContainIgnoringCase("desperation").doesNotContainIgnoringCase("write the letter for yourself");
        ObjectNode gift = set(set(set(base(), "goal", "unsure"), "plan.action", "gift"), "plan.occasion", "birthday");
        Recommendation g = standard(gift);
        assertThat(g.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(allText(g)).contains("Don't send the gift").doesNotContainIgnoringCase("bring them back")
                .doesNotContainIgnoringCase("desperation").doesNotContainIgnoringCase("letter for yourself");
    }

    @Test
    void aPeriodNotBegunIsAdvisedNotClaimedAsStarted() {
        String reason = standard(base()).reasons().get(0).text();
        assertThat(reason).doesNotContain("Today is the first day", "You started", "you began");
        assertThat(standard(base()).summary()).contains("from today");
    }

    @Test
    void aLoveLetterWhileHoldingNoContactSaysNothingOfPostsOrLikes() {
        // tour12 F5: the period's reason, shown as also true beside a letter, spoke of a post he never planned
        ObjectNode letter = set(set(set(base(), "plan.action", "letter"), "plan.purpose", "feelings"), "noContact.since", "2027-03-01");
        Recommendation r = standard(letter);
        assertThat(r.reasons()).extracting(Recommendation.Reason::rule).contains("no-gifts-or-letters", "hold-the-period");
        String everyReason = String.join(" ", r.reasons().stream().map(Recommendation.Reason::text).toList());
        assertThat(allText(r) + " " + everyReason).doesNotContainIgnoringCase("post").doesNotContain("A like or a comment");
    }

    @Test
    void aRomanticDayPlaysNoGameAndAssumesNoOneWhoEndedIt() {
        ObjectNode valentine = set(set(base(), "breakup.initiatedBy", "mutual"), "plan.occasion", "valentines-day");
        Recommendation r = standard(valentine);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(allText(r)).contains("no exception", "polite word back")
                .doesNotContain("still waiting", "sense of loss", "your chances", "reopen the wound",
                        "not expecting a romantic message");
    }

    @Test
    void someoneWhoEndedItAndAlreadySaidItIsToldItStandsOnValentinesDayWithNoPeriodToHold() {
        ObjectNode valentine = set(set(set(base(), "breakup.initiatedBy", "me"), "plan.occasion", "valentines-day"),
                "today", "2027-02-14");
        set(valentine, "breakup.date", "2027-01-25");
        Recommendation r = standard(valentine);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(r.summary()).isEqualTo("Not on the day (Valentine's Day): you have told them once, and that stands.");
        assertThat(allText(r)).contains("You have already told them how you feel", "Let the day pass")
                .doesNotContain("no exception", "Hold no contact", "days without contact", "journal");
        assertThat(r.reconsiderOn()).as("the next step is theirs: no day to wait for").isEmpty();
    }

    @Test
    void someoneWhoEndedItAndHoldsNoPeriodHearsNothingOfAnExceptionOnAHoliday() {
        ObjectNode christmas = set(set(set(base(), "breakup.initiatedBy", "me"), "breakup.feelingsExpressed", false),
                "today", "2026-12-25");
        set(christmas, "breakup.date", "2026-11-20");
        Recommendation r = standard(christmas);
        assertThat(r.verdict()).isEqualTo(Verdict.REACH_OUT);
        assertThat(allText(r)).contains("tell them directly, once",
                        "Keep it apart from Christmas: a greeting is not the place to say you want them back")
                .doesNotContain("exception", "Hold no contact", "days without contact");
        ObjectNode told = set(christmas, "breakup.feelingsExpressed", true);
        assertThat(allText(standard(told))).contains("the next step is theirs")
                .doesNotContain("exception", "Hold no contact", "Keep it apart from the day");
    }

    @Test
    void theStrictProfilePromisesNoReturn() {
        ObjectNode unsure = set(set(base(), "goal", "unsure"), "breakup.initiatedBy", "mutual");
        Recommendation r = strict(unsure);
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(allText(r)).contains("the door is theirs to open")
                .doesNotContain("they will reach out", "want you back", "let them come to you", "win them back");
        Recommendation opening = strict(ready(exWrote(base(), "personal")));
        assertThat(allText(opening)).doesNotContain("your opening", "win them back");
    }

    @Test
    void textsClaimNoGoalOrPastTheyWereNotGiven() {
        ObjectNode friends = set(base(), "goal", "friends");
        assertThat(standard(friends).summary()).doesNotContain("You want to move on");
        ObjectNode unsureChasing = set(set(base(), "goal", "unsure"), "history.unansweredMessages", 3);
        assertThat(allText(standard(unsureChasing))).doesNotContain("say how you feel");
        assertThat(allText(standard(period(base(), "2027-03-01", 30)))).doesNotContain("hands them the control");
        assertThat(allText(standard(ready(exWrote(set(base(), "plan.action", "reply"), "personal")))))
                .contains("warm reply").doesNotContain("opening worth taking");
        assertThat(allText(strict(base()))).doesNotContain("what went wrong");
    }
}
