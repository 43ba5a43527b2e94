package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A number past its fact's range is a lint error at that number's line, not only "this rule never applies". */
class BoundsInRangeTest {
    @TempDir
    Path dir;

    private List<Finding> lint(String when, String definition) throws IOException {
        Files.writeString(dir.resolve("rules.json"), "{\"rules\": [\n"
                + "{\"id\": \"sad\",\n \"when\": " + when + ",\n \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"S.\", "
                + "\"reason\": \"R.\", \"sources\": [\"a\"]},\n"
                + "{\"id\": \"catch-all\", \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"S.\", \"reason\": \"R.\", "
                + "\"sources\": [\"a\"]}]}");
        Files.writeString(dir.resolve("ruleset.json"), "{\"name\": \"r\", \"files\": [\"rules.json\"], "
                + "\"sources\": {\"a\": \"an article\"},\n \"definitions\": {\"angry\": " + definition + "},\n"
                + "\"profiles\": {\"standard\": {\"precedence\": [\"sad\", \"catch-all\"]}}}");
        return Linter.lint(dir).stream().filter(f -> f.kind() == Finding.Kind.OUT_OF_RANGE).toList();
    }

    @Test
    void aBoundPastTheRangeOfAFeelingIsAnErrorAtTheBound() throws IOException {
        List<Finding> found = lint("{\"all\": [{\"ref\": \"angry\"},\n {\"fact\": \"emotions.sadness\", \"atLeast\": 11}]}",
                "{\"fact\": \"emotions.anger\", \"atLeast\": 7}");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.file()).endsWith("rules.json");
            assertThat(f.position().line()).isEqualTo(4);
            assertThat(f.position().column()).as("the number 11").isEqualTo(42);
            assertThat(f.path()).isEqualTo("sad");
            assertThat(f.message()).isEqualTo("no situation has emotions.sadness at least 11: emotions.sadness is 0 to 10, "
                    + "so this comparison is never true; use a number within that range.");
        });
    }

    @Test
    void valuesOutsideTheRangeInIsInAndAtMostAreFoundInRulesAndDefinitions() throws IOException {
        List<Finding> found = lint("{\"any\": [{\"fact\": \"ties.count\", \"in\": [1, 42]}, {\"not\": "
                        + "{\"fact\": \"noContact.days\", \"atMost\": 0}}]}",
                "{\"fact\": \"emotions.anger\", \"is\": 12}");
        assertThat(found).extracting(Finding::message).containsExactlyInAnyOrder(
                "no situation has ties.count of 42: ties.count is 0 to 8, so 42 in this list never matches; use a number "
                        + "within that range.",
                "no situation has noContact.days at most 0: noContact.days is 1 to 365, so this comparison is never true; "
                        + "use a number within that range.",
                "no situation has emotions.anger of 12: emotions.anger is 0 to 10, so this comparison is never true; use a "
                        + "number within that range.");
        assertThat(found).filteredOn(f -> f.path().equals("definitions.angry")).singleElement()
                .satisfies(f -> assertThat(f.file()).endsWith("ruleset.json"));
    }

    @Test
    void boundsAtTheEdgesOfTheRangeAreFine() throws IOException {
        assertThat(lint("{\"all\": [{\"fact\": \"emotions.sadness\", \"atLeast\": 10}, "
                + "{\"fact\": \"emotions.confidence\", \"atMost\": 0}, {\"fact\": \"noContact.days\", \"is\": 365}]}",
                "{\"fact\": \"emotions.anger\", \"atMost\": 11}")).isEmpty();
    }
}
