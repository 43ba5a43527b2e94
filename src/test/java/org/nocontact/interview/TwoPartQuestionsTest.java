package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;

/**
 * Two-part questions ("What are you thinking of doing, and what is it for?", "Who ended it, and
 * when?"): a part said is an answer and is not asked again; a part left out is asked back alone where
 * it matters; what a saved file needs and was never asked is asked before saving, never invented.
 */
class TwoPartQuestionsTest {
    private static final LocalDate TODAY = InterviewTest.TODAY;
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    private ByQuestion console = ByQuestion.script();

    /** Left by them, wants them back, holding no contact for two weeks. */
    private static ByQuestion wantingThemBack(String plan, String whoAndWhen) {
        return ByQuestion.script().answer(Key.ACTION, plan).answer(Key.INITIATED_BY, whoAndWhen)
                .answer(Key.BREAKUP_DATE, "2 months ago").answer(Key.GOAL, "1").answer(Key.PURPOSE, "2")
                .answer(Key.BOUNDARIES, "no").answer(Key.EX_CONTACT_RECENT, "no").answer(Key.NO_CONTACT_STARTED, "since 2 weeks ago")
                .answer(Key.UNANSWERED_MESSAGES, "0").enterForTheRest();
    }

    private Interview interview(ByQuestion script) {
        console = script;
        return new Interview(builtIn.standard(), TODAY, script);
    }

    private Situation talk(ByQuestion script) {
        return interview(script).run().orElseThrow(() -> new AssertionError(console.shown()));
    }

    @Test
    void thePlanWithWhatItIsForAnswersThePurposeAndTheDayWhichAreNotAskedAgain() {
        Situation s = talk(wantingThemBack("text her happy birthday", "she dumped me 2 months ago"));
        assertThat(s.plan().purpose()).isEqualTo(Purpose.GREETING);
        assertThat(s.plan().occasion()).contains(Occasion.BIRTHDAY);
        assertThat(console.asked()).doesNotContain(Key.PURPOSE, Key.OCCASION);
        assertThat(console.shown()).contains("What are you thinking of doing, and what is it for?");
    }

    @Test
    void aPlanSaidWithoutWhatItIsForAsksBackOnlyWhatItIsFor() {
        Situation s = talk(wantingThemBack("text", "she dumped me 2 months ago"));
        assertThat(console.asked()).contains(Key.PURPOSE);
        assertThat(console.shown()).contains("What would your message mainly be about?");
        assertThat(s.plan().purpose()).isEqualTo(Purpose.FEELINGS);
    }

