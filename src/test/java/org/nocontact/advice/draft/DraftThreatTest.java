package org.nocontact.advice.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nocontact.BuiltIn;
import org.nocontact.TestSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Verdict;

/**
 * Issue 16, drafts: a draft that threatens to turn up, wait for them or find them is never
 * reviewed as if it could be sent, whatever the verdict would have been; the words the person
 * could use, and what they read about an unsent draft, follow the deciding rule.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftThreatTest {
    final Advisor standard = BuiltIn.load().standard();

    Recommendation advise(String situationOf, String message) throws Exception {
        ObjectNode situation = DraftCorpusTest.corpus().get("situations").get(situationOf).deepCopy();
        return standard.advise(TestSituations.read(TestSituations.set(situation, "plan.message", message)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "LOGISTICS_ONLY|If you don't reply I'll turn up at your house.|1",
            "LOGISTICS_ONLY|I'll pick up the kids at 5.\\nOr I'll just turn up at your work tomorrow.|2",
            "REACH_OUT|Coffee on Friday? Otherwise I'll show up at your door.|1",
            "REACH_OUT|I am coming over tonight whether you like it or not|1",
            "RESPOND_BRIEFLY|Fine.\\nI'll be waiting outside your work|2",
            "LOGISTICS_ONLY|If you don't answer I'll come by your place tomorrow|1",
            "LOGISTICS_ONLY|can i get my stuff\\nim outside ur flat rn|2",
            // an arranged handover spares only the announced visit: turning up stays a threat, kids or not
            "LOGISTICS_ONLY|I'll turn up at your house to pick up the kids whether you like it or not|1",
            "LOGISTICS_ONLY|Books on Saturday?\\nill come round tmrw|2",
    })
    void aThreatToTurnUpKeepsTheDraftUnsentAndNamesTheLine(String wouldBe, String draft, int line) throws Exception {
        Recommendation r = advise(wouldBe, draft.replace("\\n", "\n"));
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(r.reasons().get(0).rule()).isEqualTo("draft-threatens-to-turn-up");
        assertThat(r.reasons().get(0).sources()).contains("safety-practice");
        assertThat(r.doInstead()).anyMatch(item -> item.contains("friend or a counsellor"));
        assertThat(r.reconsiderOn()).isEmpty();
        DraftReview review = r.draft().orElseThrow();
        assertThat(review.reviewed()).isFalse();
        assertThat(review.notes()).isEmpty();
        assertThat(review.unsent()).hasValueSatisfying(text -> assertThat(text)
                .contains("Line " + line + " (\"").contains("friend or a counsellor").doesNotContain("{threatLine}"));
        // Session 13 closing tour, T5: none of these exes asked for anything, so no wish of theirs is named.
        assertThat(r.reasons().get(0).text() + " " + review.unsent().orElseThrow()).contains("puts pressure on them")
                .doesNotContain("what they want");
    }

    /** Issue 21: a visit announced, in a letter, an email or a text alike, is turning up unasked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"letter", "email", "text"})
    void aVisitAnnouncedInADraftOfEveryKindKeepsItUnsentAndNamesTheLine(String action) throws Exception {
        ObjectNode s = DraftCorpusTest.corpus().get("situations").get("REACH_OUT").deepCopy();
        TestSituations.set(s, "plan.action", action);
        TestSituations.set(s, "plan.message", "Dear Sam,\nI miss our mornings.\ni'll come to your place on saturday\nLove, J");
        Recommendation r = standard.advise(TestSituations.read(s));
        assertThat(r.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(r.reasons().get(0).rule()).isEqualTo("draft-threatens-to-turn-up");
        assertThat(r.draft().orElseThrow().unsent()).hasValueSatisfying(text -> assertThat(text)
                .contains("Line 3 (\"i'll come to your place on saturday\")"));
    }

    @Test
    void aCoParentsArrangedHandoverAtTheirHouseIsNoThreat() throws Exception {
        Recommendation r = advise("LOGISTICS_ONLY", "I'll come to your house at 5 to pick up the kids.\nI'll come over at 6 with his bag.");
        assertThat(r.verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(r.draft().orElseThrow().notes()).isEmpty();
    }

    @Test
    void sayingItOnceAfterEndingItOffersNoCoffeeInvitation() throws Exception {
        ObjectNode s = DraftCorpusTest.corpus().get("situations").get("REACH_OUT").deepCopy();
        TestSituations.set(s, "breakup.initiatedBy", "me");
        TestSituations.set(s, "breakup.feelingsExpressed", false);
        TestSituations.set(s, "today", "2027-01-18");
        s.remove("noContact");
        TestSituations.set(s, "plan.message", "Hi, can we talk?");
        Recommendation r = standard.advise(TestSituations.read(s));
        assertThat(r.reasons().get(0).rule()).isEqualTo("you-ended-it");
        assertThat(r.draft().orElseThrow().wordsYouCouldUse()).hasValueSatisfying(words -> assertThat(words)
                .containsIgnoringCase("once").doesNotContainIgnoringCase("coffee").doesNotContain("some time"));
    }

    @Test
    void aWarmReplyToYesterdaysMessageDoesNotSayItHasBeenAWhile() throws Exception {
        ObjectNode s = DraftCorpusTest.corpus().get("situations").get("REACH_OUT").deepCopy();
        TestSituations.set(s, "plan.action", "reply");
        s.putObject("exContact").put("date", "2027-03-09").put("about", "personal");
        TestSituations.set(s, "plan.message", "Good to hear from you.");
        Recommendation r = standard.advise(TestSituations.read(s));
        assertThat(r.reasons().get(0).rule()).isEqualTo("reply-warmly");
        assertThat(r.draft().orElseThrow().wordsYouCouldUse()).hasValueSatisfying(words -> assertThat(words)
                .contains("hear from you").doesNotContain("some time", "came to mind", "coffee"));
    }

    @Test
    void aPickupDraftUnderAProtectionOrderPointsToTheLawyerNotACrisisLine() throws Exception {
        ObjectNode s = DraftCorpusTest.corpus().get("situations").get("LOGISTICS_ONLY").deepCopy();
        TestSituations.set(s, "safety.protectionOrder", true);
        TestSituations.set(s, "plan.message", "Can I pick up Sam from school on Friday?");
        Recommendation r = standard.advise(TestSituations.read(s));
        assertThat(r.verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        assertThat(r.draft().orElseThrow().unsent()).hasValueSatisfying(text -> assertThat(text)
                .contains("lawyer", "court's channel").doesNotContain("crisis line"));
    }

    @Test
    void aReplyToAPersonalMessageIsNotToldToKeepItPractical() throws Exception {
        ObjectNode s = DraftCorpusTest.corpus().get("situations").get("RESPOND_BRIEFLY").deepCopy();
        s.putObject("exContact").put("date", "2027-03-09").put("about", "personal");
        TestSituations.set(s, "plan.message", "Thanks.\nI miss you\nHow have you been?");
        Recommendation r = standard.advise(TestSituations.read(s));
        assertThat(r.verdict()).isEqualTo(Verdict.RESPOND_BRIEFLY);
        assertThat(r.draft().orElseThrow().notes()).hasSize(2).allSatisfy(note -> assertThat(note.instead())
                .doesNotContainIgnoringCase("practical"));
    }
}
