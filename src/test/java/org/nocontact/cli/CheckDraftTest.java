package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.cli.Cli.runWithStdin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestRules;
import org.nocontact.TestSituations;

/** The draft in check's output: numbered lines with notes under them, or kind words where it stays unsent. */
class CheckDraftTest {

    static String logistics(String message) {
        ObjectNode s = TestSituations.base();
        TestSituations.set(s, "plan.purpose", "logistics");
        TestSituations.set(s, "ties", List.of("belongings"));
        return TestSituations.set(s, "plan.message", message).toString();
    }

    @Test
    void theTextShowsTheDraftWithNumberedLinesAndTheNoteUnderItsLine() {
        Cli.Result r = runWithStdin(logistics("Hi Sam,\nCan I pick up my books on Saturday at 10?\nI miss you"),
                "check", "-");
        assertThat(r.exitCode()).isZero();
        String out = r.out();
        assertThat(out).contains("Your draft\n  1  Hi Sam,\n  2  Can I pick up my books on Saturday at 10?\n"
                + "  3  I miss you\n     \u2191 \"miss you\": This line tells them how you feel");
        assertThat(out.indexOf("\u2191")).as("no note before line 3").isGreaterThan(out.indexOf("  3  I miss you"));
        assertThat(out).contains("Words you could use:");
        assertThat(runWithStdin(logistics("Books on Saturday at 10?"), "check", "-").out()).doesNotContain("Words you could use");
    }

    @Test
    void theReadmesDraftExampleIsWhatNocontactPrints() throws Exception {
        String readme = Files.readString(Cli.ROOT.resolve("README.md"));
        String intro = "`./nocontact check docs/examples/books-and-feelings.json`";
        int start = readme.indexOf("```text\n", readme.indexOf(intro)) + "```text\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));
        assertThat(shown).startsWith("Your draft\n");
        String printed = Cli.process(Map.of("COLUMNS", "80"), List.of(), "", "check",
                Cli.example("books-and-feelings.json").toString()).out();
        assertThat(printed).contains(shown);
    }

    @Test
    void aCleanDraftSaysSo() {
        Cli.Result r = runWithStdin(logistics("Can I pick up my books on Saturday at 10?"), "check", "-");
        assertThat(r.out()).contains("  1  Can I pick up my books on Saturday at 10?\n\n  No notes:")
                .doesNotContain("\u2191");
    }

    @Test
    void underDoNotContactTheDraftIsNeitherShownNorPickedApart() {
        ObjectNode s = TestSituations.set(TestSituations.base(), "plan.message", "I miss you so much ❤️");
        Cli.Result r = runWithStdin(s.toString(), "check", "-");
        assertThat(r.out()).contains("Don't contact them", "Your draft", "stays with you", "journal")
                .doesNotContain("I miss you so much", "\u2191", "Words you could use");
    }

    @Test
    void theJsonNoteCountsColumnsAndLengthInCharactersNotUtf16Units() throws Exception {
        Cli.Result r = runWithStdin(logistics("🙂🙂 thanks 😘\n€5 for the bus? Love you"), "check", "--format", "json", "-");
        JsonNode notes = TestSituations.JSON.readTree(r.out()).get("draft").get("notes");
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(notes.get(0).get("column").asInt()).isEqualTo(11);
        assertThat(notes.get(0).get("length").asInt()).isEqualTo(1);
        assertThat(notes.get(0).get("rule").asText()).isEqualTo("romantic-emoji");
        assertThat(notes.get(1).get("line").asInt()).isEqualTo(2);
        assertThat(notes.get(1).get("column").asInt()).isEqualTo(17);
        assertThat(notes.get(1).get("length").asInt()).isEqualTo(8);
        assertThat(notes.get(1).get("rule").asText()).isEqualTo("feelings");
    }

    @Test
    void aLongDraftGetsOneNoteOnTheWholeDraftAtLineZero() throws Exception {
        String longDraft = "Could you leave the boxes by the door on Saturday morning please? ".repeat(8);
        Cli.Result r = runWithStdin(logistics(longDraft), "check", "--format", "json", "-");
        JsonNode note = TestSituations.JSON.readTree(r.out()).get("draft").get("notes").get(0);
        assertThat(note.get("line").asInt()).isZero();
        assertThat(note.get("column").asInt()).isZero();
        assertThat(note.get("length").asInt()).isEqualTo(longDraft.length());
        assertThat(note.get("rule").asText()).isEqualTo("long-for-a-practical-message");
        assertThat(runWithStdin(logistics(longDraft), "check", "-").out()).contains("The whole draft: This draft is long");
    }

    @Test
    void aRuleSetWithoutDraftRulesSaysItDidNotReadTheDraft(@TempDir Path dir)
            throws Exception {
        TestRules.withDrafts(dir, "\"miss you\"", "\"miss you\"");
        Path index = dir.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replace("\"drafts\": \"drafts.json\",", ""));
        Cli.Result text = runWithStdin(logistics("I miss you"), "check", "--rules", dir.toString(), "-");
        assertThat(text.out()).contains("This rule set has no draft rules, so your draft was not read.");
        JsonNode draft = TestSituations.JSON.readTree(runWithStdin(logistics("I miss you"), "check", "--format", "json",
                "--rules", dir.toString(), "-").out()).get("draft");
        assertThat(draft.get("reviewed").asBoolean()).isFalse();
        assertThat(draft.get("notes")).isEmpty();
    }

    @Test
    void controlCharactersInADraftCannotRestyleTheTerminal() {
        Cli.Result r = runWithStdin(logistics("Books on Saturday?\u001b[31m red"), "check", "-");
        assertThat(r.out()).doesNotContain("\u001b[31m").contains("Books on Saturday?\\u001b[31m red");
    }
}
