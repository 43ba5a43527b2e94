package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/**
 * A request for no contact that names its own exception ("she said dont text me unless its about biscuit", their
 * dog): a practical message about that matter is allowed, brief and in writing, and anything else is not (closing
 * tour of session 14, P2: the exception was dropped and the message about the dog refused).
 */
class TheirExceptionTest {
    private final org.nocontact.BuiltIn builtIn = OnTheShippedRules.BUILT_IN;

    private static ByQuestion biscuit(String plan) {
        return ByQuestion.script().answer(Key.ACTION, plan)
                .answer(Key.STANDING, "2 she said dont text me unless its about biscuit")
                .answer(Key.BOUNDARIES, "they asked me not to contact them unless its about biscuit")
                .answer(Key.TIES, "pets").answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want to move on")
                .enterForTheRest();
    }

    @Test
    void aPracticalMessageAboutTheMatterTheyLeftOpenIsPracticalMattersOnlyAndSaysTheirException() {
        ByQuestion script = biscuit("text her about biscuit our dog");
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));

        assertThat(script.shown()).as(script.shown())
                .contains("Read as: 2) they asked you not to contact them, except about biscuit.");
        assertThat(s.boundaries().exAskedNoContact()).isTrue();
        assertThat(s.boundaries().exceptAbout()).contains("biscuit");
        Recommendation advice = builtIn.standard().advise(s);
        assertThat(advice.verdict()).isEqualTo(Verdict.LOGISTICS_ONLY);
        assertThat(advice.summary()).contains("except about biscuit");
    }

    @Test
    void aMessageAboutAnythingElseStaysNoContactWithTheirRequestAsTheReason() {
        ByQuestion script = biscuit("text her that i miss her");
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));

        assertThat(s.boundaries().exceptAbout()).as(script.shown()).contains("biscuit");
        Recommendation advice = builtIn.standard().advise(s);
        assertThat(advice.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(advice.reasons().get(0).text()).contains("They asked for no contact");
        assertThat(advice.doInstead()).anyMatch(line -> line.contains("Their request left one thing open: biscuit"));
    }

    @Test
    void theExceptionIsSavedAndOfferedBackWithTheRequestByAskFrom() {
        ByQuestion first = biscuit("text her about biscuit our dog");
        Interview interview = new Interview(builtIn.standard(), InterviewTest.TODAY, first);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome()
                .orElseThrow(() -> new AssertionError(first.shown()));
        String file = interview.forAFile(outcome).orElseThrow().file().orElseThrow();
        Situation saved = new SituationReader(InterviewTest.TODAY).read(file.getBytes(StandardCharsets.UTF_8), "s.json");
        assertThat(saved.boundaries().exceptAbout()).contains("biscuit");

        ByQuestion again = ByQuestion.script().enterForTheRest();
        new Interview(builtIn.standard(), InterviewTest.TODAY, again).talk(Remembered.from(saved));
        assertThat(again.shown()).as(again.shown()).containsPattern("\\[[^\\]]*2 except about biscuit[^\\]]*\\] >");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2 she said dont text me unless its about biscuit | biscuit",
        "she told me not to contact her unless it's about the kids | the kids",
        "2, only about the dog lol | the dog",
        "2 except for dog stuff | dog stuff",
        "2. she said only if its about Biscuit. and she blocked me | Biscuit",
        "he asked for space apart from the flat | the flat",
        "2 - he said no contact outside of work. and we work together | work"})
    void theMatterIsReadInThePersonsWords(String typed, String matter) {
        assertThat(TheirException.in(typed)).map(TheirException::matter).contains(matter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 she said dont text me", "1, 2 except 3", "she said dont text me unless i want to be serious",
        "2 except that", "only 2"})
    void wordsThatNameNoMatterAreNoException(String typed) {
        assertThat(TheirException.in(typed)).isEmpty();
    }
}
