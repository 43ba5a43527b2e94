package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nocontact.situation.Situation;

/**
 * Days said in passing, beside another answer (session 12's closing tour, F4 and F5): read, said back and used where
 * they are asked, never dropped without a word nor replaced by a day the person did not give.
 */
class DaysSaidInPassingTest {

    /** Priya: day 23 of no contact, said as she ticks the line; then "since he left" at the breakup is not her count. */
    private ByQuestion holding(String list) {
        return priya(list, "he did, since he left in nov. nah im ok lol just want to move on", "early nov idk", "ya");
    }

    private static ByQuestion priya(String list, String whoWhenAndGoal, String... breakup) {
        return ByQuestion.script().answer(Key.ACTION, "reply to him, he asked when he can pick up his jacket. this morning")
                .answer(Key.STANDING, list).answer(Key.INITIATED_BY, whoWhenAndGoal).answer(Key.BREAKUP_DATE, breakup)
                .answer(Key.GOAL, "move on").answer(Key.NO_CONTACT_STARTED, "").enterForTheRest();
    }

    @Test
    void daysOfNoContactSaidWithTheListAreSaidBackAndOfferedNeverTheBreakup() {
        ByQuestion script = holding("3, like 23 days now");
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        // 10 March 2027 is day 23 of a period begun on Tuesday 16 February
        assertThat(script.shown()).contains("you are holding no contact, 23 days now: since Tuesday 16 February.");
        assertThat(script.prompts()).noneSatisfy(prompt -> assertThat(prompt).contains("[since the breakup]"))
                .anySatisfy(prompt -> assertThat(prompt).endsWith("[23 days now] > "));
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(InterviewTest.TODAY.minusDays(22));
    }

