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

/** rules lint's proofs over every situation: conditions that never hold, shadowed rules, invariants. */
class LintAnalysisTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    Path copy;

    @BeforeEach
    void copyTheRules() throws IOException {
        copy = temp.resolve("rules");
        RulesToolkitTest.copyTree(RulesToolkitTest.RULES, copy);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
    }

    /** Replaces the first occurrence only (in ruleset.json, that is in the standard profile). */
    private void edit(String file, String from, String to) throws IOException {
        RulesToolkitTest.editFirst(copy, file, from, to);
    }

    private Cli.Result lint() {
        return Cli.run("rules", "lint", "--rules", copy.toString());
    }

    @Test
    void aConditionContradictoryThroughADefinitionIsAnErrorAtItsLineAndColumn() throws IOException {
        // "ready" needs confidence at least 6; this rule adds "at most 5" through the definition.
        edit("reconcile.json", "          { \"ref\": \"wants-them-back\" },\n          { \"ref\": \"ready\" }\n",
                "          { \"ref\": \"wants-them-back\" },\n          { \"ref\": \"ready\" },\n"
                        + "          { \"fact\": \"emotions.confidence\", \"atMost\": 5 }\n");
        Cli.Result r = lint();
        assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
        String line = r.out().lines().filter(l -> l.contains("error: invite-when-ready.when")).findFirst().orElseThrow();
        String text = Files.readString(copy.resolve("reconcile.json"));
        int at = text.indexOf("\"when\"", text.indexOf("\"id\": \"invite-when-ready\"")) + "\"when\": ".length();
        int lineNumber = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at - text.lastIndexOf('\n', at - 1);
        assertThat(line).startsWith(copy.resolve("reconcile.json") + ":" + lineNumber + ":" + column + ": ")
                .contains("this condition can never be true: no valid situation meets it")
                .contains("emotions.confidence");
    }

    @Test
    void aRuleThatCanNeverApplyBecauseOfHowFactsAreLinkedIsFound() throws IOException {
        // A running period with no day left is complete, so "not complete" and "0 days left" never meet.
        edit("reconcile.json", "{ \"fact\": \"noContact.started\", \"is\": true },",
                "{ \"fact\": \"noContact.started\", \"is\": true },\n          { \"fact\": \"noContact.daysLeft\", \"atMost\": 0 },");
        Cli.Result r = lint();
        assertThat(r.out()).contains("error: hold-the-period.when: this condition can never be true");
    }

    @Test
    void aRuleShadowedInOneProfileIsWarnedForThatProfileOnly() throws IOException {
        edit("ruleset.json", "\"reply-warmly\",\n        \"reply-to-a-personal-message\",\n        \"reply-briefly\",",
                "\"reply-to-a-personal-message\",\n        \"reply-briefly\",\n        \"reply-warmly\",");
        Cli.Result r = lint();
        assertThat(r.out()).contains("warning: reply-warmly: in profile standard this rule never decides: wherever it "
                + "applies, an earlier rule decides first (nearest first: reply-briefly");
        assertThat(r.out()).doesNotContain("in profile strict");
    }

    @Test
    void aBrokenInvariantIsAnErrorWithACounterexampleThatCheckReproduces() throws IOException {
        edit("ruleset.json", "\"no-gifts-or-letters\",\n        \"reply-warmly\",", "\"reply-warmly\",");
        Cli.Result r = lint();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).doesNotContain("in profile strict");
        JsonNode json = JSON.readTree(Cli.run("rules", "lint", "--rules", copy.toString(), "--format", "json").out());
        JsonNode finding = null;
        for (JsonNode f : json.get("findings")) {
            if (f.get("path").asText().equals("invariants.gifts-and-letters-are-never-reach-out")) {
                finding = f;
            }
        }
        assertThat(finding).as(r.out()).isNotNull();
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("file").asText()).isEqualTo(copy.resolve("ruleset.json").toString());
        String message = finding.get("message").asText();
        assertThat(message).startsWith("in profile standard this invariant (never REACH_OUT) fails: where ")
                .contains("plan.action is letter or gift");
        Path example = temp.resolve("counterexample.json");
        Files.writeString(example, message.substring(message.indexOf("counterexample:\n") + "counterexample:\n".length()));
        Cli.Result check = Cli.run("check", "--format", "json", "--rules", copy.toString(), example.toString());
        assertThat(JSON.readTree(check.out()).get("verdict").asText()).isEqualTo("REACH_OUT");
        assertThat(JSON.readTree(Cli.run("check", "--format", "json", example.toString()).out()).get("verdict").asText())
                .isEqualTo("DO_NOT_CONTACT");
    }

    @Test
    void theShippedInvariantsAreProvedInEveryProfileTheyName() throws IOException {
        JsonNode rules = JSON.readTree(copy.resolve("ruleset.json").toFile());
        assertThat(rules.get("invariants")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(lint().out()).doesNotContain("invariants.");
    }

    @Test
    void anInvariantWithBothExpectAndNeverIsRefusedWithItsPlace() throws IOException {
        edit("ruleset.json", "\"expect\": { \"verdict\": \"SEEK_SUPPORT\" }",
                "\"expect\": { \"verdict\": \"SEEK_SUPPORT\" }, \"never\": { \"verdict\": \"REACH_OUT\" }");
        Cli.Result r = Cli.run("check", "--rules", copy.toString(), Cli.example("valentines-text.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("ruleset.json:", "invariants[0]", "exactly one of \"expect\" or \"never\"");
        edit("ruleset.json", ", \"never\": { \"verdict\": \"REACH_OUT\" }", "");
        edit("ruleset.json", "\"profiles\": [\"standard\"]", "\"profiles\": [\"standrd\"]");
        Cli.Result profile = Cli.run("rules", "lint", "--rules", copy.toString());
        assertThat(profile.exitCode()).as("a rule set that does not load is wrong input").isEqualTo(2);
        assertThat(profile.out()).isEmpty();
        assertThat(profile.err()).contains("invariants[10].profiles[0]", "no profile is called \"standrd\"");
    }
}
