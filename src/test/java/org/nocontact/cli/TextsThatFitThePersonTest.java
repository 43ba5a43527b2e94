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
