package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, items 4, 5 and 7, as the re-check tour met them: each screen, read whole, says only what
 * the person told and every line of it is true at once.
 */
class ScreensThatFitWhatWasSaidTest {
    final TextRendererTest renderer = new TextRendererTest();

    @TempDir
    Path temp;

    private String shown(String json) throws IOException {
        Path file = Files.writeString(temp.resolve("situation.json"), json);
        return TextRendererTest.render(renderer.advise(file), 80).replaceAll("\\s+", " ");
    }

    @Test
    void aReplyToAPersonalMessageThatAskedNothingNeedsNoAnswerAtOnceAndGivesNoTemplateForAQuestion() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-02", "initiatedBy": "them"}, "goal": "unsure",
                 "exContact": {"date": "2026-12-07", "about": "personal"}, "emotions": {"sadness": 8},
                 "plan": {"action": "reply", "purpose": "feelings", "message": "i miss you too"}}
                """);
        assertThat(text).startsWith("Reply, briefly They wrote to you about something personal: "
                        + "you don't have to answer at once, or at all.")
                .contains("least of all at night", "don't reopen the relationship",
                        "You are not sure yet what you want: wait to reply until you are.",
                        "Words you could use: Thank you for your message. I'm not ready to talk about that yet. Take care.")
                .doesNotContain("what they asked", "If their message turns personal");
    }

    @Test
    void everyCitationListsItsSourcesInTheOrderOfTheSourcesList() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-02", "initiatedBy": "them"}, "goal": "unsure",
                 "noContact": {"since": "2026-11-02", "days": 60}, "exContact": {"date": "2026-12-06", "about": "personal"},
                 "plan": {"action": "reply", "purpose": "feelings",
                          "message": "i miss you too. why did u text me at 3am tho?? do u want to try again"}}
                """);
        java.util.regex.Matcher marks = java.util.regex.Pattern.compile("\\[(\\d+(?:,\\d+)+)\\]").matcher(text);
        int seen = 0;
        while (marks.find()) {
            List<Integer> numbers = java.util.Arrays.stream(marks.group(1).split(",")).map(Integer::valueOf).toList();
            assertThat(numbers).as(marks.group()).isSorted();
            seen++;
        }
        assertThat(seen).as("the draft's notes cite two sources or more here").isPositive();
    }

    @Test
    void aPersonalHowAreYouIsStillAnsweredWithWhatTheyAsked() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-23", "initiatedBy": "them"}, "goal": "unsure",
                 "exContact": {"date": "2026-12-07", "about": "personal"},
                 "plan": {"action": "reply", "purpose": "check-in"}}
                """);
        assertThat(text).startsWith("Reply, briefly They wrote first: reply politely and briefly, answer what they asked")
                .doesNotContain("don't have to answer at once");
    }

    @Test
    void aReplyToAPracticalMessageStillAnswersWhatTheyAsked() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-02", "initiatedBy": "them"}, "goal": "move-on",
                 "exContact": {"date": "2026-12-07", "about": "logistics"},
                 "plan": {"action": "reply", "purpose": "logistics"}}
                """);
        assertThat(text).contains("answer what they asked").doesNotContain("don't have to answer at once");
    }

    @Test
    void aChristmasGreetingAfterAMutualSplitWithNoPeriodSpeaksOfNoExceptionToOne() throws IOException {
        String text = shown("""
                {"today": "2026-12-25", "breakup": {"date": "2026-10-05", "initiatedBy": "mutual"}, "goal": "friends",
                 "ties": ["pets"], "plan": {"action": "text", "purpose": "greeting"}}
                """);
        assertThat(text).startsWith("Don't contact them Let Christmas pass without a message: it is no reason to get in "
                        + "touch.")
                .contains("Look again if something practical comes up between you")
                .doesNotContain("exception", "the space you need", "Valentine");
    }

    @Test
    void aChristmasGreetingDuringAPeriodIsNoExceptionToItAndCitesNoValentinesArticle() throws IOException {
        String text = shown("""
                {"today": "2026-12-25", "breakup": {"date": "2026-12-01", "initiatedBy": "them"}, "goal": "reconcile",
                 "noContact": {"since": "2026-12-10"}, "plan": {"action": "text", "purpose": "greeting"}}
                """);
        assertThat(text).startsWith("Don't contact them Not even Christmas is a reason to make an exception to no contact.")
                .contains("Look again on Saturday 9 January 2027")
                .doesNotContain("Valentine");
    }

    @Test
    void blockedOnOneAppWithTheirThingsToReturnSendsAFriendAndKeepsTheDraftUnsent() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-23", "initiatedBy": "them"}, "goal": "unsure",
                 "boundaries": {"blocked": true}, "ties": ["belongings"], "plan": {"action": "text", "purpose": "logistics",
                 "message": "hey, your stuff is still at mine. when do you want to come get it?"}}
                """);
        assertThat(text).startsWith("Don't contact them Let the block stand, and ask a friend to arrange the practical "
                + "matter (belongings) for you.")
                .contains("Ask a friend to arrange it for you", "Your draft This one stays with you, so I won't go through "
                        + "it line by line. A friend can arrange the practical matter instead")
                .doesNotContain("Write one short message", "keep the message plain", "Words you could use", "No notes",
                        "a single short message");
    }

    @Test
    void noLineOnKeepingAMessagePlainWhereNoMessageIsToBeWritten() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-23", "initiatedBy": "them"}, "goal": "reconcile",
                 "boundaries": {"blocked": true}, "exContact": {"date": "2026-12-06", "about": "personal"},
                 "plan": {"action": "reply", "purpose": "feelings"}}
                """);
        assertThat(text).startsWith("Don't contact them").doesNotContain("keep the message plain", "jokes");
    }

    @Test
    void coParentsAreNeverToldIfYouShareChildrenAndReadOneLineOnTellingThemOnce() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-03-15", "initiatedBy": "mutual"}, "goal": "reconcile",
                 "ties": ["children"], "emotions": {"sadness": 5}, "plan": {"action": "text", "purpose": "reconcile"}}
                """);
        assertThat(text).doesNotContain("If you share children");
        assertThat(text.split("that you need some time", -1)).as("one line on telling them once").hasSize(2);
        assertThat(text).doesNotContain("in touch only about the children");
    }

    @Test
    void noWordOfChildrenWhereNoneWereTold() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-16", "initiatedBy": "them"}, "goal": "reconcile",
                 "plan": {"action": "text", "purpose": "reconcile"}}
                """);
        assertThat(text.substring(0, text.indexOf(" Sources ")))
                .contains("If you want them to know why you are going quiet, one short message is enough: that you need some time, without naming a date. Then let the quiet stand.")
                .doesNotContainIgnoringCase("children");
    }

    @Test
    void aCoParentWithAPracticalMatterReadsTheChildrenPlainly() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-03-15", "initiatedBy": "mutual"}, "goal": "reconcile",
                 "ties": ["children"], "plan": {"action": "text", "purpose": "logistics"}}
                """);
        assertThat(text).contains("Because you share children, you can tell them once that from now on you will be in "
                + "touch only about the children", "don't run them down where your children can hear")
                .doesNotContain("If you share children");
    }

    @Test
    void theOneWhoEndedItIsNotToldThatALikeIsNotThemReachingOut() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-16", "initiatedBy": "me"}, "goal": "reconcile",
                 "noContact": {"since": "2026-11-16"}, "plan": {"action": "letter", "purpose": "reconcile"}}
                """);
        assertThat(text).doesNotContain("A like or a comment");
    }
}
