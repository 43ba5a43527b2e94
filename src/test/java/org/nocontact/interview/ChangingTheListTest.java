package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * Session 12 (closing tour F1): changing the list of where things stand asks its own lines again, never a question
 * asked alone beside it, so "none" there cannot take back an answer given to another question.
 */
class ChangingTheListTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();

    /** Blocked on one app, his things to pick up: the ties are heard in the plan and asked alone, "[belongings]". */
    private static ByQuestion picksUpHisStuff() {
        return ByQuestion.script().answer(Key.ACTION, "text him about picking up my stuff").answer(Key.STANDING, "1")
                .answer(Key.BOUNDARIES, "on one app").answer(Key.INITIATED_BY, "me, 3 weeks ago, move on")
                .enterForTheRest();
    }

    @Test
    void changingTheListToNoneKeepsTheThingsSharedAnsweredAlone() {
        ByQuestion first = picksUpHisStuff();
        Interview.Outcome outcome = new Interview(builtIn.standard(), InterviewTest.TODAY, first).talk(Remembered.none())
                .outcome().orElseThrow(() -> new AssertionError(first.shown()));
        assertThat(outcome.situation().ties()).as(first.shown()).contains(Tie.BELONGINGS);

        ByQuestion change = ByQuestion.script().answer(Key.STANDING, "none, she unblocked me").enterForTheRest();
        Situation changed = new Interview(builtIn.standard(), InterviewTest.TODAY, change).change(outcome, Key.STANDING)
                .outcome().orElseThrow(() -> new AssertionError(change.shown())).situation();

        assertThat(changed.ties()).as(change.shown()).contains(Tie.BELONGINGS);
        assertThat(changed.boundaries().blocked()).isFalse();
        assertThat(change.shown()).doesNotContain("You still share something", "nothing you still share has been named");
    }
}
