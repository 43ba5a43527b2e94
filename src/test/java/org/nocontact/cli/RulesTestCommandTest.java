package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** `nocontact rules test` as CI sees it: exit status, JUnit XML, formats, and the traps rule authors fall into. */
class RulesTestCommandTest {
    /** What the Jenkins xunit plugin's junit-10.xsd allows on each element (attributes) and below it (children). */
    static final Set<String> SUITES_ATTRIBUTES = Set.of("name", "time", "tests", "failures", "errors");
    static final Set<String> SUITE_ATTRIBUTES = Set.of("name", "tests", "failures", "errors", "group", "time", "skipped",
            "timestamp", "hostname", "id", "package", "file", "log", "url");
    static final Set<String> SUITE_REQUIRED = Set.of("name", "tests", "failures", "errors");
    static final Set<String> CASE_ATTRIBUTES = Set.of("name", "time", "classname", "group");
    static final Set<String> CASE_CHILDREN = Set.of("skipped", "error", "failure", "system-out", "system-err");
    static final Set<String> FAILURE_ATTRIBUTES = Set.of("type", "message");

    @TempDir
    Path temp;
    Path copy;
    Path junit;

    @BeforeEach
    void copyTheRules() throws IOException {
        copy = temp.resolve("rules");
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("rules"), copy);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
        junit = temp.resolve("results.xml");
    }

    Cli.Result test(String... more) {
        List<String> args = new ArrayList<>(List.of("rules", "test", "--rules", copy.toString(), "--junit", junit.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    static Document xml(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    /** The structure junit-10.xsd demands, checked element by element, and counts that add up. */
    static void assertStrictJUnit(Document doc) {
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(names(root.getAttributes())).isSubsetOf(SUITES_ATTRIBUTES);
        int tests = 0;
        int failures = 0;
        for (Element suite : children(root)) {
            assertThat(suite.getTagName()).isEqualTo("testsuite");
            assertThat(names(suite.getAttributes())).isSubsetOf(SUITE_ATTRIBUTES).containsAll(SUITE_REQUIRED);
            int suiteFailures = 0;
            List<Element> cases = children(suite);
            for (Element testcase : cases) {
                assertThat(testcase.getTagName()).isEqualTo("testcase");
                assertThat(names(testcase.getAttributes())).isSubsetOf(CASE_ATTRIBUTES).contains("name");
                for (Element child : children(testcase)) {
                    assertThat(child.getTagName()).isIn(CASE_CHILDREN);
                    assertThat(names(child.getAttributes())).isSubsetOf(FAILURE_ATTRIBUTES);
                    suiteFailures += child.getTagName().equals("failure") ? 1 : 0;
                }
            }
            assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
            assertThat(suite.getAttribute("failures")).isEqualTo(Integer.toString(suiteFailures));
            tests += cases.size();
            failures += suiteFailures;
        }
        assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(tests));
        assertThat(root.getAttribute("failures")).isEqualTo(Integer.toString(failures));
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    static List<String> names(NamedNodeMap attributes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            out.add(attributes.item(i).getNodeName());
        }
        return out;
    }

    static List<String> suiteNames(Document doc) {
        return children(doc.getDocumentElement()).stream().map(s -> s.getAttribute("name")).toList();
    }

    @Test
    void theShippedCasesGiveStrictJUnitWithASuitePerCaseFile() throws Exception {
        Cli.Result r = test("--min-coverage", "100");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        Document doc = xml(junit);
        assertStrictJUnit(doc);
        assertThat(suiteNames(doc)).containsExactly(copy.resolve("tests/standard.json").toString(),
                copy.resolve("tests/strict.json").toString(), "coverage");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void coverageIsPerProfileAndAMissedMinimumIsAFailingTestCase() throws Exception {
        Cli.Result r = test("--min-coverage", "100", copy.resolve("tests/strict.json").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsPattern("coverage, profile strict: (\\d+) of \\1 rules decide in some case \\(100.0%\\)")
                .containsPattern("coverage, profile standard: 0 of \\d+ rules")
                .contains("coverage of profile standard is 0.0%, below the minimum of 100.0%");
        Document doc = xml(junit);
        assertStrictJUnit(doc);
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue())
                .isEqualTo("coverage of profile standard is 0.0%, below the minimum of 100.0%");
    }

    @Test
    void aRuleFileThatDoesNotLoadIsExit2AndStillAFailingTestInTheReport() throws Exception {
        Path gifts = copy.resolve("gifts.json");
        Files.writeString(gifts, Files.readString(gifts).replaceFirst("\"DO_NOT_CONTACT\"", "\"DO_NOT_CONTCT\""));
        Cli.Result r = test();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(gifts + ":7:18: rules[0].verdict: ");
        Document doc = xml(junit);
        assertStrictJUnit(doc);
        assertThat(suiteNames(doc)).containsExactly(gifts.toString());
        assertThat(doc.getElementsByTagName("failure").item(0).getTextContent()).startsWith(gifts + ":7:18: rules[0].verdict");
    }

    @Test
    void aRuleIdInACaseThatNoRuleHasIsWrongInputWhereverItIs() throws IOException {
        Path strict = copy.resolve("tests/strict.json");
        String original = Files.readString(strict);
        Files.writeString(strict, original.replace("\"doesNotApply\": [\"invite-when-ready\"]", "\"doesNotApply\": [\"invite-when-redy\"]"));
        Cli.Result r = test();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(strict + ":14:")
                .contains("cases[0].expect.doesNotApply[0]: case \"no timer: a complete period changes nothing\": "
                        + "\"invite-when-redy\" is not a rule of this rule set; did you mean \"invite-when-ready\"?");

        Files.writeString(strict, original.replace("\"decidedBy\": \"strict-say-it-once\"", "\"decidedBy\": \"say-it-once\""));
        Cli.Result decided = test();
        assertThat(decided.exitCode()).isEqualTo(2);
        assertThat(decided.err()).contains("expect.decidedBy: ", "\"say-it-once\" is not a rule of this rule set");

        Files.writeString(strict, original.replace("\"decidedBy\": \"strict-say-it-once\"", "\"decidedBy\": \"hold-the-period\""));
        assertThat(test().err()).contains("\"hold-the-period\" is not in profile strict, so it can never apply there.");
    }

    @Test
    void aRunFailedByCoverageBelowTheMinimumNeverEndsWithAPlainZeroFailed() throws Exception {
        Path strict = copy.resolve("tests/strict.json");
        List<String> lines = new ArrayList<>(Files.readAllLines(strict));
        int at = lines.indexOf(lines.stream().filter(l -> l.contains("\"name\": \"never said it: say it once\"")).findFirst()
                .orElseThrow());
        lines.subList(at, at + 2).clear(); // the one case where strict-say-it-once decides
        Files.write(strict, lines);
        Cli.Result r = test("--no-interview", "--min-coverage", "100");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).containsPattern("coverage of profile strict is 9\\d\\.\\d%, below the minimum of 100\\.0%")
                .containsPattern("\\d+ passed, 0 failed, and 1 other check failed \\(see above\\)\n$");
        assertThat(test("--no-interview").out()).as("without a minimum the run passes, and says only the counts")
                .containsPattern("\\d+ passed, 0 failed\n$");
    }

    @Test
    void anEmptyTestsFolderIsAFailureNotASuccess() throws Exception {
        Files.delete(copy.resolve("tests/standard.json"));
        Files.delete(copy.resolve("tests/strict.json"));
        Cli.Result r = test();
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("no cases were found in " + copy.resolve("tests")).endsWith("0 passed, 0 failed, and 1 other check failed (see above)\n");
        Document doc = xml(junit);
        assertStrictJUnit(doc);
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");

        Path empty = temp.resolve("empty.json");
        Files.writeString(empty, "{\"cases\": []}");
        assertThat(Cli.run("rules", "test", "--rules", copy.toString(), empty.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aReportThatCannotBeWrittenIsAWrongOptionNotAFault() throws IOException {
        Cli.Result missing = Cli.run("rules", "test", "--rules", copy.toString(), "--junit", temp.resolve("no/such/dir/r.xml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo(temp.resolve("no/such/dir/r.xml") + ": --junit: the folder "
                + temp.resolve("no/such/dir") + " does not exist; create it first.\n");
        Cli.Result folder = Cli.run("rules", "test", "--rules", copy.toString(), "--junit", temp.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("--junit needs a file name, and this is a folder.");
    }

    @Test
    void controlCharactersInACaseNameAreShownEscapedEverywhere() throws Exception {
        Path strict = copy.resolve("tests/strict.json");
        Files.writeString(strict, Files.readString(strict)
                .replace("\"no timer: a complete period changes nothing\"", "\"red \\u001b[31mtext\"")
                .replace("\"decidedBy\": \"strict-wait-for-them\", \"reconsiderOn\": null, \"doesNotApply\"",
                        "\"decidedBy\": \"moving-on\", \"reconsiderOn\": null, \"doesNotApply\""));
        for (String format : List.of("text", "github")) {
            Cli.Result r = test("--format", format);
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).as(format).contains("red \\u001b[31mtext").doesNotContain("\u001b");
        }
        assertThat(Files.readString(junit)).contains("red \\u001b[31mtext").doesNotContain("\u001b");
    }

    @Test
    void githubAndJsonFormatsCarryTheFailingCaseAndItsPlace() throws Exception {
        Path strict = copy.resolve("tests/strict.json");
        Files.writeString(strict, Files.readString(strict).replace("\"decidedBy\": \"strict-say-it-once\"", "\"decidedBy\": \"you-ended-it\""));
        Cli.Result github = test("--format", "github");
        assertThat(github.exitCode()).isEqualTo(1);
        assertThat(github.out()).contains("::error file=" + strict + ",line=21,col=5,title=nocontact rules test::never said it: say it once: "
                + "decided by: expected you-ended-it, got strict-say-it-once\n").endsWith(" passed, 1 failed\n");
        JsonNode json = new ObjectMapper().readTree(test("--format", "json").out());
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        JsonNode failing = json.get("cases").findParents("passed").stream().filter(c -> !c.get("passed").asBoolean()).findFirst().orElseThrow();
        assertThat(failing.get("file").asText()).isEqualTo(strict.toString());
        assertThat(failing.get("line").asInt()).isEqualTo(21);
        assertThat(failing.get("failures").get(0).asText()).isEqualTo("decided by: expected you-ended-it, got strict-say-it-once");
    }
}
