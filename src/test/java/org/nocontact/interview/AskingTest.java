package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One question put to the person: what can be typed instead of an answer, and asking again until one reads. */
class AskingTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final Question<Boolean> BLOCKED = new Question<>(Key.THREATENED, "Have they blocked you?",
            "Being blocked says they want no contact.", new YesNo(false), Question.Relevance.ALWAYS, a -> true);
    private static final Question<Boolean> UNSAFE = new Question<>(Key.UNSAFE, "Do you feel unsafe?",
            "Your safety comes first.", new Safety("Please reach out.", Optional.empty()),
            Question.Relevance.ALWAYS, a -> true);
    private static final Question<LocalDate> SINCE = new Question<>(Key.NO_CONTACT_SINCE, "Since when?",
            "The period is counted from this day.", new Date(Optional.empty(), (d, a, t) -> Optional.empty()),
            Question.Relevance.ALWAYS, a -> true);

    private static Question<Optional<String>> draft(int max) {
        return new Question<>(Key.MESSAGE, "Paste it, then an empty line.", "Some words land hard.", new Draft(max),
                Question.Relevance.ALWAYS, a -> true);
    }

    private static Step ask(ScriptedConsole console, Question<?> question, Optional<String> earlier) {
        return new Asking(console, new AnswerReader(TODAY), TODAY, q -> "HELP LINES FOR " + q.key(), plan -> false)
                .ask(question, earlier, Answers.none());
    }

    /** An answer as the walk gets it: the value read, how it is shown, and the words it was read from. */
    private record Got(Optional<Object> value, String shown, String typed) {
    }

    private static Got answered(Step step) {
        assertThat(step).isInstanceOf(Step.Answered.class);
        Step.Answered<?> answer = (Step.Answered<?>) step;
        return new Got(answer.value().map(Object.class::cast), answer.shown(), answer.typed());
    }

    @Test
    void whyIsSaidAndTheQuestionAskedAgain() {
        ScriptedConsole console = new ScriptedConsole("?", " Why ", "yes");
        Got step = answered(ask(console, BLOCKED, Optional.empty()));
        assertThat(step.value()).contains(true);
        assertThat(step.typed()).isEqualTo("yes");
        assertThat(console.prompts()).hasSize(3);
        assertThat(console.shown().split("Being blocked says they want no contact.", -1)).hasSize(3);
    }

    @Test
    void helpAtASafetyQuestionGivesItsHelpLinesBeforeWhy() {
        ScriptedConsole console = new ScriptedConsole("help", "no");
        assertThat(answered(ask(console, UNSAFE, Optional.empty())).value()).contains(false);
        assertThat(console.shown()).contains("HELP LINES FOR safety.unsafe\nYour safety comes first.");
        ScriptedConsole elsewhere = new ScriptedConsole("HELP", "no");
        ask(elsewhere, BLOCKED, Optional.empty());
        assertThat(elsewhere.shown()).contains("Being blocked says they want no contact.").doesNotContain("HELP LINES");
    }

    @Test
    void backGoesToTheQuestionBefore() {
        assertThat(ask(new ScriptedConsole("back"), BLOCKED, Optional.empty())).isEqualTo(new Step.Back());
    }

    @Test
    void quitExitAndCtrlDLeaveSayingWhetherASafetyQuestionWasWaiting() {
        assertThat(ask(new ScriptedConsole("quit"), BLOCKED, Optional.empty())).isEqualTo(new Step.Left(false));
        assertThat(ask(new ScriptedConsole(" EXIT "), UNSAFE, Optional.empty())).isEqualTo(new Step.Left(true));
        assertThat(ask(new ScriptedConsole(), BLOCKED, Optional.empty())).isEqualTo(new Step.Left(false));
        assertThat(ask(new ScriptedConsole(), UNSAFE, Optional.empty())).isEqualTo(new Step.Left(true));
        assertThat(ask(new ScriptedConsole("?"), UNSAFE, Optional.empty())).isEqualTo(new Step.Left(true));
    }

    @Test
    void anAnswerThatDoesNotReadIsExplainedAndAskedAgain() {
        ScriptedConsole console = new ScriptedConsole("banana", "  no  ");
        Got step = answered(ask(console, BLOCKED, Optional.empty()));
        assertThat(step.value()).contains(false);
        assertThat(step.shown()).isEqualTo("no");
        assertThat(step.typed()).isEqualTo("no");
        assertThat(console.shown()).contains("Please answer yes or no (y or n). Type ? if you'd like to know why I ask.");
        assertThat(console.prompts()).hasSize(2);
    }

    @Test
    void howAnAnswerWasReadIsSaidBack() {
        ScriptedConsole console = new ScriptedConsole("3 weeks ago");
        assertThat(answered(ask(console, SINCE, Optional.empty())).value()).contains(LocalDate.of(2027, 2, 17));
        assertThat(console.shown()).contains("3 weeks ago: Wednesday 17 February.");
    }

    @Test
    void enterKeepsTheAnswerGivenBefore() {
        ScriptedConsole console = new ScriptedConsole("");
        Got step = answered(ask(console, BLOCKED, Optional.of("yes")));
        assertThat(step.value()).contains(true);
        assertThat(step.typed()).isEqualTo("yes");
        assertThat(console.prompts().get(0)).endsWith("[yes] > ");
    }

    @Test
    void aYesTakesTheReadingAskedBack() {
        ScriptedConsole console = new ScriptedConsole("2 weeks", "yes");
        Got step = answered(ask(console, SINCE, Optional.empty()));
        assertThat(step.value()).contains(LocalDate.of(2027, 2, 24));
        assertThat(step.typed()).isEqualTo("2 weeks ago");
        assertThat(console.shown()).contains("Did you mean 2 weeks ago, Wednesday 24 February?");
    }

    @Test
    void afterASecondMissTheGuessIsStillOfferedAndAYesTakesIt() {
        ScriptedConsole console = new ScriptedConsole("2 weeks", "whenever", "yes", "today");
        Got step = answered(ask(console, SINCE, Optional.empty()));
        assertThat(step.value()).contains(TODAY.minusWeeks(2));
        assertThat(console.shown()).contains("I couldn't read \"whenever\" as a date.")
                .contains("(Type yes for 2 weeks ago, ");
        ScriptedConsole noGuess = new ScriptedConsole("yes", "today");
        ask(noGuess, SINCE, Optional.empty());
        assertThat(noGuess.shown()).as("a yes with nothing asked back is no date").contains("I couldn't read \"yes\"");
    }

    @Test
    void aDraftIsReadLineByLineUntilAnEmptyLine() {
        ScriptedConsole console = new ScriptedConsole("hey  ", "how are you   ", "", "not part of it");
        Got step = answered(ask(console, draft(200), Optional.empty()));
        assertThat(step.value()).contains(Optional.of("hey\nhow are you"));
        assertThat(step.shown()).isEqualTo("hey\nhow are you");
        assertThat(console.unread()).isEqualTo(1);
        assertThat(console.prompts().get(0)).endsWith("Paste it, then an empty line.\n> ");
    }

    @Test
    void aDraftEndsAtTheEndOfInputToo() {
        Got step = answered(ask(new ScriptedConsole("hey", "bye"), draft(200), Optional.empty()));
        assertThat(step.value()).contains(Optional.of("hey\nbye"));
    }

    @Test
    void aDraftPastedAtOnceNeedsNoEmptyLine() {
        ScriptedConsole console = new ScriptedConsole("\nhey  \r\nhow are you\n\n", "unread");
        Got step = answered(ask(console, draft(200), Optional.empty()));
        assertThat(step.value()).contains(Optional.of("hey\nhow are you"));
        assertThat(console.unread()).isEqualTo(1);
    }

    @Test
    void noOrEnterMeansNoDraftUnlessOneWasGivenBefore() {
        assertThat(answered(ask(new ScriptedConsole("No"), draft(200), Optional.empty())).value()).contains(Optional.empty());
        assertThat(answered(ask(new ScriptedConsole(""), draft(200), Optional.empty())).value()).contains(Optional.empty());
        ScriptedConsole keeping = new ScriptedConsole("");
        Got kept = answered(ask(keeping, draft(200), Optional.of("old words")));
        assertThat(kept.value()).contains(Optional.of("old words"));
        assertThat(kept.shown()).isEqualTo("old words");
        assertThat(keeping.prompts().get(0)).endsWith("(Enter keeps the draft you gave before)\n> ");
        assertThat(answered(ask(new ScriptedConsole("no"), draft(200), Optional.of("old words"))).value())
                .as("no says there is none now").contains(Optional.empty());
        assertThat(answered(ask(new ScriptedConsole(""), draft(200), Optional.of("  "))).value())
                .as("a blank draft before is no draft").contains(Optional.empty());
    }

    @Test
    void aDraftLongerThanTheLimitIsCutAndSaidSo() {
        ScriptedConsole console = new ScriptedConsole("abcdefghijklmno", "");
        Got step = answered(ask(console, draft(10), Optional.empty()));
        assertThat(step.value()).contains(Optional.of("abcdefghij"));
        assertThat(console.shown()).contains("That is longer than 10 characters; I'll read the first 10.");
        ScriptedConsole exactly = new ScriptedConsole("abcdefghij", "");
        assertThat(answered(ask(exactly, draft(10), Optional.empty())).value()).contains(Optional.of("abcdefghij"));
        assertThat(exactly.shown()).doesNotContain("longer than");
    }

    @Test
    void whyAtADraftIsSaidAndTheDraftAskedAgain() {
        ScriptedConsole console = new ScriptedConsole("?", "hi", "");
        assertThat(answered(ask(console, draft(200), Optional.empty())).value()).contains(Optional.of("hi"));
        assertThat(console.shown()).contains("Some words land hard.");
    }
}
