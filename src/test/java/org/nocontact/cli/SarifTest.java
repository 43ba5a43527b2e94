package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.authoring.Finding;
import org.nocontact.json.Position;

/** `rules lint|diff --format sarif`: what code-scanning pages need to place each finding or change on its line. */
class SarifTest {
    @Test
    void eachFindingIsAResultWithItsLevelMessageAndPlace() throws Exception {
        List<Finding> findings = List.of(
                new Finding(Finding.Severity.ERROR, Finding.Kind.NEVER_APPLIES, "rules/gifts.json", new Position(7, 18), "impossible.when",
                        "this condition can never be true: goal cannot be [reconcile] and [move-on] at once."),
                new Finding(Finding.Severity.WARNING, Finding.Kind.UNUSED_DEFINITION, "/tmp/my rules/ruleset.json", new Position(52, 5), "definitions.unused-one",
                        "this definition is not used by any rule."));
        JsonNode sarif = new ObjectMapper().readTree(Sarif.of(findings, java.util.Map.of(), "0.1.0"));
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/tool/driver/name").asText()).isEqualTo("nocontact rules lint");
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("level").asText()).isEqualTo("error");
        assertThat(results.get(0).at("/message/text").asText()).startsWith("impossible.when: this condition can never be true");
        assertThat(results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("rules/gifts.json");
        assertThat(results.get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
        assertThat(results.get(0).at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(18);
        assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
        assertThat(results.get(0).get("ruleId").asText()).isEqualTo("never-applies");
        assertThat(results.get(1).get("ruleId").asText()).isEqualTo("unused-definition");
        JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
        for (JsonNode result : results) {
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertThat(rule.get("id").asText()).as("ruleIndex points at the result's rule").isEqualTo(result.get("ruleId").asText());
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
        }
        assertThat(results.get(1).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("file:///tmp/my%20rules/ruleset.json");
    }

    @TempDir
    Path temp;

    @Test
    void lintsSarifGivesEveryResultARuleIdThatTheDriverLists() throws Exception {
        Path copy = temp.resolve("rules");
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("rules"), copy);
        Path index = copy.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replace("\"wants-them-back\": { \"fact\": \"goal\", \"is\": \"reconcile\" }",
                "\"wants-them-back\": { \"fact\": \"goal\", \"is\": \"reconcile\" },\n    \"unused-one\": { \"fact\": \"goal\", \"is\": \"friends\" }"));
        Files.writeString(copy.resolve("forgotten.json"), "{\"rules\": []}");
        Cli.Result r = Cli.run("rules", "lint", "--format", "sarif", "--rules", copy.toString());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        List<String> ids = new ArrayList<>();
        sarif.at("/runs/0/tool/driver/rules").forEach(rule -> ids.add(rule.get("id").asText()));
        assertThat(ids).contains("never-applies", "shadowed", "invariant-broken", "unused-definition", "unlisted-file");
        List<String> used = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(result -> used.add(result.get("ruleId").asText()));
        assertThat(used).contains("unused-definition", "unlisted-file");
        assertThat(ids).containsAll(used);
    }

    @Test
    void theAuthoringGuideNamesEveryKind() throws Exception {
        String guide = Files.readString(Cli.ROOT.resolve("docs/rules-authoring.md"));
        for (Finding.Kind kind : Finding.Kind.values()) {
            assertThat(guide).contains("`" + kind.id() + "`");
        }
    }

    /** The shape every SARIF result must have: a level, a message, a place, and a ruleIndex pointing at its ruleId. */
    private static void wellFormed(JsonNode sarif, String tool) {
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("$schema").asText()).endsWith("sarif-2.1.0.json");
        assertThat(sarif.at("/runs/0/tool/driver/name").asText()).isEqualTo(tool);
        JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
        for (JsonNode result : sarif.at("/runs/0/results")) {
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(result.get("level").asText()).isIn("error", "warning");
            assertThat(result.at("/message/text").asText()).isNotBlank();
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isNotBlank();
            assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
            assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isPositive();
        }
    }

    @Test
    void diffsSarifPutsEachChangeAtTheLineThatChanged() throws Exception {
        Path copy = temp.resolve("rules");
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("rules"), copy);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
        Path index = copy.resolve("ruleset.json");
        String from = "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }";
        String text = Files.readString(index);
        assertThat(text).contains(from);
        int line = (int) text.substring(0, text.indexOf(from)).chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(index, text.replace(from,
                "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"in\": [2, 3] }"));
        Cli.Result r = Cli.run("rules", "diff", "--format", "sarif", "--base", Cli.ROOT.resolve("rules").toString(),
                "--rules", copy.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(0);
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        wellFormed(sarif, "nocontact rules diff");
        JsonNode results = sarif.at("/runs/0/results");
        assertThat(results).isNotEmpty();
        JsonNode first = null;
        for (JsonNode result : results) {
            if (first == null && result.at("/message/text").asText().contains("DO_NOT_CONTACT -> REACH_OUT")) {
                first = result;
            }
        }
        assertThat(first).as("a change from DO_NOT_CONTACT to REACH_OUT in %s", results).isNotNull();
        assertThat(first.get("ruleId").asText()).isEqualTo("verdict-changed");
        assertThat(first.get("level").asText()).isEqualTo("warning");
        assertThat(first.at("/message/text").asText()).contains("DO_NOT_CONTACT -> REACH_OUT");
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("ruleset.json");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(line);
    }

    @Test
    void diffsSarifOfARuleSetThatDoesNotLoadHasEachProblemAsAnError() throws Exception {
        Path copy = temp.resolve("rules");
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("rules"), copy);
        // the cases are read too (every problem in one run): the situation file they name is copied with them
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
        Path index = copy.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replace("\"defaultProfile\"", "\"defaultProfil\""));
        Cli.Result r = Cli.run("rules", "diff", "--format", "sarif", "--base", Cli.ROOT.resolve("rules").toString(),
                "--rules", copy.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        wellFormed(sarif, "nocontact rules diff");
        assertThat(sarif.at("/runs/0/results")).isNotEmpty().allSatisfy(result -> {
            assertThat(result.get("ruleId").asText()).isEqualTo("does-not-load");
            assertThat(result.get("level").asText()).isEqualTo("error");
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("ruleset.json");
        });
    }

    @Test
    void noFindingsIsAValidEmptyRun() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(Sarif.of(List.of(), java.util.Map.of(), "0.1.0"));
        assertThat(sarif.at("/runs/0/results").isArray()).isTrue();
        assertThat(sarif.at("/runs/0/results")).isEmpty();
    }
}
