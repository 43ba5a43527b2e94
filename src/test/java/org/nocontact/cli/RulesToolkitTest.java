package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** nocontact rules test | lint | diff, on the shipped rules (the project's own CI gate) and on broken copies. */
class RulesToolkitTest {
    static final Path RULES = Cli.ROOT.resolve("rules");

    @TempDir
    Path temp;
    Path copy;

    @BeforeEach
    void copyTheProjectLayout() throws IOException {
        copy = copyOfTheRules(temp);
    }

    /** Replaces the first place {@code from} stands in a copied rule file; fails if it is not there. */
    static void editFirst(Path rules, String file, String from, String to) throws IOException {
        Path path = rules.resolve(file);
        String text = Files.readString(path);
        int at = text.indexOf(from);
        assertThat(at).as(file + " holds " + from).isNotNegative();
        Files.writeString(path, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** A copy of the shipped rules/ in {@code dir}/rules, with docs/examples beside it as the cases name them. */
    static Path copyOfTheRules(Path dir) throws IOException {
        Path copy = dir.resolve("rules");
        copyTree(Cli.ROOT.resolve("rules"), copy);
        copyTree(Cli.ROOT.resolve("docs/examples"), dir.resolve("docs/examples"));
        return copy;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    /** Changes the verdict rules' files (the draft rules file names verdicts as keys, and stays as it is). */
    void replaceInRules(String from, String to) throws IOException {
        try (Stream<Path> files = Files.list(copy)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.endsWith("drafts.json")).toList()) {
                Files.writeString(f, Files.readString(f).replace(from, to));
            }
        }
    }

    /** "line:column" of the first occurrence of {@code text} in a file, as findings print it. */
    static String placeOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return (i + 1) + ":" + (lines.get(i).indexOf(text) + 1);
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void theShippedRulesPassEveryCaseWithFullCoverage() {
        Cli.Result r = Cli.run("rules", "test", "--rules", RULES.toString(), "--coverage", "--min-coverage", "100");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("coverage, profile standard: (\\d+) of \\1 rules decide in some case \\(100.0%\\)")
                .containsPattern("coverage, profile strict: (\\d+) of \\1 rules decide in some case \\(100.0%\\)");
        assertThat(lastLine(r.out())).matches("\\d+ passed, 0 failed");
    }

    @Test
    void theShippedRulesLintClean() {
        Cli.Result r = Cli.run("rules", "lint", "--rules", RULES.toString());
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("0 errors, 0 warnings\n");
    }

    @Test
    void turningEveryReachOutIntoNoContactFailsTheCasesReadably() throws Exception {
        replaceInRules("\"REACH_OUT\"", "\"DO_NOT_CONTACT\"");
        Path junit = temp.resolve("results.xml");
        // One case file is enough to show the report; the shipped cases all pass in the tests above.
        Cli.Result r = Cli.run("rules", "test", "--rules", copy.toString(), "--junit", junit.toString(),
                copy.resolve("tests/standard.json").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL " + copy.resolve("tests/standard.json") + ":")
                .contains("verdict: expected REACH_OUT, got DO_NOT_CONTACT", "decided    invite-when-ready -> DO_NOT_CONTACT");
        String last = lastLine(r.out());
        assertThat(last).matches("\\d+ passed, \\d+ failed");
        int failed = Integer.parseInt(last.replaceAll(".* passed, (\\d+) failed", "$1"));
        assertThat(failed).isPositive();

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo(Integer.toString(failed));
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(failed);
        assertThat(xml.getElementsByTagName("testcase").getLength()).isGreaterThan(failed);
    }

    @Test
    void coverageBelowTheMinimumFailsAndNamesTheRules() {
        Cli.Result r = Cli.run("rules", "test", "--rules", copy.toString(), "--min-coverage", "100",
                copy.resolve("tests/strict.json").toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("no case makes these apply:", "safety-self-harm", "coverage of profile standard is 0.0%, below the minimum of 100.0%");
        // the cases pass, the run fails: the last line says both
        assertThat(lastLine(r.out())).matches("\\d+ passed, 0 failed, and 1 other check failed \\(see above\\)");
    }

    @Test
    void aBrokenCaseFileIsAnInputError() throws IOException {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"cases\": [{\"name\": \"x\", \"situationFile\": \"docs/examples/i-ended-it.json\",\n"
                + " \"expect\": {\"verdict\": \"REACH_OUTT\"}}]}");
        Cli.Result r = Cli.run("rules", "test", "--rules", copy.toString(), bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(bad + ":2:").contains("cases[0].expect.verdict", "did you mean \"REACH_OUT\"");
        assertThat(r.out()).isEmpty();
        Files.writeString(bad, "{\"cases\": [{\"name\": \"x\", \"situationFile\": \"nowhere.json\",\n"
                + " \"expect\": {\"verdict\": \"REACH_OUT\"}}]}");
        Cli.Result missing = Cli.run("rules", "test", "--rules", copy.toString(), bad.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith(bad + ":1:").contains("cases[0].situationFile: ", "nowhere.json does not exist");
    }

    @Test
    void aRuleSetThatDoesNotLoadIsWrongInputForLintInEveryFormatWithEveryMistake() throws Exception {
        Path gifts = copy.resolve("gifts.json");
        Files.writeString(gifts, Files.readString(gifts).replaceFirst("\"DO_NOT_CONTACT\"", "\"DO_NOT_CONTCT\""));
        Path safety = copy.resolve("safety.json");
        Files.writeString(safety, Files.readString(safety).replaceFirst("\"no-contact-guide\"", "\"no-contact-guid\""));
        for (String format : List.of("text", "json", "github", "sarif")) {
            Cli.Result r = Cli.run("rules", "lint", "--rules", copy.toString(), "--format", format);
            assertThat(r.exitCode()).as(format).isEqualTo(2);
            if (format.equals("text")) {
                assertThat(r.out()).as(format).isEmpty();
            } else {
                // the requested format carries the same problems (see LoadProblemsInEveryFormatTest)
                assertThat(r.out()).as(format).contains("DO_NOT_CONTCT", "no-contact-guid");
            }
            assertThat(r.err().lines()).as(format).hasSize(2)
                    .anySatisfy(line -> assertThat(line).startsWith(safety + ":").contains("\"no-contact-guid\" is not a known source"))
                    .anySatisfy(line -> assertThat(line).startsWith(gifts + ":7:18: rules[0].verdict: \"DO_NOT_CONTCT\" is not a known value; did you mean \"DO_NOT_CONTACT\"?"));
        }
    }

    @Test
    void aBrokenRuleSetIsTheSameExitStatusForEveryCommand() throws Exception {
        Path gifts = copy.resolve("gifts.json");
        Files.writeString(gifts, Files.readString(gifts).replaceFirst("\"DO_NOT_CONTACT\"", "\"DO_NOT_CONTCT\""));
        String example = Cli.ROOT.resolve("docs/examples/valentines-text.json").toString();
        List<String[]> commands = List.of(
                new String[] {"check", "--rules", copy.toString(), example},
                new String[] {"rules", "test", "--rules", copy.toString()},
                new String[] {"rules", "lint", "--rules", copy.toString()},
                new String[] {"rules", "diff", "--base", RULES.toString(), "--rules", copy.toString()},
                new String[] {"rules", "diff", "--base", copy.toString(), "--rules", RULES.toString()});
        for (String[] command : commands) {
            Cli.Result r = Cli.run(command);
            String what = String.join(" ", command);
            assertThat(r.exitCode()).as(what).isEqualTo(2);
            assertThat(r.out()).as(what).isEmpty();
            assertThat(r.err()).as(what).startsWith(gifts + ":7:18: ");
        }
    }

    @Test
    void lintFindsContradictionsTiesUnplacedRulesAndUnusedThings() throws IOException {
        Path moving = copy.resolve("moving-on.json");
        String extra = """
                {"id": "impossible", "when": {"all": [{"fact": "goal", "is": "reconcile"}, {"fact": "goal", "is": "move-on"}]},
                 "verdict": "DO_NOT_CONTACT", "summary": "s", "reason": "r", "sources": ["dumped-you"]},
                {"id": "twin-of-gifts", "when": {"fact": "plan.action", "in": ["letter", "gift"]},
                 "verdict": "REACH_OUT", "summary": "s", "reason": "r", "sources": ["dumped-you"]},
                {"id": "nowhere", "verdict": "DO_NOT_CONTACT", "summary": "s", "reason": "r", "sources": ["dumped-you"]},
                """;
        Files.writeString(moving, Files.readString(moving).replace("\"rules\": [", "\"rules\": [" + extra));
        Path index = copy.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index)
                // the standard profile comes first: the two rules go into it only
                .replaceFirst(Pattern.quote("\"no-gifts-or-letters\",\n        \"reply-warmly\","),
                        "\"no-gifts-or-letters\",\n        \"twin-of-gifts\",\n        \"impossible\",\n        \"reply-warmly\",")
                .replace("\"wants-them-back\": { \"fact\": \"goal\", \"is\": \"reconcile\" }",
                        "\"wants-them-back\": { \"fact\": \"goal\", \"is\": \"reconcile\" },\n    \"unused-one\": { \"fact\": \"goal\", \"is\": \"friends\" }"));
        Files.writeString(copy.resolve("forgotten.json"), "{\"rules\": []}");
        Cli.Result r = Cli.run("rules", "lint", "--rules", copy.toString());
        assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
        assertThat(r.out())
                .contains("error: impossible.when: this condition can never be true: no valid situation meets it")
                .contains("warning: twin-of-gifts: in profile standard this rule never decides: wherever it applies, "
                        + "an earlier rule decides first (nearest first: no-gifts-or-letters, ")
                .contains("warning: nowhere: this rule is in no profile's precedence")
                .contains("error: nowhere: this rule (DO_NOT_CONTACT) and safety-self-harm (SEEK_SUPPORT) can both "
                        + "apply, for example where")
                .contains(index + ":" + placeOf(index, "\"unused-one\"") + ": warning: definitions.unused-one: this definition is not used")
                .contains("forgotten.json:1:1: warning: this file is not listed in \"files\"");
        assertThat(lastLine(r.out())).matches("2 errors, \\d+ warnings");
    }

    @Test
    void anUnnamedDraftsFileIsToBeNamedWithDraftsNotListedInFiles() throws IOException {
        Path index = copy.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replace("\"drafts\": \"drafts.json\",", ""));
        Cli.Result lint = Cli.run("rules", "lint", "--rules", copy.toString());
        assertThat(lint.out()).contains(copy.resolve("drafts.json") + ":1:1: warning: this file holds draft rules but "
                + "is not named by ruleset.json, so they are not loaded; name it with \"drafts\": \"drafts.json\"")
                .doesNotContain("drafts.json:1:1: warning: this file is not listed in \"files\"");
        Files.writeString(index, Files.readString(index).replace("\"strict.json\"\n", "\"strict.json\", \"drafts.json\"\n"));
        Cli.Result listed = Cli.run("rules", "lint", "--rules", copy.toString());
        assertThat(listed.exitCode()).isEqualTo(2);
        assertThat(listed.err()).startsWith(index + ":" + placeOf(index, "\"drafts.json\"") + ": files[10]: "
                + "\"drafts.json\" holds draft rules, not rules; remove it from \"files\" and name it with "
                + "\"drafts\": \"drafts.json\".");
        assertThat(listed.out()).isEmpty();
    }

    @Test
    void diffReportsTheChangedGroupsWithAnExample() throws IOException {
        Cli.Result same = Cli.run("rules", "diff", "--base", RULES.toString(), "--rules", copy.toString(), "--fail-on-change");
        assertThat(same.exitCode()).as(same.out() + same.err()).isZero();
        assertThat(same.out()).contains("no situation changes outcome").endsWith("0 regions, 0 cases and 0 draft notes changed\n");

        replaceInRules("\"REACH_OUT\"", "\"DO_NOT_CONTACT\"");
        Cli.Result changed = Cli.run("rules", "diff", "--base", RULES.toString(), "--rules", copy.toString(), "--fail-on-change");
        assertThat(changed.exitCode()).isEqualTo(1);
        assertThat(changed.out()).containsPattern("REACH_OUT -> DO_NOT_CONTACT \\(profile standard\\): \\d+ regions?\n"
                        + "  rule [a-z-]+; changed: verdict:\n")
                .contains("\n  rule invite-when-ready; changed: verdict:\n")
                .containsPattern("REACH_OUT -> DO_NOT_CONTACT \\(profile strict\\): \\d+ regions?\n  rule [a-z-]+; changed: verdict:")
                .contains("case changed: ", "witness: {\"today\":", "\"goal\":")
                .doesNotContain("-> REACH_OUT");
        assertThat(Cli.run("rules", "diff", "--base", RULES.toString(), "--rules", copy.toString()).exitCode()).isZero();
    }

    @Test
    void diffNeedsABase() {
        Cli.Result r = Cli.run("rules", "diff");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--base=DIR'");
    }
}
