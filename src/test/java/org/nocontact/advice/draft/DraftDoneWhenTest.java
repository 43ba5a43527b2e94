package org.nocontact.advice.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.TestSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Verdict;

/** Issue 11's "done when", one test each, through the shipped rules and the standard profile. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftDoneWhenTest {
    final Advisor standard = BuiltIn.load().standard();

    Recommendation advise(String verdict, String message) throws Exception {
        ObjectNode situation = DraftCorpusTest.corpus().get("situations").get(verdict).deepCopy();
        Recommendation r = standard.advise(TestSituations.read(
                TestSituations.set(situation, "plan.message", message)));
        assertThat(r.verdict().name()).isEqualTo(verdict);
        return r;
    }

    @Test
    void aPracticalMessageGetsNoNoteUnderLogisticsOnly() throws Exception {
        DraftReview review = advise("LOGISTICS_ONLY", "Can I pick up my books on Saturday at 10?").draft().orElseThrow();
        assertThat(review.reviewed()).isTrue();
        assertThat(review.notes()).isEmpty();
        assertThat(review.wordsYouCouldUse()).isPresent();
    }

    @Test
    void logisticsWordsYouCouldUseFitAnyPracticalMatterNotOnlyCollectingThings() throws Exception {
        DraftReview review = advise("LOGISTICS_ONLY", "Can we move Saturday's handover to 11?").draft().orElseThrow();
        assertThat(review.wordsYouCouldUse()).hasValueSatisfying(words -> assertThat(words)
                .contains("[the practical matter]", "[day]", "[time]")
                .doesNotContainIgnoringCase("collect").doesNotContain("[the things]", "[the place]"));
    }

    @Test
    void iMissYouInTheSameDraftGetsOneNoteOnItsLine() throws Exception {
        DraftReview review = advise("LOGISTICS_ONLY", "Can I pick up my books on Saturday at 10?\nI miss you")
                .draft().orElseThrow();
        assertThat(review.notes()).singleElement().satisfies(note -> {
            assertThat(note.line()).isEqualTo(2);
            assertThat(note.column()).isEqualTo(3);
            assertThat(note.excerpt()).isEqualTo("miss you");
            assertThat(note.rule()).isEqualTo("feelings");
            assertThat(note.sources()).isNotEmpty();
        });
    }

    @Test
    void theSourcesLightInvitationGetsNoNoteUnderReachOut() throws Exception {
        DraftReview review = advise("REACH_OUT",
                "Hey, I was thinking about you. It's been a while. Feel like grabbing a coffee and catching up?")
                .draft().orElseThrow();
        assertThat(review.reviewed()).isTrue();
        assertThat(review.notes()).isEmpty();
    }

    @Test
    void anUltimatumIsNotedUnderReachOut() throws Exception {
        DraftReview review = advise("REACH_OUT", "If you don't answer I'm done for good").draft().orElseThrow();
        assertThat(review.notes()).singleElement().satisfies(note -> {
            assertThat(note.rule()).isEqualTo("ultimatum");
            assertThat(note.line()).isEqualTo(1);
            assertThat(note.column()).isEqualTo(1);
        });
    }

    @Test
    void aCoParentsOrdinaryHandoverAndDeadlineAreNotNotedAsThreatsOrPressure() throws Exception {
        DraftReview review = advise("LOGISTICS_ONLY",
                "I'll come to your house at 5 to pick up the kids.\nPlease reply by Friday about the school forms.")
                .draft().orElseThrow();
        assertThat(review.notes()).isEmpty();
    }

    @Test
    void underDoNotContactTheDraftStaysUnsentWithNoNotes() throws Exception {
        Recommendation r = advise("DO_NOT_CONTACT", "Happy Valentine's Day ❤️\nI miss you");
        DraftReview review = r.draft().orElseThrow();
        assertThat(review.reviewed()).isFalse();
        assertThat(review.notes()).isEmpty();
        assertThat(review.wordsYouCouldUse()).isEmpty();
        assertThat(review.unsent()).hasValueSatisfying(text -> assertThat(text).contains("stays with you", "journal"));
    }

    @Test
    void underSeekSupportTheDraftStaysUnsentAndPointsToPeopleWhoCanHelp() throws Exception {
        DraftReview review = advise("SEEK_SUPPORT", "Please answer me").draft().orElseThrow();
        assertThat(review.reviewed()).isFalse();
        assertThat(review.notes()).isEmpty();
        assertThat(review.unsent()).hasValueSatisfying(text -> assertThat(text).contains("unsent", "crisis line"));
    }

    @Test
    void noDraftNoDraftReview() throws Exception {
        ObjectNode situation = DraftCorpusTest.corpus().get("situations").get("LOGISTICS_ONLY").deepCopy();
        assertThat(standard.advise(TestSituations.read(situation)).draft()).isEmpty();
        assertThat(Verdict.LOGISTICS_ONLY.allowsContact()).isTrue();
    }
}
