package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Answers given before are offered again; one only heard in another answer is a default, never an answer given. */
class RememberedTest {
    @Test
    void nothingIsRememberedAtTheStart() {
        assertThat(Remembered.none().answer(Key.GOAL)).isEmpty();
        assertThat(Remembered.none().given(Key.GOAL)).isEmpty();
        assertThat(Remembered.none().asMap()).isEmpty();
    }

    @Test
    void anAnswerGivenIsRememberedAndCountsAsGiven() {
        Remembered r = Remembered.none().with(Key.GOAL, "move on");
        assertThat(r.answer(Key.GOAL)).contains("move on");
        assertThat(r.given(Key.GOAL)).contains("move on");
        assertThat(r.toString()).contains("move on");
    }

    @Test
    void anAnswerOnlyHeardIsADefaultButNotGivenUntilItsQuestionIsAnswered() {
        Remembered heard = Remembered.none().with(Key.ACTION, "send a gift").hearing(Key.OCCASION, "their birthday");
        assertThat(heard.answer(Key.OCCASION)).contains("their birthday");
        assertThat(heard.given(Key.OCCASION)).isEmpty();
        assertThat(heard.given(Key.ACTION)).contains("send a gift");
        Remembered answered = heard.with(Key.OCCASION, "their birthday");
        assertThat(answered.given(Key.OCCASION)).contains("their birthday");
        assertThat(answered.with(Key.GOAL, "move on").given(Key.OCCASION)).as("still given after other answers")
                .contains("their birthday");
        assertThat(heard.with(Key.GOAL, "move on").given(Key.OCCASION)).as("still only heard after other answers").isEmpty();
    }

    @Test
    void anAnswerGivenAgainMovesToTheEndWithItsNewWords() {
        Remembered r = Remembered.none().with(Key.GOAL, "move on").with(Key.ACTION, "text").with(Key.GOAL, "unsure");
        assertThat(r.asMap().keySet()).containsExactly(Key.ACTION, Key.GOAL);
        assertThat(r.answer(Key.GOAL)).contains("unsure");
        Remembered reheard = r.hearing(Key.ACTION, "call");
        assertThat(reheard.asMap().keySet()).containsExactly(Key.GOAL, Key.ACTION);
        assertThat(reheard.given(Key.ACTION)).isEmpty();
    }
}
