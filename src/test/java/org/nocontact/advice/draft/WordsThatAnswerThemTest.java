package org.nocontact.advice.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.nocontact.BuiltIn;
import org.nocontact.TestSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Verdict;

/**
 * Guidance, drafts: the words a person could use must be true for their answers. Answering their
 * practical message, the words answer it; they are no new proposal of a day and a time.
 */
class WordsThatAnswerThemTest {
    final Advisor standard = BuiltIn.load().standard();

    /** A co-parent she asked to write only about the children; practical matters only. */
    static ObjectNode coParent(String action) {
        ObjectNode s = TestSituations.base();
        TestSituations.set(s, "goal", "move-on");
        TestSituations.set(s, "ties", java.util.List.of("children"));
        TestSituations.set(s, "boundaries.exAskedNoContact", true);
        TestSituations.set(s, "plan.action", action);
        TestSituations.set(s, "plan.purpose", "logistics");
        return TestSituations.set(s, "plan.message", "Saturday at 10 works.\nI can't keep doing this");
    }

    @Test
    void answeringTheirPracticalMessageTheWordsAnswerItRatherThanProposeATime() {
        ObjectNode reply = TestSituations.exWrote(coParent("reply"), "logistics");
        Recommendation r = standard.advise(TestSituations.read(reply));
        assertThat(r.verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(r.draft().orElseThrow().wordsYouCouldUse()).hasValueSatisfying(words -> assertThat(words)
                .contains("works for me").doesNotContain("could we", "[day] at [time]?"));
    }

    @Test
    void writingFirstAboutAPracticalMatterTheWordsStillProposeADayAndATime() {
        Recommendation r = standard.advise(TestSituations.read(coParent("text")));
        assertThat(r.verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(r.draft().orElseThrow().wordsYouCouldUse()).hasValueSatisfying(words -> assertThat(words)
                .contains("could we [do what] on [day] at [time]?"));
    }
}
