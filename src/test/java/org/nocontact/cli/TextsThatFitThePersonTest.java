package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.cli.Cli.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.advice.Recommendation;

/**
 * Texts read by one person must be true for that person: no instruction from a source that does
 * not fit them, no line that repeats the headline, no "nothing would change it" beside a day to
 * look again, a question back in a brief reply noted however it is typed.
 */
class TextsThatFitThePersonTest {
    final TextRendererTest renderer = new TextRendererTest();

    @TempDir
    Path temp;

    Path situation(String json) throws IOException {
        return Files.writeString(temp.resolve("situation.json"), json);
    }

    String shown(Path file) throws IOException {
        return TextRendererTest.render(renderer.advise(file), 80).replaceAll("\\s+", " ");
    }

    @Test
    void aCoParentArrangingThePickUpIsNotToldToHold30DaysOfNoContact() throws IOException {
        String text = shown(situation("""
                {"today": "2027-03-10", "breakup": {"date": "2027-02-01", "initiatedBy": "them"}, "goal": "move-on",
                 "ties": ["children"], "plan": {"action": "text", "purpose": "logistics",
                 "message": "Can you take the kids on Saturday at 10?"}}
                """));
        assertThat(text).contains("Practical matters only", "Sources", "An article on whether to contact an ex")
                .doesNotContain("Hold 30 days", "hold 30 days");
    }

    @Test
    void someoneWhoEndedItIsNotCitedAnArticleWrittenForSomeoneWhoseExEndedIt() throws IOException {
        String text = shown(example("i-ended-it.json"));
        assertThat(text).contains("An article on why not to contact an ex")
                .doesNotContain("Written for someone whose ex ended it", "dumped-you");
    }

    @Test
    void aBlockIsExplainedNotRepeatedAfterTheHeadline() throws IOException {
        String text = shown(situation("""
                {"today": "2027-03-10", "breakup": {"date": "2027-02-01", "initiatedBy": "them"}, "goal": "reconcile",
                 "boundaries": {"blocked": true}, "plan": {"action": "text", "purpose": "check-in"}}
                """));
        assertThat(text).startsWith("Don't contact them They blocked you: let the block stand, "
                + "and don't reach past it with anything personal.")
                .doesNotContain("respect it, and don't contact them");
    }

    @Test
    void whatIfBesideALookAgainDaySaysTimeCanChangeItOnThatDay() throws IOException {
        Recommendation r = renderer.advise(example("day-12-of-30.json"));
        assertThat(r.wouldChange()).as("no single answer changes this verdict").isEmpty();
        String whatIf = new TextRenderer(Style.decide(Style.When.NEVER), 80).whatIf(r).replaceAll("\\s+", " ");
        String verdict = TextRendererTest.render(r, 80).replaceAll("\\s+", " ");
        assertThat(verdict).contains("Look again on Wednesday 31 March 2027");
        assertThat(whatIf).contains("No single change among those tried would give different advice today. "
                + "Time can: look again on Wednesday 31 March 2027, in 18 days.");
    }

    @Test
    void aValentinesTextPlannedInDecemberIsAboutThatDayNotAWaitOf70Days() throws IOException {
        // tour F28: he ended it and wants her back; the date is only the day after Valentine's Day
        Recommendation r = renderer.advise(situation("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-16", "initiatedBy": "me"}, "goal": "reconcile",
                 "plan": {"action": "text", "purpose": "feelings", "occasion": "valentines-day"}}
                """));
        assertThat(r.reconsiderOn()).as("the derived date is unchanged").contains(java.time.LocalDate.of(2027, 2, 15));
        String text = TextRendererTest.render(r, 80).replaceAll("\\s+", " ");
        assertThat(text).contains("This is about Valentine's Day, Sunday 14 February 2027, in 69 days. "
                        + "On an ordinary day the advice is different: see \"What would change it\".",
                        "If it were an ordinary day, not Valentine's Day: reaching out is reasonable.")
                .doesNotContain("Look again on", "in 70 days");
    }

    @Test
    void aSavedValentinesPlanCheckedTheDayAfterNamesNextYearsDayWithoutAWaitOf365Days() throws IOException {
        // tour F10: the file's today moved to 15 February, the occasion still Valentine's Day
        String text = shown(situation("""
                {"today": "2027-02-15", "breakup": {"date": "2027-01-20", "initiatedBy": "me"}, "goal": "reconcile",
                 "plan": {"action": "text", "purpose": "feelings", "occasion": "valentines-day"}}
                """));
        assertThat(text).contains("This is about Valentine's Day, Monday 14 February 2028, in 364 days. "
                        + "On an ordinary day the advice is different")
                .doesNotContain("Look again on", "365 days");
    }

    @Test
    void onTheDayItselfTheDayAfterIsStillTheDayToLookAgain() throws IOException {
        String text = shown(situation("""
                {"today": "2027-02-14", "breakup": {"date": "2027-01-20", "initiatedBy": "me"}, "goal": "reconcile",
                 "plan": {"action": "text", "purpose": "feelings"}}
                """));
        assertThat(text).contains("Look again on Monday 15 February 2027, tomorrow.").doesNotContain("This is about");
    }

    @Test
    void aGreetingOnTheirBirthdayAheadIsAboutThatDayAndTimeCanChangeItOnceItHasPassed() throws IOException {
        // their birthday given, ten days ahead, during a period that runs past it: the date is the day after
        Recommendation r = renderer.advise(situation("""
                {"today": "2027-03-10", "breakup": {"date": "2027-02-01", "initiatedBy": "me", "feelingsExpressed": false},
                 "goal": "reconcile", "noContact": {"since": "2027-03-01", "days": 60},
                 "dates": {"exBirthday": "1996-03-20"},
                 "plan": {"action": "text", "purpose": "greeting", "occasion": "birthday"}}
                """));
        java.time.LocalDate dayAfter = java.time.LocalDate.of(2027, 3, 21);
        assertThat(r.reconsiderOn()).contains(dayAfter);
        assertThat(TextRendererTest.render(r, 80).replaceAll("\\s+", " "))
                .contains("This is about their birthday, Saturday 20 March 2027, in 10 days.").doesNotContain("Look again on");
        assertThat(LookAgainLine.timeCan(r, dayAfter)).isEqualTo(" Time can: once their birthday has passed, on Sunday 21 March 2027.");
    }

    @Test
    void aQuestionBackInTextSpeakInABriefReplyIsNoted() throws IOException {
        for (String message : new String[] {"good thanks, hbu?", "im ok wbu", "Fine, how about you?", "good and u?", "im fine u?"}) {
            String text = shown(situation("""
                    {"today": "2027-04-03", "breakup": {"date": "2027-03-01", "initiatedBy": "them"}, "goal": "move-on",
                     "exContact": {"date": "2027-04-02", "about": "personal"},
                     "plan": {"action": "reply", "purpose": "check-in", "message": "%s"}}
                    """.formatted(message)));
            assertThat(text).as(message).contains("Reply, briefly",
                    "This line asks them a question back, which keeps the conversation going.");
        }
    }

    @Test
    void aPracticalReplyWithoutAQuestionBackIsNotNotedForOne() throws IOException {
        assertThat(shown(example("they-wrote-first.json"))).doesNotContain("question back");
    }
}
