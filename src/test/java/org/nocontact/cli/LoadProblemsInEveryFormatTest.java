package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set or a case file that does not load is exit 2 with every problem on standard error; with
 * --format github, json or sarif the same problems are on standard output too, each at its
 * file:line:column, so that a typo still becomes an annotation or a code-scanning result.
 */
class LoadProblemsInEveryFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACE = Pattern.compile("^(.+):(\\d+):(\\d+): (.*)$");

    @TempDir
    Path temp;
    Path rules;

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        rules = temp.resolve("rules");
        RulesToolkitTest.copyTree(RulesToolkitTest.RULES, rules);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
    }

    /** Three mistakes in one rule of gifts.json: an unknown fact, a misspelt verdict, an unknown source. */
    void breakOneRule() throws IOException {
        Path gifts = rules.resolve("gifts.json");
        Files.writeString(gifts, Files.readString(gifts)
                .replaceFirst("\"fact\": \"plan.action\", \"in\"", "\"fact\": \"plan.acton\", \"in\"")
                .replaceFirst("\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"DO_NOT_CONTCT\"")
                .replaceFirst("\"gifts-and-letters\"", "\"gifts-and-leters\""));
    }

    /** stderr's problems as [file, line, column, text]. */
    static List<String[]> places(String err) {
        List<String[]> places = new ArrayList<>();
        for (String line : err.lines().toList()) {
            Matcher m = PLACE.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            places.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
        }
        return places;
    }

    @Test
    void lintInTextSaysEveryProblemOnStandardErrorAndNothingOnStandardOutput() throws IOException {
        breakOneRule();
        Cli.Result r = Cli.run("rules", "lint", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(places(r.err())).hasSize(3);
    }

    @Test
    void lintAsSarifCarriesEachLoadProblemAsAnErrorAtItsPlace() throws IOException {
        breakOneRule();
        Cli.Result r = Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "sarif");
        assertThat(r.exitCode()).isEqualTo(2);
        List<String[]> expected = places(r.err());
        JsonNode run = JSON.readTree(r.out()).get("runs").get(0);
        JsonNode results = run.get("results");
        assertThat(results).hasSize(expected.size()).hasSize(3);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode result = results.get(i);
            assertThat(result.get("ruleId").asText()).isEqualTo("does-not-load");
            assertThat(run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText())
                    .isEqualTo("does-not-load");
            assertThat(result.get("level").asText()).isEqualTo("error");
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            assertThat(location.get("artifactLocation").get("uri").asText()).endsWith("rules/gifts.json");
            assertThat(location.get("region").get("startLine").asText()).isEqualTo(expected.get(i)[1]);
            assertThat(location.get("region").get("startColumn").asText()).isEqualTo(expected.get(i)[2]);
            assertThat(result.get("message").get("text").asText()).isEqualTo(expected.get(i)[3]);
        }
    }

    @Test
    void lintForGithubAnnotatesEachLoadProblemAtItsLineAndColumn() throws IOException {
        breakOneRule();
        Cli.Result r = Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "github");
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> annotations = r.out().lines().filter(l -> l.startsWith("::error ")).toList();
        List<String[]> expected = places(r.err());
        assertThat(annotations).hasSize(3);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(annotations.get(i)).contains("file=" + GithubAnnotations.property(expected.get(i)[0])
                    + ",line=" + expected.get(i)[1] + ",col=" + expected.get(i)[2]);
        }
        assertThat(RulesToolkitTest.lastLine(r.out())).contains("did not load: 3 problems");
    }

    @Test
    void lintAsJsonListsTheLoadProblemsAsErrorFindings() throws IOException {
        breakOneRule();
        Cli.Result r = Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("errors").asInt()).isEqualTo(3);
        assertThat(report.get("findings")).allSatisfy(f -> {
            assertThat(f.get("kind").asText()).isEqualTo("does-not-load");
            assertThat(f.get("file").asText()).endsWith("gifts.json");
        });
        assertThat(report.get("findings")).extracting(f -> f.get("path").asText())
                .containsExactly("rules[0].when.fact", "rules[0].verdict", "rules[0].sources[0]");
    }

    @Test
    void everyMistakeInOneCaseFileIsReportedInOneRunInJsonAndJunit() throws IOException {
        Path cases = rules.resolve("tests/standard.json");
        Files.writeString(cases, Files.readString(cases)
                .replaceFirst("\"with\": \\{ \"safety.selfHarm\": true \\}", "\"with\": { \"safety.selfHarm\": \"yes\" }, \"colour\": 1")
                .replaceFirst("\"verdict\": \"SEEK_SUPPORT\", \"decidedBy\": \"safety-danger\"",
                        "\"verdict\": \"SEEK_SUPORT\", \"decidedBy\": 7")
                .replaceFirst("\"expect\": \\{ \"verdict\": \"SEEK_SUPPORT\", \"decidedBy\": \"safety-protection-order\"",
                        "\"expect\": { \"verdict\": \"SEEK_SUPPORT\", \"decidedBy\": \"safety-protection-order\", \"reconsiderOn\": \"soon\""));
        Path junit = temp.resolve("results.xml");
        Cli.Result r = Cli.run("rules", "test", "--rules", rules.toString(), "--format", "json",
                "--junit", junit.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("loaded").asBoolean()).isFalse();
        assertThat(report.get("problems")).extracting(p -> p.get("path").asText()).containsExactly(
                "cases[0].with.safety.selfHarm", "cases[0].colour", "cases[1].expect.verdict",
                "cases[1].expect.decidedBy", "cases[3].expect.reconsiderOn");
        assertThat(report.get("problems")).allSatisfy(p -> assertThat(p.get("line").asInt()).isGreaterThan(1));
        assertThat(places(r.err())).hasSize(5);
        assertThat(Files.readString(junit)).contains("cases[3].expect.reconsiderOn").contains("failures=\"5\"");
    }

    @Test
    void fiveMistakesInOneCasesSituationAreAllReportedInOneRunEachWhereItWasWritten() throws IOException {
        Path cases = rules.resolve("tests/standard.json");
        String original = Files.readString(cases);
        String broken = original.replaceFirst("\"with\": \\{ \"safety.threatened\": true \\}",
                "\"with\": { \"safety.threatend\": true, \"emotions.anger\": 12, \"goal\": \"reconcle\", "
                        + "\"breakup.date\": \"2027-02-30\", \"plan.purpose\": \"fun\" }");
        assertThat(broken).isNotEqualTo(original);
        Files.writeString(cases, broken);
        Cli.Result r = Cli.run("rules", "test", "--rules", rules.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("problems")).extracting(p -> p.get("path").asText()).containsExactlyInAnyOrder(
                "cases[2].with.safety.threatend", "cases[2].with.emotions.anger", "cases[2].with.goal",
                "cases[2].with.breakup.date", "cases[2].with.plan.purpose");
        assertThat(places(r.err())).hasSize(5).allSatisfy(place -> assertThat(place[0]).endsWith("tests/standard.json"));
    }

    @Test
    void diffForGithubAnnotatesAProblemOfTheRuleSetBeingCompared() throws IOException {
        breakOneRule();
        Cli.Result r = Cli.run("rules", "diff", "--rules", rules.toString(), "--base", RulesToolkitTest.RULES.toString(),
                "--format", "github");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().lines().filter(l -> l.startsWith("::error ") && l.contains("gifts.json"))).hasSize(3);
    }

    @Test
    void diffAsJsonSaysTheRuleSetDidNotLoad() throws IOException {
        breakOneRule();
        Cli.Result r = Cli.run("rules", "diff", "--rules", rules.toString(), "--base", RulesToolkitTest.RULES.toString(),
                "--format", "json");
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("loaded").asBoolean()).isFalse();
        assertThat(report.get("errors").asInt()).isEqualTo(3);
    }

    /** A copy of the shipped rules as a diff's base, with one mistake of its own: a misspelt verdict in gifts.json. */
    Path brokenBase() throws IOException {
        Path base = temp.resolve("base");
        RulesToolkitTest.copyTree(RulesToolkitTest.RULES, base);
        Path gifts = base.resolve("gifts.json");
        Files.writeString(gifts, Files.readString(gifts).replaceFirst("\"verdict\": \"DO_NOT_CONTACT\"",
                "\"verdict\": \"DO_NOT_CONTACTT\""));
        return base;
    }

    @Test
    void diffWhereBothSidesFailToLoadShowsTheProblemsOfBothInEveryFormat() throws IOException {
        breakOneRule();
        Path base = brokenBase();
        Cli.Result text = Cli.run("rules", "diff", "--rules", rules.toString(), "--base", base.toString());
        assertThat(text.exitCode()).isEqualTo(2);
        assertThat(text.out()).isEmpty();
        List<String[]> expected = places(text.err());
        assertThat(expected).extracting(p -> p[0]).containsExactlyInAnyOrder(base.resolve("gifts.json").toString(),
                rules.resolve("gifts.json").toString(), rules.resolve("gifts.json").toString(),
                rules.resolve("gifts.json").toString());
        assertThat(expected).filteredOn(p -> p[0].startsWith(base.toString())).singleElement()
                .satisfies(p -> assertThat(p[3]).contains("DO_NOT_CONTACTT"));

        Cli.Result github = Cli.run("rules", "diff", "--rules", rules.toString(), "--base", base.toString(),
                "--format", "github");
        assertThat(github.exitCode()).isEqualTo(2);
        List<String> annotations = github.out().lines().filter(l -> l.startsWith("::error ")).toList();
        assertThat(annotations).hasSize(4);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(annotations.get(i)).contains("file=" + GithubAnnotations.property(expected.get(i)[0])
                    + ",line=" + expected.get(i)[1] + ",col=" + expected.get(i)[2]);
        }

        Cli.Result json = Cli.run("rules", "diff", "--rules", rules.toString(), "--base", base.toString(),
                "--format", "json");
        assertThat(json.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("loaded").asBoolean()).isFalse();
        assertThat(report.get("errors").asInt()).isEqualTo(4);
        assertThat(report.get("problems")).extracting(f -> f.get("file").asText() + ":" + f.get("line").asText()
                + ":" + f.get("column").asText()).containsExactlyElementsOf(
                expected.stream().map(p -> p[0] + ":" + p[1] + ":" + p[2]).toList());

        Cli.Result sarif = Cli.run("rules", "diff", "--rules", rules.toString(), "--base", base.toString(),
                "--format", "sarif");
        assertThat(sarif.exitCode()).isEqualTo(2);
        JsonNode results = JSON.readTree(sarif.out()).get("runs").get(0).get("results");
        assertThat(results).hasSize(4);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode location = results.get(i).get("locations").get(0).get("physicalLocation");
            assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo(Sarif.uri(expected.get(i)[0]));
            assertThat(location.get("region").get("startLine").asText()).isEqualTo(expected.get(i)[1]);
            assertThat(location.get("region").get("startColumn").asText()).isEqualTo(expected.get(i)[2]);
        }
    }

    @Test
    void diffOfABrokenFolderAgainstItselfShowsEachProblemOnce() throws IOException {
        breakOneRule();
        Cli.Result r = Cli.run("rules", "diff", "--rules", rules.toString(), "--base", rules.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(places(r.err())).hasSize(3);
    }
}
