package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.authoring.Finding;
import org.nocontact.json.Position;

/** `rules lint --format sarif`: what code-scanning pages need to place each finding on its line. */
class SarifTest {
    @Test
    void eachFindingIsAResultWithItsLevelMessageAndPlace() throws Exception {
        List<Finding> findings = List.of(
                new Finding(Finding.Severity.ERROR, "rules/gifts.json", new Position(7, 18), "impossible.when",
                        "this condition can never be true: goal cannot be [reconcile] and [move-on] at once."),
                new Finding(Finding.Severity.WARNING, "/tmp/my rules/ruleset.json", new Position(52, 5), "definitions.unused-one",
                        "this definition is not used by any rule."));
        JsonNode sarif = new ObjectMapper().readTree(Sarif.of(findings, "0.1.0"));
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
        assertThat(results.get(1).at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("file:///tmp/my%20rules/ruleset.json");
    }

    @Test
    void noFindingsIsAValidEmptyRun() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(Sarif.of(List.of(), "0.1.0"));
        assertThat(sarif.at("/runs/0/results").isArray()).isTrue();
        assertThat(sarif.at("/runs/0/results")).isEmpty();
    }
}
