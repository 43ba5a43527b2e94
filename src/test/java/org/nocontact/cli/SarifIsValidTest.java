package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of SARIF log we write is valid against the official SARIF 2.1.0 JSON schema (the
 * OASIS copy in src/test/resources, see its NOTICE.md), as code-scanning uploads check it: lint with
 * findings and on a clean set, a rule set that does not load (a few problems, and a flood cut short),
 * a diff with changes and a diff of a set that does not load.
 */
class SarifIsValidTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema sarifSchema;

    @TempDir
    Path temp;
    Path rules;

    @BeforeAll
    static void readTheSchema() throws IOException {
        try (InputStream in = SarifIsValidTest.class.getResourceAsStream("schemas/sarif-schema-2.1.0.json")) {
            JsonNode schema = JSON.readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema, config);
        }
    }

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        rules = temp.resolve("rules");
        RulesToolkitTest.copyTree(RulesToolkitTest.RULES, rules);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
    }

    /** What the schema finds wrong in a SARIF log (empty when it is valid). */
    static Set<ValidationMessage> problems(JsonNode sarif) {
        return sarifSchema.validate(sarif);
    }

    private JsonNode sarifOf(int exitCode, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "sarif"));
        Cli.Result r = Cli.run(all.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
        return JSON.readTree(r.out());
    }

    private void edit(String file, String from, String to) throws IOException {
        RulesToolkitTest.editFirst(rules, file, from, to);
    }

    @Test
    void theSchemaRefusesALogThatBreaksIt() throws IOException {
        ObjectNode sarif = (ObjectNode) sarifOf(0, "rules", "lint", "--rules", rules.toString());
        assertThat(problems(sarif)).isEmpty();
        ((ObjectNode) sarif.at("/runs/0")).put("colour", "red");
        sarif.put("version", "2.0.0");
        assertThat(problems(sarif)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void lintWithFindingsOfSeveralKindsIsValid() throws IOException {
        edit("ruleset.json", "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 },",
                "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 },\n"
                        + "    \"unused-one\": { \"fact\": \"goal\", \"is\": \"friends\" },");
        edit("ruleset.json", "{ \"fact\": \"emotions.anger\", \"atMost\": 3 }", "{ \"fact\": \"emotions.anger\", \"atLeast\": 11 }");
        Files.writeString(rules.resolve("forgotten.json"), "{\"rules\": []}");
        JsonNode sarif = sarifOf(1, "rules", "lint", "--rules", rules.toString());
        List<String> kinds = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> kinds.add(r.get("ruleId").asText()));
        assertThat(kinds).contains("unused-definition", "unlisted-file", "out-of-range");
        assertThat(problems(sarif)).isEmpty();
    }

    @Test
    void lintOfARuleSetThatDoesNotLoadIsValid() throws IOException {
        edit("gifts.json", "\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"DO_NOT_CONTCT\"");
        edit("safety.json", "\"verdict\": \"SEEK_SUPPORT\"", "\"verdict\": \"SEEK_SUPORT\"");
        JsonNode sarif = sarifOf(2, "rules", "lint", "--rules", rules.toString());
        assertThat(sarif.at("/runs/0/results")).hasSize(2);
        assertThat(problems(sarif)).isEmpty();
    }

    @Test
    void lintOfAFloodOfProblemsCutShortIsValid() throws IOException {
        ProblemCountsAndOrderTest.flood(rules, 55);
        ProblemCountsAndOrderTest.flood(rules, 55, "a-flood.json");
        JsonNode sarif = sarifOf(2, "rules", "lint", "--rules", rules.toString());
        assertThat(sarif.at("/runs/0/invocations/0/toolExecutionNotifications")).as("one for each file with more")
                .hasSize(2);
        assertThat(problems(sarif)).isEmpty();
    }

    @Test
    void aDiffWithChangesIsValid() throws IOException {
        edit("ruleset.json", "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }",
                "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 3 }");
        edit("gifts.json", "\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"LOGISTICS_ONLY\"");
        JsonNode sarif = sarifOf(0, "rules", "diff", "--base", RulesToolkitTest.RULES.toString(), "--rules", rules.toString());
        assertThat(sarif.at("/runs/0/results").size()).isGreaterThan(1);
        assertThat(problems(sarif)).isEmpty();
    }

    @Test
    void aDiffOfARuleSetThatDoesNotLoadIsValid() throws IOException {
        edit("gifts.json", "\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"DO_NOT_CONTCT\"");
        JsonNode sarif = sarifOf(2, "rules", "diff", "--base", RulesToolkitTest.RULES.toString(), "--rules", rules.toString());
        assertThat(sarif.at("/runs/0/results")).hasSize(1);
        assertThat(problems(sarif)).isEmpty();
    }
}
