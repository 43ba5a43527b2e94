package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author who moves a threshold reads first what they edited, in the condition language and at
 * its line, then what that does to situations: `rules diff` says both.
 */
class RulesDiffSaysWhatChangedTest {
    @TempDir
    Path temp;
    Path copy;

    @BeforeEach
    void copyTheRules() throws IOException {
        copy = temp.resolve("rules");
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("rules"), copy);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private Cli.Result diff(String... more) {
        String[] args = {"rules", "diff", "--base", Cli.ROOT.resolve("rules").toString(), "--rules", copy.toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }

    /** The 1-based number of the first line of {@code file} that contains {@code text}. */
    private int lineOf(String file, String text) throws IOException {
        java.util.List<String> lines = Files.readAllLines(copy.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    @Test
    void aThresholdMovedInADefinitionIsSaidAsWrittenAtItsLineThenWhatItChanges() throws IOException {
        edit("ruleset.json", "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }",
                "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 3 }");
        Cli.Result r = diff();
        assertThat(r.exitCode()).as(r.err()).isZero();
        int line = lineOf("ruleset.json", "\"chasing\"");
        assertThat(r.out()).contains("changed in the rule files:\n  definition chasing (" + copy.resolve("ruleset.json")
                + ":" + line + ":")
                .contains("): history.unansweredMessages is at least 2 -> history.unansweredMessages is at least 3\n")
                .contains("DO_NOT_CONTACT -> REACH_OUT (profile standard): ", "\n  stop-chasing -> ")
                .contains("history.unansweredMessages is 2");
        assertThat(r.out().indexOf("changed in the rule files:")).isLessThan(r.out().indexOf("DO_NOT_CONTACT -> REACH_OUT"));
    }

    @Test
    void theTextListsAtMostTenRegionsPerFromToGroupAndCountsTheRestWhileJsonKeepsThemAll() throws IOException {
        edit("ruleset.json", "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }",
                "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 3 }");
        Cli.Result r = diff();
        assertThat(r.exitCode()).as(r.err()).isZero();
        java.util.List<String> lines = r.out().lines().toList();
        java.util.regex.Pattern header = java.util.regex.Pattern.compile("^([A-Z_]+) -> ([A-Z_]+) \\(profile (\\w+)\\): (\\d+) regions?$");
        java.util.regex.Pattern more = java.util.regex.Pattern.compile("^  and (\\d+) more regions?; --witnesses DIR writes one file each.*$");
        int groups = 0;
        int total = 0;
        boolean cut = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher m = header.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            groups++;
            assertThat(seen.add(m.group(1) + m.group(2) + m.group(3))).as("one group per FROM -> TO and profile").isTrue();
            int count = Integer.parseInt(m.group(4));
            int shown = 0;
            int j = i + 2;
            for (; j < lines.size() && lines.get(j).startsWith("    where "); j += 3) {
                assertThat(lines.get(j - 1)).startsWith("  ").endsWith(":");
                assertThat(lines.get(j + 1)).startsWith("    witness: {\"today\":");
                shown++;
            }
            assertThat(shown).isLessThanOrEqualTo(DiffOutput.SHOWN_PER_GROUP);
            if (count > DiffOutput.SHOWN_PER_GROUP) {
                java.util.regex.Matcher rest = more.matcher(lines.get(j - 1));
                assertThat(rest.matches()).as(lines.get(j - 1)).isTrue();
                assertThat(shown + Integer.parseInt(rest.group(1))).isEqualTo(count);
                cut = true;
            } else {
                assertThat(shown).isEqualTo(count);
            }
            total += count;
        }
        assertThat(groups).isGreaterThan(1);
        assertThat(cut).as("this change has a group of more than ten regions").isTrue();
        JsonNode json = new ObjectMapper().readTree(diff("--format", "json").out());
        assertThat(json.get("changes")).hasSize(total);
        assertThat(RulesToolkitTest.lastLine(r.out())).startsWith(total + " regions, ");
        assertThat(lines).hasSizeLessThan(200);
    }

    @Test
    void aVerdictAndAPrecedenceSwapAreEachSaidAndOnlyThePartOfTheOrderThatMoved() throws IOException {
        edit("gifts.json", "\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"LOGISTICS_ONLY\"");
        edit("ruleset.json", "\"stop-chasing\",\n        \"you-ended-it\",", "\"you-ended-it\",\n        \"stop-chasing\",");
        Cli.Result r = diff();
        assertThat(r.out()).contains("  rule no-gifts-or-letters (" + copy.resolve("gifts.json") + ":")
                .contains(": verdict DO_NOT_CONTACT -> LOGISTICS_ONLY\n")
                .contains("  profile standard (" + copy.resolve("ruleset.json") + ":")
                .contains(": precedence ..., stop-chasing, you-ended-it, ... -> ..., you-ended-it, stop-chasing, ...\n");
    }

    @Test
    void editsAreInTheJsonToo() throws IOException {
        edit("ruleset.json", "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }",
                "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 3 }");
        JsonNode json = new ObjectMapper().readTree(diff("--format", "json").out());
        assertThat(json.get("edits")).hasSize(1);
        assertThat(json.get("edits").get(0).asText()).startsWith("definition chasing (")
                .endsWith("history.unansweredMessages is at least 2 -> history.unansweredMessages is at least 3");
    }

    @Test
    void aRewriteThatMeansTheSameIsListedAsAnEditThatChangesNoSituation() throws IOException {
        edit("logistics.json", "{ \"fact\": \"ties.count\", \"atLeast\": 1 }",
                "{ \"not\": { \"fact\": \"ties.count\", \"is\": 0 } }");
        Cli.Result r = diff("--fail-on-change");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("changed in the rule files:\n  rule ", "not ties.count is 0", "no situation changes outcome");
    }

    @Test
    void anUnchangedRuleSetHasNoEditsToSay() {
        Cli.Result r = diff();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("changed in the rule files").contains("no situation changes outcome");
    }
}
