package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules diff of the shipped rules against a copy in another folder (issue 18): the copy's draft rules
 * find the same threats, so where one DO_NOT_CONTACT rule decides on both sides the day to look again
 * is compared over the region, not only at its witness, and every day reported is the one `check` prints.
 */
class RulesDiffOfTwoFoldersTest {
    static final Path RULES = RulesDiffTest.RULES;
    static final ObjectMapper JSON = RulesDiffTest.JSON;

    @TempDir
    Path temp;
    Path copy;

    @BeforeEach
    void copyTheRules() throws IOException {
        copy = RulesToolkitTest.copyOfTheRules(temp);
    }

    private JsonNode diff() throws IOException {
        Cli.Result r = Cli.run("rules", "diff", "--base", RULES.toString(), "--rules", copy.toString(),
                "--witnesses", temp.resolve("witnesses").toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private JsonNode check(Path rules, JsonNode change) throws IOException {
        return JSON.readTree(Cli.run("check", "--format", "json", "--rules", rules.toString(), "--profile",
                change.get("profile").asText(), change.get("witnessFile").asText()).out());
    }

    @Test
    void aCopyInAnotherFolderChangesNothingAndCoversEverything() throws IOException {
        JsonNode report = diff();
        assertThat(report.get("complete").asBoolean()).isTrue();
        assertThat(report.get("changes")).isEmpty();
        assertThat(report.get("coverage")).hasSize(2).allSatisfy(c -> {
            assertThat(c.get("notCovered")).isEmpty();
            assertThat(c.get("datesSearched").asLong()).isZero();
        });
    }

    @Test
    void aCopyInAnotherFolderSaysInTextThatOneRegionCoversEverySituation() {
        Cli.Result r = Cli.run("rules", "diff", "--base", RULES.toString(), "--rules", copy.toString(), "--fail-on-change");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("profile standard: 1 region covers every situation (0 branches",
                "profile strict: 1 region covers every situation (0 branches", "no situation changes outcome")
                .doesNotContain("1 regions");
    }

    @Test
    void aChasingThresholdMovedMovesTheDayWhereTheSameRuleDecidesAsCheckPrintsIt() throws IOException {
        RulesToolkitTest.editFirst(copy, "ruleset.json", "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }",
                "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 3 }");
        JsonNode report = diff();
        assertThat(report.get("complete").asBoolean()).isTrue();
        List<JsonNode> sameRule = new ArrayList<>();
        report.get("changes").forEach(c -> {
            if (c.at("/from/rule").equals(c.at("/to/rule"))) {
                sameRule.add(c);
            }
        });
        assertThat(sameRule).as("regions where one rule decides on both sides and only the day moves").isNotEmpty();
        assertThat(sameRule).extracting(c -> c.at("/from/rule").asText()).contains("romantic-occasion", "occasion-during-period");
        for (JsonNode change : sameRule) {
            assertThat(change.get("changed")).as(change.toString()).containsExactly(JSON.getNodeFactory().textNode("date"));
            JsonNode before = check(RULES, change);
            JsonNode after = check(copy, change);
            assertThat(before.get("verdict").asText()).isEqualTo("DO_NOT_CONTACT");
            assertThat(before.at("/reasons/0/rule")).isEqualTo(change.at("/from/rule"));
            assertThat(after.at("/reasons/0/rule")).isEqualTo(change.at("/to/rule"));
            assertThat(before.path("reconsiderOn")).as("the day check prints, before").isEqualTo(change.at("/from/reconsiderOn"));
            assertThat(after.path("reconsiderOn")).as("the day check prints, after").isEqualTo(change.at("/to/reconsiderOn"))
                    .isNotEqualTo(before.path("reconsiderOn"));
        }
    }
}
