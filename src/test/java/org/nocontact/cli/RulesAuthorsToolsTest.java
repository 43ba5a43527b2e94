package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.authoring.MutationTesterTest;

/** `rules test --mutants` and `--no-interview` as a user runs them; `rules diff` annotations at the changed line. */
class RulesAuthorsToolsTest {
    private static final Pattern ANNOTATION = Pattern.compile("^::warning file=([^,]+),line=(\\d+),", Pattern.MULTILINE);

    @TempDir
    Path temp;

    @Test
    void mutantsCarryTheScoreAndSurvivorsInTextJsonJunitAndFailBelowTheMinimum() throws Exception {
        Path rules = MutationTesterTest.small(temp.resolve("rules"));
        Path junit = temp.resolve("r.xml");
        Cli.Result text = Cli.run("rules", "test", "--rules", rules.toString(), "--mutants", "--no-interview");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("SURVIVED " + rules.resolve("rules.json") + ":3:")
                .contains("emotions.anger is at least 7 moved to emotions.anger is at least 8")
                .containsPattern("mutation score \\d+\\.\\d%: \\d+ of \\d+ mutants killed \\(\\d+ more proved equivalent");

        Cli.Result json = Cli.run("rules", "test", "--rules", rules.toString(), "--min-mutation-score", "100",
                "--format", "json", "--junit", junit.toString());
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode mutation = new ObjectMapper().readTree(json.out()).get("mutation");
        assertThat(mutation.get("score").asDouble()).isLessThan(100.0);
        assertThat(mutation.get("survivors")).isNotEmpty();
        assertThat(mutation.get("survivors").get(0).get("killingCase").asText()).contains("\"expect\"");
        String xml = Files.readString(junit);
        assertThat(xml).contains("mutation score").contains("is below the minimum of 100.0%").contains("survived: ");

        Cli.Result low = Cli.run("rules", "test", "--rules", rules.toString(), "--min-mutation-score", "10", "--no-interview");
        assertThat(low.exitCode()).isZero();
        assertThat(Cli.run("rules", "test", "--rules", rules.toString(), "--min-mutation-score", "101").exitCode()).isEqualTo(2);
    }

    @Test
    void mutationTestingNeedsEveryCaseToPassFirst() throws IOException {
        Path rules = MutationTesterTest.small(temp.resolve("rules"));
        Path cases = rules.resolve("tests/cases.json");
        Files.writeString(cases, Files.readString(cases).replace("\"decidedBy\": \"calm\"", "\"decidedBy\": \"sad\""));
        Cli.Result r = Cli.run("rules", "test", "--rules", rules.toString(), "--mutants", "--no-interview");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("not finished: mutation testing needs every case to pass");
    }

    @Test
    void aDefinitionChangeIsAnnotatedAtTheDefinitionAndAtMostTenPerFile() throws IOException {
        Path base = Cli.ROOT.resolve("rules");
        Path changed = copyRules(temp.resolve("rules"));
        Path index = changed.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replace(
                "\"wants-them-back\": { \"fact\": \"goal\", \"is\": \"reconcile\" }",
                "\"wants-them-back\": { \"fact\": \"goal\", \"is\": \"unsure\" }"));
        int definitionLine = lineOf(index, "\"wants-them-back\": {");
        Cli.Result r = Cli.run("rules", "diff", "--base", base.toString(), "--rules", changed.toString(), "--format", "github");
        List<String> atIndex = ANNOTATION.matcher(r.out()).results().filter(m -> m.group(1).equals(index.toString()))
                .map(m -> m.group(2)).toList();
        assertThat(atIndex).hasSize(DiffOutput.ANNOTATIONS_PER_FILE).containsOnly(String.valueOf(definitionLine));
        assertThat(r.out()).containsPattern("::warning file=" + Pattern.quote(index.toString())
                + ",title=nocontact rules diff::\\d+ more changes from this file are not annotated");
    }

    @Test
    void aRuleChangeIsAnnotatedAtThatRulesConditionNotAtTheDecidingRule() throws IOException {
        Path base = Cli.ROOT.resolve("rules");
        Path changed = copyRules(temp.resolve("rules"));
        Path occasions = changed.resolve("occasions.json");
        Files.writeString(occasions, Files.readString(occasions).replace("\"new-year\", ", ""));
        Cli.Result r = Cli.run("rules", "diff", "--base", base.toString(), "--rules", changed.toString(), "--format", "github");
        Matcher m = ANNOTATION.matcher(r.out());
        List<String> places = m.results().map(x -> x.group(1) + ":" + x.group(2)).distinct().toList();
        int when = lineOf(occasions, "\"id\": \"occasion-during-period\"") + 1;
        assertThat(places).isNotEmpty().containsOnly(occasions + ":" + when);
    }

    private static Path copyRules(Path to) throws IOException {
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("rules"), to);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), to.resolveSibling("docs/examples"));
        return to;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
