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

    /**
     * Session 15 tour (F4.1): "back" from the next question to a list answered with words that said more ("since like 2
     * months", "mutual friends") lost its lines: option 6 was gone and Enter took "[none]", ending two months of no
     * contact; "5 since like 2 months" alone came back as "[5]" meaning another line. The list keeps the lines it
     * had, its default means what was ticked, and Enter there leaves the advice as it was.
     */
    @Test
    void backToTheListAndEnterKeepsItsLinesAndWhatWasTicked() {
        for (String ticked : new String[] {"5 since like 2 months. 6 mutual friends", "5 since like 2 months",
                "5, 6 mutual friends", "5 since 2 months, 6"}) {
            ByQuestion straight = holdingFor2Months(ticked, "my feelings");
            ByQuestion withBack = holdingFor2Months(ticked, "back", "my feelings");

            Situation asAnswered = talk(straight);
            Situation afterBack = talk(withBack);

            assertThat(afterBack).as(ticked + "\n" + withBack.shown()).isEqualTo(asAnswered);
            assertThat(afterBack.noContact()).as(ticked).isPresent();
            assertThat(withBack.shown()).as(ticked).doesNotContain("[none] >")
                    .contains("6) You still share something").contains(ticked.contains("6") ? "[5, 6] >" : "[5] >");
        }
    }

    private static ByQuestion holdingFor2Months(String ticked, String... purpose) {
        return ByQuestion.script().answer(Key.ACTION, "text her").answer(Key.STANDING, ticked, "")
                .answer(Key.PURPOSE, purpose).answer(Key.INITIATED_BY, "she did, 3 months ago")
                .answer(Key.GOAL, "move on").answer(Key.NO_CONTACT_STARTED, "2 months ago").enterForTheRest();
    }

    private Situation talk(ByQuestion script) {
        return new Interview(builtIn.standard(), InterviewTest.TODAY, script).talk(Remembered.none()).outcome()
                .orElseThrow(() -> new AssertionError(script.shown())).situation();
    }
}
