package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A question is shown with how to answer it and, where Enter gives an answer, that answer in brackets. */
class PromptsTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    private static final Question<Boolean> BLOCKED = new Question<>(Key.THREATENED, "Have they blocked you?", "why",
            new YesNo(false), Question.Relevance.ALWAYS, answers -> true);
    private static final Question<Boolean> UNSAFE = new Question<>(Key.UNSAFE, "Do you feel unsafe?", "why",
            new Safety("stop", Optional.empty()), Question.Relevance.ALWAYS, answers -> true);

    @Test
    void enterGivesTheQuestionsDefaultShownInBrackets() {
        assertThat(Prompts.prompt(BLOCKED, Optional.empty(), TODAY)).isEqualTo("\nHave they blocked you?\n  (yes or no)\n[no] > ");
    }

    @Test
    void anAnswerGivenBeforeIsTheDefault() {
        assertThat(Prompts.prompt(BLOCKED, Optional.of("yes"), TODAY)).isEqualTo("\nHave they blocked you?\n  (yes or no)\n[yes] > ");
    }

    @Test
    void aQuestionWithoutADefaultShowsNoBrackets() {
        assertThat(Prompts.prompt(UNSAFE, Optional.empty(), TODAY))
                .isEqualTo("\nDo you feel unsafe?\n  (yes or no, or in your own words)\n> ");
    }

    @Test
    void whetherTheyAlreadyToldThemOffersNoAnswerTheyNeverGave() {
        // "[not sure]" was a default the person never gave: one tired Enter said it for them (task note s15, item 4)
        assertThat(Prompts.prompt(TypedAnswersTest.question("breakup.feelingsExpressed"), Optional.empty(), TODAY))
                .startsWith("\nHave you already told them you want them back?").endsWith("\n> ").doesNotContain("[");
    }

    @Test
    void aChoiceShowsItsDefaultInWordsNeverItsNumber() {
        for (String name : java.util.List.of("plan.occasion", "exContact.recent")) {
            Question<?> question = TypedAnswersTest.question(name);
            String prompt = Prompts.prompt(question, Optional.empty(), TODAY);
            String shown = prompt.substring(prompt.lastIndexOf('[') + 1, prompt.lastIndexOf(']'));
            assertThat(shown).as(name).doesNotContainPattern("^\\d+$").isNotBlank();
            assertThat(new AnswerReader(TODAY).parse(question, shown, Answers.none()).problem())
                    .as("%s: the default shown, typed back, reads", name).isEmpty();
        }
        assertThat(Prompts.prompt(TypedAnswersTest.question("plan.occasion"), Optional.empty(), TODAY))
                .endsWith("[no, an ordinary day] > ");
    }
}
