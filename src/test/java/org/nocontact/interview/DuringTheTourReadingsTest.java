package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.interview.OnTheShippedRules.interview;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * What the newcomer tour of session 15 typed while the readings were being fixed, through whole interviews: a day
 * said inside a longer answer is kept and said back, two choices named by number are asked back, and words that
 * name no tie are never dropped unsaid.
 */
class DuringTheTourReadingsTest {
    @Test
    void aDaySaidInsideWhoEndedItIsKeptAndSaidBack() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text him happy new year").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "he did on friday over snap 💔 i want him back").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("On Friday: Friday 5 March.");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(script.asked()).doesNotContain(Key.BREAKUP_DATE);
    }

    @Test
    void aHolidayInAClauseOfItsOwnIsTheDayItEnded() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text him happy new year").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "he did. halloween 🎃 lol. i want him back").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Halloween: Saturday 31 October 2026.");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void aDoubtAfterTheMonthIsAboutWhatTheyWantNotTheDay() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her happy valentines").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "she did, in october. not sure").answer(Key.BREAKUP_DATE, "mid october")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("When it ended: in October.").doesNotContain("When it ended: not sure");
        assertThat(s.goal()).isEqualTo(Goal.UNSURE);
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.THEM);
    }

    @Test
    void twoChoicesNamedByNumberAreAskedBackWithThoseTwo() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text").answer(Key.STANDING, "none")
                .answer(Key.PURPOSE, "idk kinda 2 and 3", "2").answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want her back")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Did you mean \"my feelings\" (2) or \"getting back together\" (3)?");
        assertThat(s.plan().purpose()).isEqualTo(Purpose.FEELINGS);
    }

    @Test
    void whatIsSharedBesideATieIsReadNeverDropped() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text").answer(Key.STANDING, "6")
                .answer(Key.PURPOSE, "1").answer(Key.TIES, "school and like all our friends")
                .answer(Key.INITIATED_BY, "she did, 3 weeks ago. i want to move on").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Read as: school, friends.");
        assertThat(s.ties()).isEqualTo(EnumSet.of(Tie.SCHOOL, Tie.MUTUAL_FRIENDS));
    }

    @Test
    void leftOnReadIsNeverOfferedAsWhoEndedIt() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text")
                .answer(Key.STANDING, "4, she left me on read like 3 times lol").answer(Key.UNANSWERED_MESSAGES, "3")
                .answer(Key.PURPOSE, "2").answer(Key.INITIATED_BY, "i did, 3 weeks ago. i want her back").enterForTheRest();
        interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.prompts()).noneMatch(prompt -> prompt.endsWith("[they did] > "));
    }

    @Test
    void aFortnightAgoIsTwoWeeksAgoSaidBack() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her happy valentines").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "she dumped me a fortnight ago. i want her back").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("A fortnight ago: Wednesday 24 February.");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 2, 24));
    }

    @Test
    void theDayOfTheMonthWithWhyAfterItIsTakenAndSaidBackAlone() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her happy valentines").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "she dumped me in march. i want her back")
                .answer(Key.BREAKUP_DATE, "the 3rd, just after our anniversary").enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Roughly which day in March?", "\nThe 3rd: Wednesday 3 March.");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 3, 3));
    }

    @Test
    void aNoWithTheRightDayAfterAnAskBackIsThatDay() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "text her happy valentines").answer(Key.STANDING, "none")
                .answer(Key.INITIATED_BY, "she dumped me end of feb. i want her back").answer(Key.BREAKUP_DATE, "no, 20 feb")
                .enterForTheRest();
        Situation s = interview(script).orElseThrow(() -> new AssertionError(script.shown()));
        assertThat(script.shown()).contains("Did you mean the end of February, Sunday 28 February?")
                .doesNotContain("I couldn't read");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2027, 2, 20));
    }

    @Test
    void sinceWordsBeforeTheNextNumberOfTheListAreSaidBackWithTheirLine() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "send a text")
                .answer(Key.STANDING, "5 since like 2 months. 6 mutual friends").leaveAtTheRest();
        interview(script);
        assertThat(script.shown()).contains("Read as: 5) you are holding no contact (since Sunday 10 January), 6) you still "
                + "share something");
    }
}
