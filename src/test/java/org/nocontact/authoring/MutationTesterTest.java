package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.analysis.Budget;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/** `rules test --mutants`: the mistakes made, the score, the survivors and their witnesses, the bound. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class MutationTesterTest {
    static final Path ROOT = AuthorsSmallThingsTest.ROOT;

    /** The shipped rules folder and its cases, read once for this class (through the loader as it is now). */
    private RuleSet shipped;
    private List<TestCase> shippedCases;

    @BeforeAll
    void readTheShippedRulesAndCases() {
        shipped = RuleSetLoader.load(RuleFiles.folder(ROOT.resolve("rules")));
        shippedCases = new CaseLoader().load(List.of(ROOT.resolve("rules/tests")));
    }

    static String index() {
        return ROOT.resolve("rules/ruleset.json").toString();
    }

    @Test
    void theShippedCasesKillEveryMutantOfTheShippedRules() {
        MutationTester.Report report = MutationTester.run(shipped, index(), shippedCases);
        assertThat(report.survivors()).as("survivors").isEmpty();
        assertThat(report.complete()).isTrue();
        assertThat(report.killed()).isGreaterThan(200);
        assertThat(report.score()).isEqualTo(100.0);
    }

    @Test
    void withOneCaseRemovedItsSurvivorIsNamedWithACaseThatKillsItWhenPastedBack(@TempDir Path dir) throws IOException {
        RuleSet rules = shipped;
        List<TestCase> fewer = new ArrayList<>(shippedCases);
        assertThat(fewer.removeIf(c -> c.name().equals("row 6: their graduation during the period"))).isTrue();
        MutationTester.Report report = MutationTester.run(rules, index(), fewer);

        assertThat(report.survivors()).hasSize(1);
        MutationTester.Survivor survivor = report.survivors().get(0);
        assertThat(survivor.mutant().kind()).isEqualTo(Mutant.Kind.NAME_DROPPED);
        assertThat(survivor.mutant().change()).contains("occasion-during-period").contains("graduation dropped");
        // At the line of the "in" list in the rule file, not just the rule's.
        assertThat(survivor.mutant().file()).endsWith("occasions.json");
        int line = lineOf(ROOT.resolve("rules/occasions.json"), "\"graduation\"");
        assertThat(survivor.mutant().position().line()).isEqualTo(line);
        assertThat(report.score()).isLessThan(100.0);

        String pasted = "{ \"cases\": [\n" + WitnessCase.of(survivor) + "\n] }";
        List<TestCase> witness = new CaseLoader().load(pasted.getBytes(StandardCharsets.UTF_8), dir.resolve("w.json"));
        assertThat(witness).hasSize(1);
        assertThat(new CaseRunner(rules).run(witness.get(0)).passed()).as("passes on the rules as written").isTrue();
        fewer.addAll(witness);
        MutationTester.Report again = MutationTester.run(rules, index(), fewer);
        assertThat(again.survivors()).isEmpty();
        assertThat(again.score()).isEqualTo(100.0);
    }

    @Test
    void theMistakesAreDerivedFromTheRulesGiven(@TempDir Path dir) throws IOException {
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(small(dir)));
        List<String> changes = Mutants.of(rules, "ruleset.json").stream().map(m -> m.kind() + " " + m.change()).toList();
        assertThat(changes).contains(
                "BOUND_MOVED rule angry: emotions.anger is at least 7 moved to emotions.anger is at least 6",
                "BOUND_MOVED rule angry: emotions.anger is at least 7 moved to emotions.anger is at least 8",
                "COMPARISON_SWAPPED rule angry: emotions.anger is at least 7 swapped to at most",
                "NAME_DROPPED rule angry: unsure dropped from goal is one of reconcile, unsure",
                "CONDITION_DROPPED rule angry: emotions.anger is at least 7 dropped from its all",
                "BOOLEAN_FLIPPED rule blocked: boundaries.blocked is true flipped to false",
                "VERDICT_CHANGED rule blocked: verdict DO_NOT_CONTACT changed to SEEK_SUPPORT",
                "PRECEDENCE_SWAPPED profile p: blocked and sad swapped",
                "RULE_DROPPED profile p: angry dropped");
        // The bound moves to the next bound the rule set uses for the fact: sadness is cut at 4 and 8 here.
        assertThat(changes).contains("BOUND_MOVED rule sad: emotions.sadness is at least 8 moved to emotions.sadness is at least 4")
                .doesNotContain("RULE_DROPPED profile p: catch-all dropped");
    }

    @Test
    void survivorsEquivalentMutantsAndTheScoreOfASmallSet(@TempDir Path dir) throws IOException {
        Path rulesDir = small(dir);
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(rulesDir));
        List<TestCase> cases = new CaseLoader().load(List.of(rulesDir.resolve("tests")));
        List<Path> before = files(rulesDir);
        MutationTester.Report report = MutationTester.run(rules, rulesDir.resolve("ruleset.json").toString(), cases);
        assertThat(files(rulesDir)).as("mutants stay in memory").isEqualTo(before);
        // blocked and sad never apply together: swapping them changes nothing, and the diff proves it.
        assertThat(report.equivalent()).isPositive();
        assertThat(report.survivors()).extracting(s -> s.mutant().change())
                .contains("rule angry: emotions.anger is at least 7 moved to emotions.anger is at least 8")
                .doesNotContain("profile p: blocked and sad swapped");
        assertThat(report.score()).isLessThan(100.0).isGreaterThan(0.0);
        assertThat(report.made()).isEqualTo(report.killed() + report.equivalent() + report.survivors().size());
    }

    @Test
    void aSpentBudgetSaysWhatWasNotTriedAndIsNotFinished(@TempDir Path dir) throws IOException {
        Path rulesDir = small(dir);
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(rulesDir));
        List<TestCase> cases = new CaseLoader().load(List.of(rulesDir.resolve("tests")));
        MutationTester.Report report = MutationTester.run(rules, "ruleset.json", cases, Budget.of(1), 1_000_000, 100);
        assertThat(report.complete()).isFalse();
        assertThat(report.notTried()).isPositive();
        assertThat(report.notFinished()).hasValueSatisfying(why -> assertThat(why).contains("budget"));

        MutationTester.Report few = MutationTester.run(rules, "ruleset.json", cases, Budget.standard(), 1_000_000, 3);
        assertThat(few.notTried()).isEqualTo(few.made() - 3);
        assertThat(few.notFinished()).hasValueSatisfying(why -> assertThat(why).contains("more than 3 mutants"));
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

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.sorted().toList();
        }
    }

    /** Three rules and a catch-all, with cases that leave some mistakes unnoticed. */
    public static Path small(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("tests"));
        String texts = "\"summary\": \"S.\", \"reason\": \"R.\", \"sources\": [\"a\"]";
        Files.writeString(folder.resolve("rules.json"), "{\"rules\": [\n"
                + "{\"id\": \"angry\", \"when\": {\"all\": [\n  {\"fact\": \"emotions.anger\", \"atLeast\": 7},\n"
                + "  {\"fact\": \"goal\", \"in\": [\"reconcile\", \"unsure\"]}]},\n \"verdict\": \"DO_NOT_CONTACT\", " + texts + "},\n"
                + "{\"id\": \"blocked\", \"when\": {\"fact\": \"boundaries.blocked\", \"is\": true}, \"verdict\": \"DO_NOT_CONTACT\", "
                + texts + "},\n"
                + "{\"id\": \"sad\", \"when\": {\"all\": [{\"fact\": \"boundaries.blocked\", \"is\": false}, "
                + "{\"fact\": \"emotions.sadness\", \"atLeast\": 8}]}, \"verdict\": \"RESPOND_BRIEFLY\", " + texts + "},\n"
                + "{\"id\": \"calm\", \"when\": {\"fact\": \"emotions.sadness\", \"atMost\": 3}, \"verdict\": \"LOGISTICS_ONLY\", "
                + texts + "},\n"
                + "{\"id\": \"catch-all\", \"verdict\": \"REACH_OUT\", " + texts + "}]}\n");
        Files.writeString(folder.resolve("ruleset.json"), "{\"name\": \"small\", \"files\": [\"rules.json\"], "
                + "\"sources\": {\"a\": \"an article\"}, \"defaultProfile\": \"p\", \"profiles\": {\"p\": {\"precedence\": "
                + "[\"angry\", \"blocked\", \"sad\", \"calm\", \"catch-all\"]}}}\n");
        Files.writeString(folder.resolve("tests/cases.json"), "{\"base\": {\"today\": \"2027-03-31\", "
                + "\"breakup\": {\"date\": \"2027-02-20\", \"initiatedBy\": \"them\"}, \"goal\": \"reconcile\", "
                + "\"emotions\": {\"anger\": 2, \"sadness\": 5, \"confidence\": 7}, \"plan\": {\"action\": \"text\", \"purpose\": \"reconcile\"}},\n"
                + "\"cases\": [\n"
                + "{\"name\": \"very angry\", \"with\": {\"emotions.anger\": 9}, \"expect\": {\"verdict\": \"DO_NOT_CONTACT\", \"decidedBy\": \"angry\"}},\n"
                + "{\"name\": \"blocked\", \"with\": {\"boundaries.blocked\": true}, \"expect\": {\"verdict\": \"DO_NOT_CONTACT\", \"decidedBy\": \"blocked\"}},\n"
                + "{\"name\": \"very sad\", \"with\": {\"emotions.sadness\": 9}, \"expect\": {\"verdict\": \"RESPOND_BRIEFLY\", \"decidedBy\": \"sad\"}},\n"
                + "{\"name\": \"calm\", \"with\": {\"emotions.sadness\": 1}, \"expect\": {\"verdict\": \"LOGISTICS_ONLY\", \"decidedBy\": \"calm\"}},\n"
                + "{\"name\": \"otherwise\", \"expect\": {\"verdict\": \"REACH_OUT\", \"decidedBy\": \"catch-all\"}}]}\n");
        return folder;
    }
}
