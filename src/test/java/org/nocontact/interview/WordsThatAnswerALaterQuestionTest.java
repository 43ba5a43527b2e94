package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.situation.Situation;

/**
 * Issue 21: words in an answer that already answer a later question beyond doubt are read, said back, and that
 * question is not asked: "he ghosted me" says they have not written to you.
 */
class WordsThatAnswerALaterQuestionTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();

    /** Wanting them back, ended by them three weeks ago, holding no contact since: whether they wrote can matter. */
    private static ByQuestion holding() {
        return InterviewTest.full().answer(Key.BREAKUP_DATE, "3 weeks ago").answer(Key.NO_CONTACT_SINCE, "3 weeks ago")
                .enterForTheRest();
    }

    private Situation talk(ByQuestion console) {
        return new Interview(builtIn.standard(), InterviewTest.TODAY, console).run().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text him, he ghosted me", "text her bc shes been ghosting me", "a text, i got ghosted"})
    void ghostedInThePlanIsTheyHaveNotWrittenSaidBackAndNotAsked(String plan) {
        ByQuestion asked = holding();
        talk(asked);
        assertThat(asked.shown()).as("asked where nothing said it (a line of where things stand)")
                .contains("They wrote to you recently");

        ByQuestion ghosted = holding().answer(Key.ACTION, plan);
        Situation s = talk(ghosted);
        assertThat(ghosted.asked()).doesNotContain(Key.EX_CONTACT_RECENT);
        assertThat(ghosted.shown()).doesNotContain("They wrote to you recently");
        assertThat(ghosted.shown()).contains("they haven't written to you lately.");
        assertThat(s.exContact()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text him, i ghosted him", "text her about ghosting"})
    void theirSilenceIsReadOnlyWhereTheWordsSayIt(String plan) {
        ByQuestion console = holding().answer(Key.ACTION, plan);
        Situation s = talk(console);
        assertThat(console.shown()).doesNotContain("they haven't written");
        assertThat(s.plan().action()).isEqualTo(org.nocontact.situation.Action.TEXT);
    }
}