    /** A rough day said with who ended it is asked about at once, before the day's question (session 13, tour12b F4). */
    @Test
    void aRoughDaySaidWithWhoEndedItIsAskedAboutAtOnceWhenTheDayIsAskedAlone() {
        Situation s = talk(wantingThemBack("text her happy birthday", "we both did, last march")
                .answer(Key.BREAKUP_DATE, "15 march"));
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.MUTUAL);
        assertThat(console.shown()).as("'last march' is not thrown away: the day in March is asked at once")
                .contains("Roughly which day in March? A guess is fine, like 15 March.\n\nWhen did it end?")
                .doesNotContain("[last march]");
        assertThat(s.breakup().date().getMonthValue()).isEqualTo(3);
    }

    @Test
    void aHolidayWeekendSaidWithWhoEndedItIsAskedAboutAtOnceAndADayTypedAloneIsOfIt() {
        Situation s = talk(wantingThemBack("text her happy birthday", "she dumped me over thanksgiving weekend")
                .answer(Key.BREAKUP_DATE, "sat"));
        assertThat(console.shown()).contains("Which day of Thanksgiving weekend: Thursday 26,",
                "Saturday of Thanksgiving weekend: Saturday 28 November 2026.").doesNotContain("[over thanksgiving weekend]");
        assertThat(s.breakup().date()).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    void whoEndedItWithTheDayAnswersBothAndTheDayIsNotAskedAgain() {
        Situation s = talk(wantingThemBack("text her happy birthday", "she dumped me 2 months ago"));
        assertThat(s.breakup().initiatedBy()).isEqualTo(InitiatedBy.THEM);
        assertThat(s.breakup().date()).isEqualTo(TODAY.minusMonths(2));
        assertThat(console.asked()).doesNotContain(Key.BREAKUP_DATE);
    }

    @Test
    void whoEndedItWithoutTheDayAsksBackOnlyWhenItEnded() {
        Situation s = talk(wantingThemBack("text her happy birthday", "she dumped me"));
        assertThat(console.asked()).containsSubsequence(Key.INITIATED_BY, Key.BREAKUP_DATE, Key.NO_CONTACT_STARTED);
        assertThat(console.shown()).contains("When did it end?");
        assertThat(s.breakup().date()).isEqualTo(TODAY.minusMonths(2));
    }

    @Test
    void theirMessageWithItsDayIsOneAnswer() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "call about the kids").answer(Key.TIES, "children")
                .answer(Key.INITIATED_BY, "we both did, 3 weeks ago").answer(Key.GOAL, "to move on")
                .answer(Key.EX_CONTACT_RECENT, "practical, 2 days ago").enterForTheRest();
        Situation s = talk(script);
        if (console.asked().contains(Key.EX_CONTACT_RECENT)) {
            assertThat(s.exContact().orElseThrow().date()).isEqualTo(TODAY.minusDays(2));
            assertThat(console.asked()).doesNotContain(Key.EX_CONTACT_DATE);
        }
        assertThat(s.plan().purpose()).isEqualTo(Purpose.LOGISTICS);
    }

    @Test
    void whatTheirMessageWasAboutWithItsDayIsOneAnswerForAReply() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "reply").answer(Key.EX_CONTACT_ABOUT, "personal, 3 days ago")
                .answer(Key.INITIATED_BY, "she dumped me a month ago").answer(Key.BREAKUP_DATE, "a month ago").answer(Key.GOAL, "1").answer(Key.PURPOSE, "2")
                .answer(Key.BOUNDARIES, "no").answer(Key.ANGER, "2").answer(Key.SADNESS, "3").answer(Key.CONFIDENCE, "7")
                .answer(Key.TIES, "none").enterForTheRest();
        Situation s = talk(script);
        assertThat(console.shown()).contains("What was their message about, and when did it arrive?");
        assertThat(s.exContact().orElseThrow().about().wireName()).isEqualTo("personal");
        assertThat(s.exContact().orElseThrow().date()).isEqualTo(TODAY.minusDays(3));
        assertThat(console.asked()).doesNotContain(Key.EX_CONTACT_DATE);
    }

    @Test
    void whatTheirMessageWasAboutWithoutItsDayAsksBackOnlyWhenItArrived() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "reply").answer(Key.EX_CONTACT_ABOUT, "personal")
                .answer(Key.EX_CONTACT_DATE, "3 days ago").answer(Key.INITIATED_BY, "she dumped me a month ago").answer(Key.BREAKUP_DATE, "a month ago")
                .answer(Key.GOAL, "1").answer(Key.PURPOSE, "2").answer(Key.BOUNDARIES, "no").answer(Key.ANGER, "2")
                .answer(Key.SADNESS, "3").answer(Key.CONFIDENCE, "7").answer(Key.TIES, "none").enterForTheRest();
        Situation s = talk(script);
        assertThat(console.asked()).containsSubsequence(Key.EX_CONTACT_ABOUT, Key.EX_CONTACT_DATE);
        assertThat(console.shown()).contains("When did their message arrive?");
        assertThat(s.exContact().orElseThrow().date()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void whenThePlanSaidTheDayTheirMessageArrivedTheDefaultCarriesBothPartsAndEnterKeepsBoth() {
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "he texted me i miss you at like 3am last night. should i answer")
                .answer(Key.EX_CONTACT_ABOUT, "").answer(Key.INITIATED_BY, "she dumped me a month ago")
                .answer(Key.BREAKUP_DATE, "a month ago").answer(Key.GOAL, "1")
                .answer(Key.PURPOSE, "2").answer(Key.BOUNDARIES, "no").answer(Key.ANGER, "2").answer(Key.SADNESS, "3")
                .answer(Key.CONFIDENCE, "7").answer(Key.TIES, "none").enterForTheRest();
        Situation s = talk(script);
        assertThat(console.shown()).contains("What was their message about, and when did it arrive?",
                "[something personal, last night] >", "Last night: Tuesday 9 March.");
        assertThat(console.asked()).doesNotContain(Key.EX_CONTACT_DATE);
        assertThat(s.exContact().orElseThrow().about().wireName()).isEqualTo("personal");
        assertThat(s.exContact().orElseThrow().date()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void savingAsksWhatAFileNeedsAndWasNeverAskedAndInventsNothing() {
        // A practical reply about the children to someone who asked for no contact: who ended it and when make no
        // difference to that advice.
        ByQuestion script = ByQuestion.script().answer(Key.ACTION, "reply to her message about the kids")
                .answer(Key.BOUNDARIES, "they asked me not to contact them")
                .answer(Key.EX_CONTACT_ABOUT, "practical").answer(Key.EX_CONTACT_DATE, "yesterday").answer(Key.TIES, "children")
                .answer(Key.INITIATED_BY, "we both did, 3 weeks ago").answer(Key.BREAKUP_DATE, "3 weeks ago")
                .answer(Key.GOAL, "to move on").enterForTheRest();
        Interview interview = interview(script);
        Interview.Outcome outcome = interview.talk(Remembered.none()).outcome().orElseThrow();
        assertThat(Questions.NEEDED_IN_A_FILE).as("a practical reply about the children: some of these make no difference")
                .anyMatch(key -> !outcome.asked().contains(key));
        Optional<Interview.Outcome> forAFile = interview.forAFile(outcome);
        assertThat(console.shown()).contains("To keep your answers in a file I need", "makes no difference to this advice");
        String file = forAFile.orElseThrow().file().orElseThrow();
        assertThat(file).contains("\"initiatedBy\": \"mutual\"", "\"date\": \"" + TODAY.minusWeeks(3) + "\"", "\"goal\": \"move-on\"");
        assertThat(interview.forAFile(outcome)).as("asked once, whichever save comes next").isEqualTo(forAFile);
    }
}
