package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Fact;
import org.nocontact.situation.Situation;

/**
 * "Are you holding no contact now? If so, since when?": one question for whether a period is held and
 * since when, with the length in the same answer where it is said; "yeah" alone asks "Since when?".
 */
class PeriodAsOneQuestionTest {
    private static final LocalDate TODAY = InterviewTest.TODAY;
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    private ByQuestion console = ByQuestion.script();

    /** Left two months ago, wants them back, thinking of a text about feelings. */
    private static ByQuestion wantingThemBack(String... period) {
        return ByQuestion.script().answer(Key.INITIATED_BY, "they did").answer(Key.BREAKUP_DATE, "2 months ago")
                .answer(Key.GOAL, "1").answer(Key.ACTION, "text").answer(Key.PURPOSE, "2").answer(Key.BOUNDARIES, "no")
                .answer(Key.EX_CONTACT_RECENT, "no").answer(Key.TIES, "none").answer(Key.OCCASION, "1")
                .answer(Key.NO_CONTACT_STARTED, period).answer(Key.UNANSWERED_MESSAGES, "0").enterForTheRest();
    }

    private Interview interview(ByQuestion script) {
        console = script;
        return new Interview(builtIn.standard(), TODAY, script);
    }

    private Situation talk(ByQuestion script) {
        return interview(script).run().orElseThrow(() -> new AssertionError(console.shown()));
    }

    private String said() {
        return console.shown().replaceAll("[ \\n]+", " ");
    }

    @Test
    void tenDaysInIsDayTenInTheVerdictAsThePersonSaidIt() {
        Situation s = talk(wantingThemBack("10 days in"));
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(TODAY.minusDays(9));
        assertThat(said()).contains("10 days in: day 10 today, counted from Monday 1 March.");
        Recommendation advice = builtIn.standard().advise(s);
        assertThat(builtIn.standard().evaluate(s).facts().value(Fact.NO_CONTACT_DAY)).contains(10);
        assertThat(advice.reasons()).extracting(Recommendation.Reason::text).anyMatch(text -> text.contains("day 10 of 30"))
                .noneMatch(text -> text.contains("day 11"));
    }

    /** "day 23 today" says the day once: "Day 23 today, counted from ...", never "Day 23 today: day 23 today". */
    @Test
    void theDayOfThePeriodSaidIsSaidBackOnce() {
        Situation s = talk(wantingThemBack("day 23 today"));
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(TODAY.minusDays(22));
        assertThat(said()).contains("Day 23 today, counted from Tuesday 16 February.").doesNotContain("today: day 23");
    }

    @Test
    void aDaySaidIsTheDayItBegan() {
        Situation s = talk(wantingThemBack("yeah since 10 days ago"));
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(TODAY.minusDays(10));
        assertThat(said()).doesNotContain("Since when?");
    }

    @Test
    void aStartAndALengthInOneAnswerAreBothKeptAndTheLengthIsNotAskedAgain() {
        Situation s = talk(wantingThemBack("since 1 march, 42 days"));
        assertThat(s.noContact()).contains(new Situation.NoContact(LocalDate.of(2027, 3, 1), OptionalInt.of(42)));
        assertThat(console.asked()).doesNotContain(Key.NO_CONTACT_SINCE, Key.NO_CONTACT_DAYS);
    }

    @Test
    void aBareYesAsksSinceWhen() {
        Situation s = talk(wantingThemBack("yeah").answer(Key.NO_CONTACT_SINCE, "2 weeks ago"));
        assertThat(console.asked()).containsSubsequence(Key.NO_CONTACT_STARTED, Key.NO_CONTACT_SINCE);
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(TODAY.minusWeeks(2));
    }

    @Test
    void sinceTheBreakupIsTheBreakupDay() {
        Situation s = talk(wantingThemBack("since she left"));
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(s.breakup().date());
        assertThat(console.asked()).doesNotContain(Key.NO_CONTACT_SINCE);
    }

    @Test
    void notYetIsNoPeriod() {
        assertThat(talk(wantingThemBack("not yet")).noContact()).isEmpty();
    }

    @Test
    void backAtSinceWhenAsksThePeriodAgainWithTheYesAsItsDefault() {
        Situation s = talk(wantingThemBack("yeah", "since 3 march").answer(Key.NO_CONTACT_SINCE, "back"));
        // ticked in the list of where things stand: since when is asked back alone, and back there keeps the yes
        assertThat(said()).contains("Since when have you held no contact? (since when, like since 17 February, 3 weeks ago or "
                + "10 days in) [yes] >");
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(LocalDate.of(2027, 3, 3));
    }

    @Test
    void aSavedPeriodComesBackWholeFromTheFile() {
        Situation first = talk(wantingThemBack("since 1 march, 42 days"));
        ByQuestion again = ByQuestion.script().enterForTheRest();
        Situation second = interview(again).talk(Remembered.from(first)).outcome().orElseThrow().situation();
        assertThat(again.shown()).contains("[since Monday 1 March 2027] >");
        assertThat(second.noContact()).isEqualTo(first.noContact());
    }
}
