package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/**
 * Every kind of `rules test --junit` report is valid against the Jenkins xUnit plugin's junit-10.xsd
 * (copied in src/test/resources, see its NOTICE.md), checked with the JDK's XML Schema validator:
 * every case passing with coverage, a failing case, case files that do not load, a flood of rule
 * problems cut short, and no cases at all.
 */
class JUnitXmlIsValidTest {
    private static Schema junit10;

    @TempDir
    Path temp;
    Path rules;
    Path report;

    @BeforeAll
    static void readTheSchema() throws SAXException {
        URL xsd = JUnitXmlIsValidTest.class.getResource("schemas/junit-10.xsd");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        junit10 = factory.newSchema(xsd);
    }

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        rules = temp.resolve("rules");
        RulesToolkitTest.copyTree(RulesToolkitTest.RULES, rules);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
        report = temp.resolve("results.xml");
    }

    static void validate(String xml) throws IOException, SAXException {
        junit10.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private String junitOf(int exitCode, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("rules", "test", "--rules", rules.toString(), "--junit", report.toString(),
                "--no-interview"));
        args.addAll(List.of(more));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(exitCode);
        return Files.readString(report);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Test
    void theSchemaRefusesAReportThatBreaksIt() throws Exception {
        String xml = junitOf(0);
        validate(xml);
        assertThatThrownBy(() -> validate(xml.replaceFirst("<testcase ", "<testcase colour=\"red\" ")))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void everyCasePassingWithCoverageIsValid() throws Exception {
        String xml = junitOf(0, "--coverage");
        assertThat(xml).contains("coverage");
        validate(xml);
    }

    @Test
    void aFailingCaseIsValid() throws Exception {
        edit("tests/strict.json", "\"decidedBy\": \"strict-say-it-once\"", "\"decidedBy\": \"you-ended-it\"");
        String xml = junitOf(1);
        assertThat(xml).contains("<failure ");
        validate(xml);
    }

    @Test
    void caseFilesThatDoNotLoadAreValid() throws Exception {
        edit("tests/standard.json", "\"verdict\": \"SEEK_SUPPORT\"", "\"verdict\": \"SEEK_SUPORT\"");
        String xml = junitOf(2);
        assertThat(xml).contains("SEEK_SUPORT");
        validate(xml);
    }

    @Test
    void aFloodOfRuleProblemsCutShortIsValid() throws Exception {
        ProblemCountsAndOrderTest.flood(rules, 55);
        String xml = junitOf(2);
        assertThat(xml).contains("and 5 more problems not shown");
        validate(xml);
    }

    @Test
    void noCasesAtAllIsValid() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("no-cases"));
        String xml = junitOf(1, empty.toString());
        assertThat(xml).contains("has cases");
        validate(xml);
    }
}
