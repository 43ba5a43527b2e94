package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 * Sixty mistakes in one rule file (a-flood.json, which sorts first) and one typo in a file that sorts
 * after it (the draft rules, or a case file): the cap of 50 stays, but the other file's typo is among
 * those listed, in every format, and what is not shown is counted by file.
 */
class EveryBrokenFileShownTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    Path rules;
    Path flood;

    @BeforeEach
    void sixtyMistakesInAFileThatSortsFirst() throws IOException {
        rules = temp.resolve("rules");
        RulesToolkitTest.copyTree(RulesToolkitTest.RULES, rules);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
        ProblemCountsAndOrderTest.flood(rules, 60, "a-flood.json");
        flood = rules.resolve("a-flood.json");
    }

    /** One typo in drafts.json: a draft rule's misspelt field. */
    private Path typoInTheDraftRules() throws IOException {
        RulesToolkitTest.editFirst(rules, "drafts.json", "\"instead\":", "\"insted\":");
        return rules.resolve("drafts.json");
    }

    /** One typo in a case file: a misspelt verdict. */
    private Path typoInACaseFile() throws IOException {
        RulesToolkitTest.editFirst(rules, "tests/standard.json", "\"verdict\": \"SEEK_SUPPORT\"", "\"verdict\": \"SEEK_SUPORT\"");
        return rules.resolve("tests/standard.json");
    }

    private String notShownLine() {
        return "and 11 more problems not shown (11 in " + flood + "); fix these first.";
    }

    @Test
    void lintInTextListsTheDraftRulesTypoAmongTheFiftyAndCountsTheRestByFile() throws IOException {
        Path drafts = typoInTheDraftRules();
        Cli.Result r = Cli.run("rules", "lint", "--rules", rules.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(51);
        assertThat(lines.subList(0, 50)).filteredOn(l -> l.startsWith(drafts + ":")).singleElement()
                .satisfies(l -> assertThat(l).contains("insted"));
        assertThat(lines.subList(0, 50)).filteredOn(l -> l.startsWith(flood + ":")).hasSize(49);
        assertThat(lines.get(50)).isEqualTo(notShownLine());
    }

    @Test
    void lintAsJsonListsTheDraftRulesTypoAndCountsWhatIsNotShownByFile() throws IOException {
        Path drafts = typoInTheDraftRules();
        JsonNode report = JSON.readTree(Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "json").out());
        assertThat(report.get("errors").asInt()).isEqualTo(61);
        assertThat(report.get("notShown").asInt()).isEqualTo(11);
        assertThat(report.get("notShownByFile").size()).isEqualTo(1);
        assertThat(report.get("notShownByFile").get(flood.toString()).asInt()).isEqualTo(11);
        assertThat(report.get("findings")).hasSize(50);
        assertThat(files(report.get("findings"))).containsOnlyOnce(drafts.toString());
    }

    @Test
    void lintForGithubAnnotatesTheDraftRulesTypoAndItsSummaryNamesTheFileWithMore() throws IOException {
        Path drafts = typoInTheDraftRules();
        Cli.Result r = Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "github");
        assertThat(r.out().lines().filter(l -> l.startsWith("::error "))).hasSize(50)
                .filteredOn(l -> l.contains("file=" + GithubAnnotations.property(drafts.toString()) + ","))
                .singleElement().satisfies(l -> assertThat(l).contains("insted"));
        assertThat(RulesToolkitTest.lastLine(r.out())).isEqualTo("the rule set or its cases did not load: 61 problems, "
                + "the first 50 above, 11 not shown: 11 in " + flood + " (fix these first, then run again)");
    }

    @Test
    void lintAsSarifHasTheDraftRulesTypoAsAResultAndANotificationAtTheFileWithMore() throws IOException {
        Path drafts = typoInTheDraftRules();
        JsonNode run = JSON.readTree(Cli.run("rules", "lint", "--rules", rules.toString(), "--format", "sarif").out())
                .at("/runs/0");
        assertThat(run.get("results")).hasSize(50);
        List<String> uris = new ArrayList<>();
        run.get("results").forEach(res -> uris.add(res.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        assertThat(uris).containsOnlyOnce(drafts.toUri().toString());
        JsonNode notifications = run.at("/invocations/0/toolExecutionNotifications");
        assertThat(notifications).singleElement().satisfies(n -> {
            assertThat(n.at("/message/text").asText()).isEqualTo(notShownLine());
            assertThat(n.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(flood.toUri().toString());
        });
    }

    @Test
    void rulesTestListsTheCaseFileTypoInTextJsonGithubAndJunit() throws Exception {
        Path cases = typoInACaseFile();
        Path junit = temp.resolve("results.xml");
        Cli.Result text = Cli.run("rules", "test", "--rules", rules.toString(), "--junit", junit.toString());
        assertThat(text.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(text.err().lines()).hasSize(51).last().isEqualTo(notShownLine());
        assertThat(text.err().lines()).filteredOn(l -> l.startsWith(cases + ":")).singleElement()
                .satisfies(l -> assertThat(l).contains("SEEK_SUPORT"));

        JsonNode json = JSON.readTree(Cli.run("rules", "test", "--rules", rules.toString(), "--format", "json").out());
        assertThat(json.get("errors").asInt()).isEqualTo(61);
        assertThat(json.get("notShownByFile").get(flood.toString()).asInt()).isEqualTo(11);
        assertThat(files(json.get("problems"))).hasSize(50).containsOnlyOnce(cases.toString());

        Cli.Result github = Cli.run("rules", "test", "--rules", rules.toString(), "--format", "github");
        assertThat(github.out().lines().filter(l -> l.startsWith("::error ")))
                .filteredOn(l -> l.contains("file=" + GithubAnnotations.property(cases.toString()) + ",")).hasSize(1);
        assertThat(RulesToolkitTest.lastLine(github.out())).contains("11 not shown: 11 in " + flood);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(failuresIn(xml, cases.toString())).singleElement().satisfies(m -> assertThat(m).contains("SEEK_SUPORT"));
        assertThat(failuresIn(xml, flood.toString())).hasSize(50).containsOnlyOnce(notShownLine());
    }

    private static List<String> files(JsonNode problems) {
        List<String> files = new ArrayList<>();
        problems.forEach(p -> files.add(p.get("file").asText()));
        return files;
    }

    /** The failure messages of the JUnit suite for one file. */
    private static List<String> failuresIn(Document xml, String file) {
        List<String> messages = new ArrayList<>();
        NodeList suites = xml.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (!suite.getAttribute("file").equals(file)) {
                continue;
            }
            NodeList failures = suite.getElementsByTagName("failure");
            for (int j = 0; j < failures.getLength(); j++) {
                messages.add(((Element) failures.item(j)).getAttribute("message"));
            }
        }
        return messages;
    }
}
