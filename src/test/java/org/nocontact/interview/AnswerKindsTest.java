package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Tie;

/** What each kind of question shows below it, offers in brackets, and shows of an answer given. */
class AnswerKindsTest {
    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);
    static final List<Option<Goal>> GOALS = List.of(
            new Option<>("to get back together", Goal.RECONCILE, List.of("reconcile")),
            new Option<>("to move on", Goal.MOVE_ON, List.of("move-on")),
            new Option<>("I'm not sure", Goal.UNSURE, List.of("unsure")));
    static final List<Option<Tie>> TIES = List.of(
            new Option<>("children", Tie.CHILDREN, List.of("children", "kids")),
            new Option<>("pets", Tie.PETS, List.of("pets", "dog")),
            new Option<>("belongings to return or collect", Tie.BELONGINGS, List.of("belongings", "stuff")));

    static String described(AnswerKind<?> kind) {
        StringBuilder out = new StringBuilder();
        kind.describe(out, TODAY);
        return out.toString();
    }

    @Test
    void aChoiceListsItsOptionsByNumberAndOffersItsDefaultInWords() {
        Choice<Goal> unsure = new Choice<>(GOALS, Optional.of(Goal.UNSURE));
        assertThat(described(unsure)).isEqualTo(String.format(
                "  1) to get back together%n  2) to move on%n  3) I'm not sure%n"));
        assertThat(unsure.fallback()).as("in words, never its number").isEqualTo("I'm not sure");
        assertThat(new Choice<>(GOALS, Optional.empty()).fallback()).isEmpty();
        assertThat(new Choice<>(GOALS.subList(0, 2), Optional.of(Goal.UNSURE)).fallback())
                .as("a default no longer offered is not offered").isEmpty();
        assertThat(unsure.show(Goal.MOVE_ON)).isEqualTo("to move on");
        assertThat(new Choice<>(GOALS.subList(0, 1), Optional.empty()).show(Goal.MOVE_ON)).isEmpty();
    }

    @Test
    void severalTiesAreShownByTheirFirstNamesInTheOrderListed() {
        Several ties = new Several(TIES);
        assertThat(described(ties)).startsWith(String.format("  1) children%n  2) pets%n"));
        assertThat(ties.fallback()).isEqualTo("none");
        assertThat(ties.show(EnumSet.of(Tie.BELONGINGS, Tie.CHILDREN))).isEqualTo("children, belongings");
        assertThat(ties.show(Set.of())).isEqualTo("none");
        assertThat(ties.show(Set.of(Tie.WORK))).as("a tie not offered is not shown").isEqualTo("none");
    }

    @Test
    void aSafetyQuestionHasNoDefaultAndStopsOnlyForAConcern() {
        Safety safety = new Safety("Let's stop the questions here.", Optional.empty());
        assertThat(described(safety)).isEqualTo("  (yes or no, or in your own words)\n");
        assertThat(safety.fallback()).isEmpty();
        assertThat(safety.safety()).isTrue();
        assertThat(safety.stop(true)).hasValue("Let's stop the questions here.");
        assertThat(safety.stop(false)).isEmpty();
        assertThat(safety.show(true)).isEqualTo("yes");
        assertThat(safety.show(false)).isEqualTo("no");
    }

    @Test
    void aYesOrNoOffersItsDefaultInWords() {
        assertThat(described(new YesNo(false))).isEqualTo("  (yes or no)\n");
        assertThat(new YesNo(false).fallback()).isEqualTo("no");
        assertThat(new YesNo(true).fallback()).isEqualTo("yes");
        assertThat(new YesNo(true).show(false)).isEqualTo("no");
        assertThat(new YesNo(true).show(true)).isEqualTo("yes");
        assertThat(new YesNo(true).stop(true)).as("only a safety answer stops the questions").isEmpty();
    }

    @Test
    void aDateSaysHowToWriteOneBelowTheQuestionAndInItsWhy() {
        Date date = new Date(Optional.of("today"), (day, answers, today) -> Optional.empty());
        assertThat(DateAnswers.forms(TODAY)).contains("2027-02-17", "yesterday or 3 weeks ago");
        assertThat(described(date)).isEqualTo("  (" + DateAnswers.forms(TODAY) + ")\n");
        assertThat(date.explained("The date lets me count.", TODAY))
                .isEqualTo("The date lets me count. You can write " + DateAnswers.forms(TODAY) + ".");
        assertThat(date.fallback()).isEqualTo("today");
        assertThat(new Date(Optional.empty(), (day, answers, today) -> Optional.empty()).fallback()).isEmpty();
        assertThat(date.show(LocalDate.of(2027, 2, 17))).isEqualTo("2027-02-17");
    }

    @Test
    void aNumberSaysItsRangeAndWhetherItCanBeSkipped() {
        Whole feeling = new Whole(0, 10, OptionalInt.empty(), true, Optional.empty());
        assertThat(described(feeling)).isEqualTo("  (0 to 10, or skip)\n");
        assertThat(feeling.fallback()).as("shown as [skip]: Enter skips").isEqualTo("skip");
        assertThat(feeling.show(OptionalInt.empty())).isEqualTo("skip");
        assertThat(feeling.show(OptionalInt.of(7))).isEqualTo("7");
        Whole messages = new Whole(0, 1000, OptionalInt.of(0), false, Optional.of("message"));
        assertThat(described(messages)).as("a bound of 1000 or more is no bound to the person").isEqualTo("  (0 or more)\n");
        assertThat(messages.fallback()).isEqualTo("0");
        assertThat(described(new Whole(1, 999, OptionalInt.of(30), false, Optional.of("day")))).isEqualTo("  (1 to 999)\n");
    }

    @Test
    void aDraftIsPastedAndShownAsItself() {
        Draft draft = new Draft(2000);
        assertThat(described(draft)).isEmpty();
        assertThat(draft.fallback()).isEmpty();
        assertThat(draft.show(Optional.of("hey, happy birthday"))).isEqualTo("hey, happy birthday");
        assertThat(draft.show(Optional.empty())).isEmpty();
        assertThat(draft.pasted()).isTrue();
        assertThat(new YesNo(false).pasted()).isFalse();
        assertThat(draft.read(new AnswerReader(TODAY), "  ", Answers.none()).value()).hasValue(Optional.empty());
        assertThat(draft.read(new AnswerReader(TODAY), "hey", Answers.none()).value()).hasValue(Optional.of("hey"));
    }

    @Test
    void onlyAChoiceOrAYesOrNoMaySayMoreThanItAsksAndOnlyAChoiceNamesOtherChoices() {
        List<AnswerKind<?>> kinds = List.of(new Choice<>(GOALS, Optional.empty()), new YesNo(false), new Several(TIES),
                new Safety("stop", Optional.empty()), new Date(Optional.empty(), (day, answers, today) -> Optional.empty()),
                new Whole(0, 10, OptionalInt.empty(), true, Optional.empty()), new Draft(2000));
        assertThat(kinds).filteredOn(AnswerKind::maySayMore).hasSize(2).allMatch(k -> k instanceof Choice || k instanceof YesNo);
        assertThat(kinds).filteredOn(AnswerKind::mayNameChoices).singleElement().isInstanceOf(Choice.class);
        assertThat(kinds).filteredOn(AnswerKind::safety).singleElement().isInstanceOf(Safety.class);
        assertThat(kinds).filteredOn(AnswerKind::pasted).singleElement().isInstanceOf(Draft.class);
    }
}