    /** Session 13's closing tour: "3, day 23 today" ticks 3; the day of no contact is never read as a line (23). */
    @ParameterizedTest
    @ValueSource(strings = {"3, day 23 today", "3 day 23", "3, day 23 now"})
    void theDayOfNoContactSaidAfterTheTickIsNotALineOfTheList(String list) {
        ByQuestion script = holding(list);
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).doesNotContain("There is no 23")
                .contains("you are holding no contact, day 23");
        assertThat(s.noContact().orElseThrow().since()).isEqualTo(InterviewTest.TODAY.minusDays(22));
    }

    @Test
    void aDayOrWeeksOfNoContactSaidWithTheListAreUsedToo() {
        ByQuestion since = holding("3 since the 15th");
        Situation fromTheDay = interview(since).orElseThrow(() -> new AssertionError(since.shown()));
        assertThat(since.shown()).contains("you are holding no contact, since Monday 15 February.");
        assertThat(fromTheDay.noContact().orElseThrow().since()).isEqualTo(InterviewTest.TODAY.minusMonths(1).withDayOfMonth(15));
        ByQuestion weeks = holding("3, 3 weeks in");
        Situation threeWeeks = interview(weeks).orElseThrow(() -> new AssertionError(weeks.shown()));
        assertThat(weeks.shown()).contains("you are holding no contact, 3 weeks in: since Thursday 18 February.");
        assertThat(threeWeeks.noContact().orElseThrow().since()).isEqualTo(InterviewTest.TODAY.minusDays(20));
    }

    /** Tom: a rough day said with who ended it is asked back once, at once, before the day is asked. */
    @Test
    void aRoughDaySaidWithWhoEndedItIsAskedBackOnceAtOnce() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "i want to call him to say sorry")
                .answer(Key.INITIATED_BY, "he did, end of october. i want him back \uD83D\uDE2D")
                .answer(Key.BREAKUP_DATE, "yes").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        String askBack = "Did you mean the end of October, Saturday 31 October 2026? Type yes, or give the day another way.";
        assertThat(script.shown()).containsOnlyOnce(askBack);
        assertThat(script.shown().indexOf(askBack)).isLessThan(script.shown().indexOf("When did it end?"));
        assertThat(script.prompts()).noneSatisfy(prompt -> assertThat(prompt).contains("[end of october]"));
        assertThat(script.asked().stream().filter(Key.BREAKUP_DATE::equals)).hasSize(1);
        assertThat(s.breakup().date()).isEqualTo(java.time.LocalDate.of(2026, 10, 31));
    }

    /** Other rough days said the same way: each asked back at once, or read and said back; never offered in brackets. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"early nov|Did you mean early November, Thursday 5 November 2026?|2026-11-05",
            "mid january|Did you mean mid January, Friday 15 January?|2027-01-15",
            "end of last month|Did you mean the end of February, Sunday 28 February?|2027-02-28",
            "around christmas|Christmas: Friday 25 December 2026.|2026-12-25"})
    void otherRoughDaysSaidWithWhoEndedItAreAskedBackAtOnceOrSaidBack(String day, String askBack, String meant) {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "i want to call him to say sorry")
                .answer(Key.INITIATED_BY, "he did, " + day + ". i want him back").answer(Key.BREAKUP_DATE, "yes")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).containsOnlyOnce(askBack);
        assertThat(script.prompts()).noneSatisfy(prompt -> assertThat(prompt).containsIgnoringCase("[" + day + "]"));
        assertThat(s.breakup().date()).isEqualTo(java.time.LocalDate.parse(meant));
    }

    /** Priya: a month said with who ended it ("since he left in nov") is asked about at once, never dropped unsaid. */
    @Test
    void aMonthSaidWithWhoEndedItIsAskedAboutAtOnceNeverDropped() {
        ByQuestion script = priya("3, 10 days in", "he did, since he left in nov. nah im ok lol just want to move on", "15");
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        String askBack = "Roughly which day in November? A guess is fine, like 15 November.";
        assertThat(script.shown()).containsOnlyOnce(askBack).contains("Read as: they did; you want to move on.");
        assertThat(script.shown().indexOf(askBack)).isLessThan(script.shown().indexOf("When did it end?"));
        assertThat(s.breakup().date()).isEqualTo(java.time.LocalDate.of(2026, 11, 15));
    }

    /**
     * Session 13's closing tour: "idk like the 10th" after "Roughly which day in November?" is the 10th of November, as
     * "15" is, never the last 10th of any month (it was read as the 10th of the month before today's).
     */
    @ParameterizedTest
    @ValueSource(strings = {"idk like the 10th", "the 10th", "like 10", "10th i think", "maybe the 10th"})
    void aDayTypedWithAHedgeAfterRoughlyWhichDayIsADayOfThatMonth(String typed) {
        ByQuestion script = priya("3, 10 days in", "he did, since he left in nov. nah im ok lol just want to move on", typed);
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(s.breakup().date()).as(script.shown()).isEqualTo(java.time.LocalDate.of(2026, 11, 10));
    }

    /** A day to come said where it ended is never when it ended, nor asked about. */
    @Test
    void aDayToComeSaidWithWhoEndedItIsNotWhenItEnded() {
        ByQuestion script = priya("3, 10 days in", "he did, i want to reply tomorrow. i want to move on", "3 weeks ago");
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).doesNotContain("has not come yet");
        assertThat(script.prompts()).noneSatisfy(prompt -> assertThat(prompt).contains("[tomorrow]"));
        assertThat(s.breakup().date()).isEqualTo(InterviewTest.TODAY.minusWeeks(3));
    }

    /** Issue 21 item 3: "in 70 days" where a day that has passed is asked is asked back as that long ago. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"in 70 days|70 days ago, Wednesday 30 December 2026|70",
            "in 2 months|2 months ago, Sunday 10 January|59", "3 weeks from now|3 weeks ago, Wednesday 17 February|21"})
    void aDayToComeWhereAPastDayIsAskedIsAskedBackAsThatLongAgo(String typed, String meant, int daysAgo) {
        ByQuestion script = priya("3, 10 days in", "he did", typed, "yes");
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).containsOnlyOnce("Did you mean " + meant + "? Type yes, or give the day another way.");
        assertThat(s.breakup().date()).isEqualTo(InterviewTest.TODAY.minusDays(daysAgo));
    }
}
