package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A rule set with more mistakes than are listed (60, at most 50 shown): every format counts all 60,
 * lists exactly 50, and says "10 more" once, never counting that line as a problem; problems come
 * in reading order (file, line, column), the same in every format.
 */
class ProblemCountsAndOrderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    Path rules;

    /** The last line of a flood of 60 in flood.json: the 10 not shown, and where. */
    String more;

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        rules = temp.resolve("rules");
        more = "and 10 more problems not shown (10 in " + rules.resolve("flood.json") + "); fix these first.";
        RulesToolkitTest.copyTree(RulesToolkitTest.RULES, rules);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
    }

    /** A listed rule file of 60 rules, each with a misspelt verdict: 60 problems, one per line. */
    void sixtyMistakes() throws IOException {
        flood(rules, 60);
    }

    /** Adds a rule file, listed in ruleset.json, of {@code mistakes} rules each with a misspelt verdict. */
    static void flood(Path rules, int mistakes) throws IOException {
        flood(rules, mistakes, "flood.json");
    }

    /** As {@link #flood(Path, int)}, in a rule file named {@code name}. */
    static void flood(Path rules, int mistakes, String name) throws IOException {
        List<String> flood = new ArrayList<>();
        for (int i = 0; i < mistakes; i++) {
            flood.add("{\"id\": \"flood-" + i + "\", \"when\": {\"always\": true}, \"verdict\": \"REACH_OTU\", "
                    + "\"summary\": \"Go.\", \"reason\": \"Because.\", \"sources\": [\"contact-or-not\"]}");
        }
        Files.writeString(rules.resolve(name), "{\"rules\": [\n" + String.join(",\n", flood) + "\n]}\n");
        Path index = rules.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replace("\"strict.json\"", "\"strict.json\", \"" + name + "\""));
    }

    /** Mistakes found in an order other than reading order: safety.json is read before gifts.json. */
    void mistakesInTwoFiles() throws IOException {
        Path safety = rules.resolve("safety.json");
        Files.writeString(safety, Files.readString(safety).replaceFirst("\"verdict\": \"SEEK_SUPPORT\"", "\"verdict\": \"SEEK_SUPORT\""));
        Path gifts = rules.resolve("gifts.json");
        Files.writeString(gifts, Files.readString(gifts)
                .replaceFirst("\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"DO_NOT_CONTCT\"")
                .replaceFirst("\"fact\": \"plan.action\", \"in\"", "\"fact\": \"plan.acton\", \"in\""));
    }

    private List<String> problemLines(String err) {
        return err.lines().filter(l -> !l.equals(more)).toList();
    }

    @Test
    void lintInTextListsFiftyProblemsThenOneLineCountingTheOtherTen() throws IOException {
        sixtyMistakes();
        Cli.Result r = Cli.run("rules", "lint", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(51);
        assertThat(lines.get(50)).isEqualTo(more);
        assertThat(lines.subList(0, 50)).allSatisfy(l -> assertThat(l).contains("flood.json:").contains("REACH_OTU"));
    }

    @Test
    void lintForGithubAnnotatesFiftyAndItsSummaryCountsAllSixty() throws IOException {
        sixtyMistakes();
        Cli.Result r = Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "github");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().lines().filter(l -> l.startsWith("::error "))).hasSize(50)
                .noneMatch(l -> l.contains("more problems"));
        assertThat(RulesToolkitTest.lastLine(r.out()))
                .isEqualTo("the rule set or its cases did not load: 60 problems, the first 50 above, 10 not shown: "
                        + "10 in " + rules.resolve("flood.json") + " (fix these first, then run again)");
    }

    @Test
    void lintAsJsonCountsSixtyErrorsListsFiftyAndSaysTenAreNotShown() throws IOException {
        sixtyMistakes();
        JsonNode report = JSON.readTree(Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "json").out());
        assertThat(report.get("errors").asInt()).isEqualTo(60);
        assertThat(report.get("warnings").asInt()).isZero();
        assertThat(report.get("notShown").asInt()).isEqualTo(10);
        assertThat(report.get("findings")).hasSize(50).allSatisfy(f -> assertThat(f.get("message").asText()).contains("REACH_OTU"));
    }

    @Test
    void lintAsSarifHasFiftyResultsAndANotificationForTheOtherTen() throws IOException {
        sixtyMistakes();
        JsonNode run = JSON.readTree(Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "sarif").out())
                .at("/runs/0");
        assertThat(run.get("results")).hasSize(50);
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean(true)).isFalse();
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText()).isEqualTo(more);
    }

    @Test
    void aFewProblemsAreCountedExactlyWithNoLineAboutMore() throws IOException {
        mistakesInTwoFiles();
        Cli.Result text = Cli.run("rules", "lint", "--rules", rules.toString());
        assertThat(text.err().lines()).hasSize(3).noneMatch(l -> l.contains("more problem"));
        JsonNode json = JSON.readTree(Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "json").out());
        assertThat(json.get("errors").asInt()).isEqualTo(3);
        assertThat(json.get("notShown").asInt()).isZero();
        JsonNode sarif = JSON.readTree(Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "sarif").out());
        assertThat(sarif.at("/runs/0/invocations").isMissingNode()).isTrue();
        assertThat(RulesToolkitTest.lastLine(Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "github").out()))
                .isEqualTo("the rule set or its cases did not load: 3 problems (see above; fix them, then run again)");
    }

    @Test
    void rulesTestCountsSixtyInJsonAndJunitListsFiftyAndOneFailingCheckForTheRest() throws Exception {
        sixtyMistakes();
        Path junit = temp.resolve("results.xml");
        Cli.Result r = Cli.run("rules", "test", "--rules", rules.toString(), "--format", "json", "--junit", junit.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("errors").asInt()).isEqualTo(60);
        assertThat(report.get("notShown").asInt()).isEqualTo(10);
        assertThat(report.get("problems")).hasSize(50);
        assertThat(r.err().lines()).hasSize(51).last().isEqualTo(more);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(51);
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("51");
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < failures.getLength(); i++) {
            messages.add(((Element) failures.item(i)).getAttribute("message"));
        }
        assertThat(messages).filteredOn(m -> m.contains("REACH_OTU")).hasSize(50);
        assertThat(messages).containsOnlyOnce(more);
    }

    @Test
    void rulesTestForGithubCountsAllSixtyInItsSummary() throws IOException {
        sixtyMistakes();
        Cli.Result r = Cli.run("rules", "test", "--rules", rules.toString(), "--format", "github");
        assertThat(r.out().lines().filter(l -> l.startsWith("::error "))).hasSize(50);
        assertThat(RulesToolkitTest.lastLine(r.out())).contains("60 problems, the first 50 above, 10 not shown");
    }

    @Test
    void rulesDiffCountsSixtyAndListsFiftyInJson() throws IOException {
        sixtyMistakes();
        JsonNode report = JSON.readTree(Cli.run("rules", "diff", "--rules", rules.toString(), "--base",
                RulesToolkitTest.RULES.toString(), "--format", "json").out());
        assertThat(report.get("errors").asInt()).isEqualTo(60);
        assertThat(report.get("notShown").asInt()).isEqualTo(10);
        assertThat(report.get("problems")).hasSize(50);
    }

    @Test
    void problemsComeByFileThenLineThenColumnInText() throws IOException {
        mistakesInTwoFiles();
        List<String[]> places = LoadProblemsInEveryFormatTest.places(Cli.run("rules", "lint", "--rules", rules.toString()).err());
        assertThat(places).extracting(p -> Path.of(p[0]).getFileName().toString())
                .containsExactly("gifts.json", "gifts.json", "safety.json");
        assertThat(Integer.parseInt(places.get(0)[1]) * 1000 + Integer.parseInt(places.get(0)[2]))
                .isLessThan(Integer.parseInt(places.get(1)[1]) * 1000 + Integer.parseInt(places.get(1)[2]));
    }

    @Test
    void everyFormatListsTheProblemsInTheSameOrderAsText() throws IOException {
        mistakesInTwoFiles();
        List<String> text = problemLines(Cli.run("rules", "lint", "--rules", rules.toString()).err()).stream()
                .map(l -> l.substring(0, l.indexOf(": "))).toList();
        List<String> json = new ArrayList<>();
        JSON.readTree(Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "json").out()).get("findings")
                .forEach(f -> json.add(f.get("file").asText() + ":" + f.get("line").asInt() + ":" + f.get("column").asInt()));
        List<String> sarif = new ArrayList<>();
        JSON.readTree(Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "sarif").out()).at("/runs/0/results")
                .forEach(res -> {
                    JsonNode at = res.at("/locations/0/physicalLocation");
                    sarif.add(Path.of(java.net.URI.create(at.at("/artifactLocation/uri").asText())) + ":"
                            + at.at("/region/startLine").asInt() + ":" + at.at("/region/startColumn").asInt());
                });
        List<String> github = Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "github").out().lines()
                .filter(l -> l.startsWith("::error ")).map(l -> l.replaceAll("^::error file=([^,]+),line=(\\d+),col=(\\d+).*$", "$1:$2:$3"))
                .toList();
        List<String> testJson = new ArrayList<>();
        JSON.readTree(Cli.run("rules", "test", "--rules", rules.toString(), "--format", "json").out()).get("problems")
                .forEach(p -> testJson.add(p.get("file").asText() + ":" + p.get("line").asInt() + ":" + p.get("column").asInt()));
        assertThat(text).hasSize(3);
        assertThat(json).isEqualTo(text);
        assertThat(sarif).isEqualTo(text);
        assertThat(github).isEqualTo(text);
        assertThat(testJson).isEqualTo(text);
    }
}
