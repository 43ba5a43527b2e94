package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.situation.Action;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Situation;

/** Choosing which answer to change after a verdict, and the short interview of an urge (`nocontact urge`). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChoosingAndQuickTest {
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final List<Key<?>> SAFETY = List.of(Key.SELF_HARM, Key.UNSAFE, Key.THREATENED, Key.PROTECTION_ORDER,
            Key.URGE_TO_MONITOR);
    private BuiltIn builtIn;

    @BeforeAll
    void load() {
        builtIn = BuiltIn.load();
    }

    /** Left by them two months ago, wants to move on, thinking of a text. */
    static Situation kept() {
        return Answers.none().with(Key.INITIATED_BY, InitiatedBy.THEM).with(Key.BREAKUP_DATE, TODAY.minusMonths(2))
                .with(Key.GOAL, Goal.MOVE_ON).with(Key.ACTION, Action.TEXT).toSituation(TODAY);
    }

    static Interview.Outcome finished(List<Key<?>> asked) {
        Remembered answers = Remembered.none();
        for (Key<?> key : asked) {
            answers = answers.with(key, "no");
        }
        return new Interview.Outcome(kept(), answers, asked);
    }

    Interview interview(ScriptedConsole console) {
        return new Interview(builtIn.standard(), TODAY, console);
    }

    @Test
    void onlyANumberOfAnAnswerListedChoosesIt() {
        List<Key<?>> asked = List.of(Key.SELF_HARM, Key.INITIATED_BY, Key.GOAL);
        ScriptedConsole console = new ScriptedConsole("0", "4", "two", "3");
        assertThat(interview(console).chooseAnswerToChange(finished(asked))).containsSame(Key.GOAL);
        assertThat(console.shown()).contains("  1) ", "  3) ").doesNotContain("  4) ");
        assertThat(console.shown().split("Please type a number from 1 to 3 for the answer to change, or press Enter "
                + "to keep them all.", -1)).hasSize(4);
        assertThat(interview(new ScriptedConsole("1")).chooseAnswerToChange(finished(asked))).containsSame(Key.SELF_HARM);
    }

    @Test
    void withOneAnswerListedTheHintAsksForThatOne() {
        ScriptedConsole console = new ScriptedConsole("2", "1");
        assertThat(interview(console).chooseAnswerToChange(finished(List.of(Key.GOAL)))).containsSame(Key.GOAL);
        assertThat(console.shown()).contains("Please type 1 for the answer to change, or press Enter to keep them all.");
    }

    @Test
    void enterOrAWordForNothingChangesNothing() {
        for (String nothing : new String[] {"", "keep", "Cancel", " none "}) {
            assertThat(interview(new ScriptedConsole(nothing)).chooseAnswerToChange(finished(List.of(Key.GOAL))))
                    .as(nothing).isEmpty();
        }
        assertThat(interview(new ScriptedConsole()).chooseAnswerToChange(finished(List.of(Key.GOAL))))
                .as("Ctrl-D").isEmpty();
    }

    @Test
    void tenAnswersOrMoreAreNumberedInOneColumn() {
        List<Key<?>> ten = List.of(Key.SELF_HARM, Key.UNSAFE, Key.THREATENED, Key.PROTECTION_ORDER, Key.URGE_TO_MONITOR,
                Key.INITIATED_BY, Key.BREAKUP_DATE, Key.GOAL, Key.ACTION, Key.TIES);
        ScriptedConsole console = new ScriptedConsole("");
        interview(console).chooseAnswerToChange(finished(ten));
        assertThat(console.shown().lines().filter(line -> line.matches(" +\\d+\\) .*")))
                .hasSize(10).allMatch(line -> line.indexOf(')') == 4);
        ScriptedConsole nine = new ScriptedConsole("");
        interview(nine).chooseAnswerToChange(finished(ten.subList(0, 9)));
        assertThat(nine.shown().lines().filter(line -> line.matches(" +\\d+\\) .*")))
                .hasSize(9).allMatch(line -> line.startsWith("  ") && line.indexOf(')') == 3);
    }

    @Test
    void anUrgeAsksTheSafetyQuestionsThenOnlyWhatIsAskedAgain() {
        ScriptedConsole console = new ScriptedConsole("no", "no", "no", "no", "no", "to be friends", "", "skip", "", "skip", "", "skip", "", "skip", "",
                "skip", "", "skip", "", "skip", "", "skip", "");
        Interview.Ending ending = interview(console).quick(kept(), Set.of(Key.GOAL));
        Situation now = ending.outcome().orElseThrow().situation();
        assertThat(now.goal()).isEqualTo(Goal.FRIENDS);
        assertThat(now.breakup().date()).as("kept, not asked").isEqualTo(TODAY.minusMonths(2));
        assertThat(now.plan().action()).isEqualTo(Action.TEXT);
        assertThat(console.shown()).startsWith("First, your safety.").contains("What do you want now?")
                .doesNotContain("Who ended", "When did it end?", "What are you thinking of doing, and what is it for?");
        assertThat(console.prompts().get(0)).as("no default at a safety question").endsWith("\n> ");
    }

    @Test
    void whileASafetyQuestionWaitsTheInterviewSaysSo() {
        Interview[] interview = new Interview[1];
        boolean[] seenAtTheFirst = new boolean[1];
        Console watching = new ScriptedConsole() {
            private int read;

            @Override
            public Optional<String> readLine(String prompt) {
                if (read == 0) {
                    seenAtTheFirst[0] = interview[0].atASafetyQuestion();
                }
                return read++ < 5 ? Optional.of("no") : Optional.empty();
            }
        };
        interview[0] = new Interview(builtIn.standard(), TODAY, watching);
        interview[0].talk(Remembered.none());
        assertThat(seenAtTheFirst[0]).as("at the first safety question").isTrue();
        assertThat(interview[0].atASafetyQuestion()).as("after the conversation").isFalse();
    }
}
