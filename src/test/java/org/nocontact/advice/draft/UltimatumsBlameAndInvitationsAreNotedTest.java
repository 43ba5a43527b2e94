package org.nocontact.advice.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Verdict;

/**
 * Drafts a newcomer pasted on the tour: an ultimatum and blame in a message about returning their
 * things, and an invitation to talk in a reply to "how are you?". The README promises each is noted.
 */
class UltimatumsBlameAndInvitationsAreNotedTest {
    static Recommendation read(Verdict verdict, String... lines) throws IOException {
        JsonNode situation = DraftCorpusTest.corpus().get("situations").get(verdict.name());
        Recommendation r = DraftCorpusTest.adviseWith(org.nocontact.BuiltIn.load().standard(), situation, List.of(lines));
        assertThat(r.verdict()).isEqualTo(verdict);
        return r;
    }

    @Test
    void aDeadlineWithAThreatToThrowTheirThingsOutIsAnUltimatumAndAfterWhatYouDidIsBlame() throws IOException {
        Recommendation r = read(Verdict.LOGISTICS_ONLY, "come get it saturday or its going in the trash. honestly after "
                + "what you did you're lucky i kept it");
        assertThat(DraftCorpusTest.rulesOn(r.draft().orElseThrow(), 1)).contains("ultimatum", "blame");
    }

    @Test
    void anInvitationToTalkInABriefReplyIsNoted() throws IOException {
        Recommendation r = read(Verdict.RESPOND_BRIEFLY, "im good thanks", "i miss u. can we talk this weekend? \u2764\ufe0f");
        assertThat(DraftCorpusTest.rulesOn(r.draft().orElseThrow(), 2)).contains("invitation-to-talk", "feelings",
                "romantic-emoji");
        assertThat(DraftCorpusTest.rulesOn(r.draft().orElseThrow(), 1)).isEmpty();
    }

    @Test
    void aPlainHandoverWithADayIsStillClean() throws IOException {
        Recommendation r = read(Verdict.LOGISTICS_ONLY, "Can you come get your things on Saturday at 10?");
        assertThat(DraftCorpusTest.rulesOn(r.draft().orElseThrow(), 1)).isEmpty();
    }

    @Test
    void aLightInvitationWhereReachingOutFitsGetsNoNote() throws IOException {
        Recommendation r = read(Verdict.REACH_OUT, "Want to grab a coffee sometime?");
        assertThat(DraftCorpusTest.rulesOn(r.draft().orElseThrow(), 1)).isEmpty();
    }
}
