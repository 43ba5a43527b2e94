package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.base;
import static org.nocontact.TestSituations.period;
import static org.nocontact.TestSituations.set;
import static org.nocontact.advice.GuidanceTest.standard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Verdict;

/** The shipped rules' texts say only what the person told us. */
class RuleTextsTest {
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
        assertThat(r.reasons().get(0).text()).contains("Today is the first day of 30 days").doesNotContain("day 0");
        Recommendation notBegun = standard(base());
        assertThat(notBegun.reasons().get(0).text()).contains("Today is the first day of 30 days");
        assertThat(standard(period(base(), "2027-03-09", 30)).reasons().get(0).text()).contains("You are on day 1 of 30");
    }

    @Test
    void aProtectionOrderDoesNotAssumeWhoItProtects() {
        Recommendation r = standard(set(base(), "safety.protectionOrder", true));
        assertThat(allText(r)).contains("whichever of you it protects", "Keep to its terms", "court's channel or a lawyer")
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
}
