package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.Tie;

/**
 * Issue 21 item 6 (session 13 closing tour T8, T15, T23): a line ticked at "Which of these are true now?" that
 * led to no further question (its answer could not change today's advice) is still what the person said: saving
 * asks its follow-up, as it asks the other answers a file needs, so the file holds it and `ask --from` offers the
 * same ticks back. Item 4 (T14): changing the list asks the list first, and only what its new ticks open.
 */
class TicksKeptOnSaveTest {
    private static final LocalDate TODAY = InterviewTest.TODAY;

    private static Interview interview(ByQuestion script) {
        return new Interview(OnTheShippedRules.BUILT_IN.standard(), TODAY, script);
    }

    private static Situation readBack(Interview.Outcome saved) {
        return new SituationReader(TODAY).read(saved.file().orElseThrow().getBytes(StandardCharsets.UTF_8), "saved.json");
    }

    private static String listPrompt(ByQuestion console) {
        return console.prompts().stream().filter(prompt -> prompt.contains(Standing.PROMPT)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError(console.shown()));
    }

    /** Tom: she asked for no contact, and "i sent like 5 texts she never answered": the 5 is offered when the count is asked. */
    @Test
    void howManySaidWithTheTickIsOfferedWhenTheCountIsAsked() {
        ByQuestion tom = ByQuestion.script().answer(Key.ACTION, "text her sorry for everything")
                .answer(Key.STANDING, "she said dont contact me again. and i sent like 5 texts she never answered")
                .answer(Key.UNANSWERED_MESSAGES, "").answer(Key.INITIATED_BY, "we both did, 3 weeks ago, to move on")
                .enterForTheRest();
        Interview interview = interview(tom);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome().orElseThrow(() -> new AssertionError(tom.shown()));
        Situation saved = readBack(interview.forAFile(outcome).orElseThrow(() -> new AssertionError(tom.shown())));

        assertThat(tom.shown()).as(tom.shown()).contains("How many of your messages are still unanswered?", "[5] >");
        assertThat(saved.unansweredMessages()).isEqualTo(5);
        assertThat(saved.boundaries().exAskedNoContact()).isTrue();
    }

    /** The numbers of the lines of a list prompt that start with these words, as the list shows its ticks ("3, 4"). */
    private static String numbersOf(String prompt, String... lines) {
        return String.join(", ", prompt.lines().filter(row -> java.util.Arrays.stream(lines).anyMatch(line -> row
                .replaceFirst("^\\s+\\d+\\) ", "").startsWith(line))).map(row -> row.trim().replaceFirst("\\).*", "")).toList());
    }

    /** Dev: replying to her "hey how are you", holding no contact, sharing pets; what they share makes no difference. */
    @Test
    void whatYouShareTickedAndNeverAskedIsAskedAtSaveAndOfferedBackByAskFrom() {
        ByQuestion first = dev().answer(Key.TIES, "pets");
        Interview interview = interview(first);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome()
                .orElseThrow(() -> new AssertionError(first.shown()));
        assertThat(first.asked()).as("what they share cannot change this advice: not asked\n" + first.shown())
                .contains(Key.STANDING).doesNotContain(Key.TIES);
        String ticked = listPrompt(first);

        Situation saved = readBack(interview.forAFile(outcome).orElseThrow(() -> new AssertionError(first.shown())));

        assertThat(first.shown()).as(first.shown()).contains("To keep your answers in a file I need one more",
                "What do you still share?");
        assertThat(saved.ties()).containsExactly(Tie.PETS);

        ByQuestion again = ByQuestion.script().enterForTheRest();
        Situation fromTheFile = interview(again).talk(Remembered.from(saved)).outcome()
                .orElseThrow(() -> new AssertionError(again.shown())).situation();
        String offered = listPrompt(again);
        assertThat(offered).as("each line ticked before and listed again is ticked by default\n" + again.shown())
                .endsWith("\n[" + numbersOf(offered, "You are holding no contact", "You still share something") + "] > ");
        assertThat(fromTheFile.ties()).containsExactly(Tie.PETS);
        assertThat(again.shown()).as("a day taken from the file is said back as a day, never in the file's form")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}:");
    }

    /** Dev: replying to her "hey how are you", holding no contact; in `change` he also ticks what they share. */
    private static ByQuestion dev() {
        return ByQuestion.script().answer(Key.ACTION, "reply to her message").answer(Key.EX_CONTACT_ABOUT, "personal")
                .answer(Key.PURPOSE, "answering how i am")
                .answer(Key.EX_CONTACT_DATE, "yesterday").answer(Key.NO_CONTACT_STARTED, "since 15 february")
                .answer(Key.NO_CONTACT_DAYS, "30").answer(Key.INITIATED_BY, "we both did, 2 months ago, to move on")
                .enterForTheRest();
    }

    @Test
    void changingTheListAsksTheListFirstAndNothingItsTicksDoNotOpen() {
        ByQuestion first = dev();
        Interview.Outcome outcome = interview(first).talk(Remembered.none()).outcome()
                .orElseThrow(() -> new AssertionError(first.shown()));
        assertThat(first.asked()).as(first.shown()).contains(Key.STANDING, Key.NO_CONTACT_STARTED);
        assertThat(outcome.situation().ties()).isEmpty();

        ByQuestion change = ByQuestion.script().answer(Key.NO_CONTACT_STARTED, "since 15 february")
                .answer(Key.TIES, "pets").enterForTheRest();
        Interview changing = interview(change);
        Interview.Outcome changed = changing.change(outcome, Key.STANDING).outcome()
                .orElseThrow(() -> new AssertionError(change.shown()));

        assertThat(change.asked()).as("only the list: the period ticked again keeps its day and length\n" + change.shown())
                .containsExactly(Key.STANDING);
        assertThat(change.shown()).doesNotContain("When did their message arrive?", "Since when", "For how many days");
        assertThat(changed.situation().noContact().orElseThrow().since()).isEqualTo(LocalDate.of(2027, 2, 15));

        Situation saved = readBack(changing.forAFile(changed).orElseThrow(() -> new AssertionError(change.shown())));
        assertThat(change.shown()).as(change.shown()).contains("What do you still share?");
        assertThat(saved.ties()).as("the tick given in the change, held by its follow-up").containsExactly(Tie.PETS);
        assertThat(saved.exContact().orElseThrow().date()).isEqualTo(TODAY.minusDays(1));
        assertThat(saved.noContact().orElseThrow().since()).isEqualTo(LocalDate.of(2027, 2, 15));
    }
}
