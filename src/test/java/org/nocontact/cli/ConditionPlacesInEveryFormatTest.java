package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.authoring.PlacedConditions;

/**
 * A bound past its fact's range in each place a condition can stand (a rule, a rule's suggestion, a
 * definition, general advice, an invariant) is an error at that number's file:line:column in every
 * format lint writes, the same five places in each.
 */
class ConditionPlacesInEveryFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RANGE = "no situation has emotions.sadness at least 11";

    @TempDir
    Path dir;
    List<String> expected;

    @BeforeEach
    void aBoundPastItsRangeInEveryPlace() throws IOException {
        PlacedConditions.write(dir, EnumSet.allOf(PlacedConditions.Place.class),
                "{\"fact\": \"emotions.sadness\", \"atLeast\": 11}");
        expected = new ArrayList<>();
        for (String file : List.of("rules.json", "ruleset.json")) {
            PlacedConditions.placesOf(dir.resolve(file), "11").forEach(p -> expected.add(dir.resolve(file) + ":" + p));
        }
        assertThat(expected).hasSize(PlacedConditions.Place.values().length);
    }

    private Cli.Result lint(String format) {
        Cli.Result r = Cli.run("rules", "lint", "--rules", dir.toString(), "--format", format);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILED);
        return r;
    }

    @Test
    void text() {
        List<String> places = lint("text").out().lines().filter(l -> l.contains(RANGE))
                .map(l -> l.substring(0, l.indexOf(": error: "))).toList();
        assertThat(places).containsExactlyElementsOf(expected);
    }

    @Test
    void json() throws IOException {
        List<String> places = new ArrayList<>();
        JSON.readTree(lint("json").out()).get("findings").forEach(f -> {
            if (f.get("kind").asText().equals("out-of-range")) {
                assertThat(f.get("severity").asText()).isEqualTo("error");
                places.add(f.get("file").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt());
            }
        });
        assertThat(places).containsExactlyElementsOf(expected);
    }

    @Test
    void github() {
        List<String> places = lint("github").out().lines().filter(l -> l.startsWith("::error ") && l.contains(RANGE))
                .map(l -> l.replaceAll("^::error file=([^,]+),line=(\\d+),col=(\\d+).*$", "$1:$2:$3")
                        .replace("%3A", ":"))
                .toList();
        assertThat(places).containsExactlyElementsOf(expected);
    }

    @Test
    void sarif() throws IOException {
        List<String> places = new ArrayList<>();
        for (JsonNode result : JSON.readTree(lint("sarif").out()).at("/runs/0/results")) {
            if (result.get("ruleId").asText().equals("out-of-range")) {
                assertThat(result.get("level").asText()).isEqualTo("error");
                JsonNode at = result.at("/locations/0/physicalLocation");
                places.add(Path.of(java.net.URI.create(at.at("/artifactLocation/uri").asText())) + ":"
                        + at.at("/region/startLine").asInt() + ":" + at.at("/region/startColumn").asInt());
            }
        }
        assertThat(places).containsExactlyElementsOf(expected);
    }
}
