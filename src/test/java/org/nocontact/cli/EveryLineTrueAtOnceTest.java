package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21 (items 4, 5, 7), as the tours of session 9 met them: each screen read whole, every line
 * true at once, saying only what the person told.
 */
class EveryLineTrueAtOnceTest {
    static final String SAFE = "no\nno\nno\nno\nno\n";

    final TextRendererTest renderer = new TextRendererTest();

    @TempDir
    Path temp;

    private Path file(String json) throws IOException {
        return Files.writeString(temp.resolve("situation.json"), json);
    }

    private String shown(String json) throws IOException {
        return TextRendererTest.render(renderer.advise(file(json)), 80).replaceAll("\\s+", " ");
    }

    @Test
    void theOneWhoEndedItIsNeitherAskedAboutNoContactNorToldToHoldIt() throws IOException {
        Path ended = file("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-16", "initiatedBy": "me", "feelingsExpressed": false},
                 "goal": "reconcile", "plan": {"action": "text", "purpose": "reconcile"}}
                """);
        Cli.Result r = Cli.run("ask", "--replay", ended.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("asked: breakup.initiatedBy").doesNotContain("asked: noContact");
        String out = r.out().replaceAll("\\s+", " ");
        assertThat(out).startsWith(" Reaching out is reasonable")
                .contains("going silent to make them miss you would be a game")
                .doesNotContain("need some time", "pass on news", "No contact is meant for the one who was left");
    }

    @Test
    void aBirthdayTextWhileMovingOnNamesTheBirthdayAndSaysWhenToLookAgain() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-10-16", "initiatedBy": "them"}, "goal": "move-on",
                 "plan": {"action": "text", "purpose": "greeting", "occasion": "birthday", "message": "happy birthday!"}}
                """);
        assertThat(text).startsWith("Don't contact them Let their birthday pass without a message: it is no reason to get in touch")
                .contains("Look again if something practical comes up between you")
                .doesNotContain("For now, no contact is the kindest path", "Look again on");
    }

    @Test
    void chasingSaysNothingThatOnlyFitsSomeoneWhoWantsThemBack() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-12-05", "initiatedBy": "me"}, "goal": "move-on",
                 "noContact": {"since": "2026-12-05", "days": 365}, "history": {"unansweredMessages": 4},
                 "plan": {"action": "text", "purpose": "feelings", "message": "dont ever text me again"}}
                """);
        assertThat(text).startsWith("Don't contact them Your last 4 messages are still unanswered: stop here, and send no more.")
                .contains("whatever you want from them")
                .doesNotContain("give them space", "push people further away", "for both of you", "no date");
    }

    @Test
    void aLetterInDecemberCitesNoArticleAboutValentinesDay() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-10-16", "initiatedBy": "them"}, "goal": "reconcile",
                 "noContact": {"since": "2026-11-20"}, "plan": {"action": "letter", "purpose": "reconcile"}}
                """);
        assertThat(text).startsWith("Don't contact them Don't send the letter").doesNotContain("Valentine");
    }

    @Test
    void aPracticalReasonWithNoTiesAskedClaimsNothingAboutTies() throws IOException {
        String text = shown("""
                {"today": "2026-12-07", "breakup": {"date": "2026-11-16", "initiatedBy": "me", "feelingsExpressed": false},
                 "goal": "reconcile", "plan": {"action": "text", "purpose": "reconcile"}}
                """);
        assertThat(text).contains("If it were only about a practical matter: don't contact them. With nothing practical "
                + "named yet, this can wait.").doesNotContain("With nothing practical left between you");
    }

    @Test
    void aPlanToTurnUpIsShownAsThePlanNotAsADraftWithNumberedLines() {
        Cli.Result r = Cli.runWithStdin(SAFE + "see her at the gym, she goes every monday\nshe did, 3 weeks ago\n"
                + "get her back\n3\nno\nno\nno\n\n\n", "ask", "--today", "2026-12-07");
        assertThat(r.exitCode()).isZero();
        String out = r.out().replaceAll("\\s+", " ");
        assertThat(out).startsWith(" Don't contact them Please don't go there")
                .contains("What you said you would do \"i'll see you at the gym, you go every monday\"")
                .doesNotContain("Your draft", "Line 1", "need some time");
    }

    @Test
    void whatIfNamesOnlyTheAnswersLeftOutThatWereGiven() {
        Cli.Result r = Cli.runWithStdin(SAFE + "text her about picking up the kids friday, i might be late\nno\n"
                + "children\nwe both did, last march\nmove on, just coparent\n\nwhat if\n\n", "ask", "--today", "2026-12-07");
        assertThat(r.exitCode()).isZero();
        String whatIf = r.out().substring(r.out().lastIndexOf("What would change it")).replaceAll("\\s+", " ");
        assertThat(whatIf).contains("Left out on purpose: your safety answers", "whether they blocked you",
                "and who ended it (that has happened, and stays as it is).").doesNotContain("messages already sent");
    }

    /** The lines of each `change` list shown, as "6) Who ended it? [...]" (the first line of each entry). */
    private static java.util.List<java.util.List<String>> changeLists(String err) {
        java.util.List<java.util.List<String>> lists = new java.util.ArrayList<>();
        for (String part : err.split("Which answer would you like to change\\?\n")) {
            if (!lists.isEmpty() || err.startsWith("Which")) {
                lists.add(part.lines().takeWhile(line -> !line.startsWith("(the number")).filter(line -> line.matches(" +\\d+\\) .*"))
                        .map(String::strip).toList());
            } else {
                lists.add(java.util.List.of());
            }
        }
        return lists.subList(1, lists.size());
    }

    @Test
    void theChangeListKeepsEachAnswersNumberAndListsADaySaidWithWhoEndedItAsOneAnswer() {
        Cli.Result r = Cli.runWithStdin(SAFE + "text her about picking up the kids friday, i might be late\nno\nchildren\n"
                + "kinda both of us, like 2 wks ago\nmove on, just coparent\n\nchange\n6\nwe both did, honestly i want her back\n"
                + "change\n\n\n", "ask", "--today", "2026-12-07"); // "no" at the list: not told them, not asked again
        assertThat(r.exitCode()).as(r.err()).isZero();
        java.util.List<java.util.List<String>> lists = changeLists(r.err());
        assertThat(lists).hasSize(2);
        // who ended it, when and the goal were asked as one: one entry, the goal asked back alone folded into it
        String asOne = "6) Who ended it, when, and what do you want now? [we decided together, Monday";
        assertThat(lists.get(0)).contains(asOne).noneMatch(line -> line.contains("When did it end?")
                || line.contains("What do you want now?") || line.contains("mainly be about"));
        assertThat(lists.get(1)).contains(asOne);
        String second = r.err().substring(r.err().lastIndexOf("Which answer")).replaceAll("\\s+", " ");
        assertThat(second).contains("23 November 2026, to get back together]");
        for (int i = 0; i < 5; i++) {
            assertThat(lists.get(1).get(i)).isEqualTo(lists.get(0).get(i));
        }
        assertThat(lists.get(1).get(6)).as("the plan keeps its number").isEqualTo(lists.get(0).get(6));
    }

    @Test
    void theLeftOutLineSaysOnlyWhatItLeavesOut() {
        assertThat(TextRenderer.leftOut(EnumSet.noneOf(TextRenderer.LeftOut.class)))
                .isEqualTo("Left out on purpose: your safety answers (your safety comes first, whatever else changes).");
        assertThat(TextRenderer.leftOut(EnumSet.of(TextRenderer.LeftOut.MESSAGES_SENT)))
                .endsWith("; and messages already sent (those have happened, and stay as they are).")
                .doesNotContain("who ended it", "blocked");
        assertThat(TextRenderer.leftOut(EnumSet.allOf(TextRenderer.LeftOut.class))).contains(
                "whether they blocked you or asked for no contact (their choices, not yours to change); and who ended it "
                        + "and messages already sent (those have happened, and stay as they are).");
    }

    @Test
    void aReplyWhileHoldingNoContactSaysTheSameLineWhateverTheyWroteAbout() throws IOException {
        for (String about : new String[] {"personal\"}, \"plan\": {\"action\": \"reply\", \"purpose\": \"check-in\"",
                "personal\"}, \"plan\": {\"action\": \"reply\", \"purpose\": \"feelings\"",
                "logistics\"}, \"plan\": {\"action\": \"reply\", \"purpose\": \"logistics\""}) {
            String text = shown("""
                    {"today": "2026-12-07", "breakup": {"date": "2026-10-16", "initiatedBy": "them"}, "goal": "unsure",
                     "noContact": {"since": "2026-11-02", "days": 60}, "ties": ["belongings"],
                     "exContact": {"date": "2026-12-07", "about": "%s}}
                    """.formatted(about));
            assertThat(text).as(about).startsWith("Reply, briefly").contains(
                    "A short reply to them does not undo the no contact you are holding (day 36 of 60)");
        }
    }
}
