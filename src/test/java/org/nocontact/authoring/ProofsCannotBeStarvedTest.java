package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.json.InputException;
import org.nocontact.rules.checks.Limits;
import org.nocontact.analysis.Budget;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/**
 * A rule set from a stranger cannot starve lint's proofs into a pass: padding that makes the work
 * large is counted as the work it is (value classes tested), an invariant that could not be proved
 * is an error, and what could not be covered is an error too. The rule sets are generated here.
 */
class ProofsCannotBeStarvedTest {
    private static final String[] NUMBERS = {"breakup.daysAgo", "emotions.anger", "emotions.sadness",
            "emotions.confidence", "noContact.daysHeld", "history.unansweredMessages"};

    @TempDir
    Path dir;

    /**
     * The probe of issue 22: a first rule "selfHarm is false and any of {@code parts} two-part
     * comparisons", then "selfHarm -> REACH_OUT, go ahead", under an invariant that self-harm
     * always gives SEEK_SUPPORT.
     */
    Path paddedSafetyHole(int parts) throws IOException {
        StringBuilder any = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            any.append(i == 0 ? "" : ",\n").append("{\"all\": [{\"fact\": \"").append(NUMBERS[i % 6])
                    .append("\", \"atLeast\": ").append(i % 400).append("}, {\"fact\": \"")
                    .append(NUMBERS[(i / 6 + 1) % 6]).append("\", \"atMost\": ").append((i * 7) % 400).append("}]}");
        }
        Files.writeString(dir.resolve("rules.json"), """
                {"rules": [
                 {"id": "padded", "when": {"all": [{"fact": "safety.selfHarm", "is": false}, {"any": [ANY]}]},
                  "verdict": "DO_NOT_CONTACT", "summary": "Hold.", "reason": "Because.", "sources": ["a"]},
                 {"id": "harm", "when": {"fact": "safety.selfHarm", "is": true},
                  "verdict": "REACH_OUT", "summary": "Go ahead.", "reason": "Because.", "sources": ["a"]},
                 {"id": "catch-all", "verdict": "DO_NOT_CONTACT", "summary": "Hold.", "reason": "Because.",
                  "sources": ["a"]}]}""".replace("ANY", any));
        Files.writeString(dir.resolve("ruleset.json"), """
                {"name": "hostile", "files": ["rules.json"], "sources": {"a": "an article"},
                 "profiles": {"standard": {"precedence": ["padded", "harm", "catch-all"]}},
                 "invariants": [{"id": "safety-first", "when": {"fact": "safety.selfHarm", "is": true},
                                 "expect": {"verdict": "SEEK_SUPPORT"}}]}""");
        return dir;
    }

    @Test
    void paddingTheFirstRuleWithThousandsOfComparisonsDoesNotHideABrokenSafetyInvariant() throws IOException {
        List<Finding> findings = Linter.lint(paddedSafetyHole(3300));
        assertThat(findings).filteredOn(f -> f.kind() == Finding.Kind.INVARIANT_BROKEN).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
                    assertThat(f.message()).contains("harm gives REACH_OUT", "counterexample", "\"selfHarm\": true");
                });
        assertThat(findings).noneMatch(f -> f.kind() == Finding.Kind.NOT_PROVED || f.kind() == Finding.Kind.NOT_COVERED);
    }

    @Test
    void anInvariantTheBudgetCouldNotProveIsAnErrorThatSaysNotProved() throws IOException {
        paddedSafetyHole(3);
        Files.writeString(dir.resolve("ruleset.json"), Files.readString(dir.resolve("ruleset.json"))
                .replace("\"expect\": {\"verdict\": \"SEEK_SUPPORT\"}", "\"never\": {\"verdict\": \"SEEK_SUPPORT\"}"));
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(dir));
        List<Finding> findings = RuleAnalysis.findings(rules, "ruleset.json", Budget.of(5));
        assertThat(findings).filteredOn(f -> f.path().equals("invariants.safety-first")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.NOT_PROVED);
            assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
            assertThat(f.message()).startsWith("not proved: in profile standard").contains("budget");
        });
    }

    @Test
    void whatTheAnalysisCouldNotCoverIsAnErrorUnlessIncompletenessIsAccepted() throws IOException {
        paddedSafetyHole(3);
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(dir));
        List<Finding> starved = RuleAnalysis.findings(rules, "ruleset.json", Budget.of(5));
        assertThat(starved).filteredOn(f -> f.kind() == Finding.Kind.NOT_COVERED).isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR));
    }

    @Test
    void theBudgetCountsValueClassesSoAWideRuleCostsWhatItWalks() throws IOException {
        Budget narrow = Budget.of(Long.MAX_VALUE / 2);
        Budget wide = Budget.of(Long.MAX_VALUE / 2);
        paddedSafetyHole(10);
        RuleAnalysis.findings(RuleSetLoader.load(RuleFiles.folder(dir)), "ruleset.json", narrow);
        paddedSafetyHole(300);
        RuleAnalysis.findings(RuleSetLoader.load(RuleFiles.folder(dir)), "ruleset.json", wide);
        // 30 times the comparisons, each a diagram node over its fact's value classes (cut finer by the
        // bounds) joined into the rule's diagram: the work grows with the padding, counted as it is done
        assertThat(wide.used()).isGreaterThan(10 * narrow.used());
    }

    @Test
    void manyProfilesAreLintedAndDiffedWithinOneSharedBudget() throws IOException {
        Path many = manyProfiles(dir.resolve("many"), 40, 60);
        List<Finding> findings = Linter.lint(many);
        assertThat(findings).noneMatch(f -> f.kind() == Finding.Kind.NOT_COVERED);
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(many));
        Differ.Report report = Differ.diff(rules, rules, List.of());
        assertThat(report.coverage()).hasSize(40);
        assertThat(report.complete()).isTrue();
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void longInListsCuttingAFactIntoAsManyClassesAsTheLimitsAllowAreLintedAndDiffedWithinTheBudget() throws IOException {
        Path many = manyClasses(dir.resolve("in-lists"), 1, true);
        stopsWithinTheBudget(many);
    }

    @Test
    void distinctBoundsCuttingSeveralFactsIntoAsManyClassesAsTheLimitsAllowAreLintedAndDiffedWithinTheBudget()
            throws IOException {
        Path many = manyClasses(dir.resolve("bounds"), 3, false);
        stopsWithinTheBudget(many);
    }

    /**
     * The work each run below may do: a tenth of what one lint may do. These shapes need far more than
     * even the diff's full budget, so a smaller one takes the same path (the budget runs out, what is
     * left is named) in a fraction of the time, which keeps the build quick on a loaded machine.
     */
    private static final long SMALL_WORK = Budget.DEFAULT_WORK / 10;

    /**
     * Lint and a diff of the rule set against itself, each within {@link #SMALL_WORK}, end with every
     * region left open named and said to be left because the budget was used up, having done no more
     * work than the budget allows: the run is bounded by the budget, not by the shape. The safety
     * invariant is never broken, only at worst not proved.
     */
    private static void stopsWithinTheBudget(Path folder) {
        Budget lintBudget = Budget.of(SMALL_WORK);
        List<Finding> findings = Linter.lint(folder, lintBudget);
        assertThat(lintBudget.spent()).as("the lint's budget ran out").isTrue();
        assertThat(findings).noneMatch(f -> f.kind() == Finding.Kind.INVARIANT_BROKEN);
        assertThat(findings).filteredOn(f -> f.kind() == Finding.Kind.NOT_COVERED || f.kind() == Finding.Kind.NOT_PROVED)
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Finding.Severity.ERROR);
                    assertThat(f.message()).contains("the analysis used up its budget of work");
                });
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(folder));
        Budget diffBudget = Budget.of(SMALL_WORK);
        Differ.Report report = Differ.diff(rules, rules, List.of(), diffBudget);
        assertThat(diffBudget.spent()).as("the diff's budget ran out").isTrue();
        assertThat(report.changes()).isEmpty();
        assertThat(report.coverage()).hasSize(2);
        assertThat(report.complete()).isFalse();
        assertThat(report.coverage()).flatMap(Differ.Coverage::uncovered).isNotEmpty()
                .allSatisfy(u -> assertThat(u.reason()).isEqualTo("the analysis used up its budget of work"));
    }

    @Test
    void anInListLongerThanTheLimitIsRefusedWithTheLimitInTheMessage() throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = 0; i <= Limits.MAX_IN_VALUES; i++) {
            values.add(String.valueOf(i));
        }
        writeOneRule(dir, "{\"fact\": \"breakup.daysAgo\", \"in\": [" + String.join(", ", values) + "]}");
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(dir))).isInstanceOf(InputException.class)
                .hasMessageContaining("a list of 101 values; an \"in\" list has at most 100");
    }

    @Test
    void eachValueOfAnInListCountsAsAPartOfItsCondition() throws IOException {
        List<String> lists = new ArrayList<>();
        for (int l = 0; l < Limits.MAX_CONDITION_SIZE / Limits.MAX_IN_VALUES; l++) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < Limits.MAX_IN_VALUES; i++) {
                values.add(String.valueOf(l * Limits.MAX_IN_VALUES + i));
            }
            lists.add("{\"fact\": \"breakup.daysAgo\", \"in\": [" + String.join(", ", values) + "]}");
        }
        writeOneRule(dir, "{\"any\": [" + String.join(", ", lists) + "]}");
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(dir))).isInstanceOf(InputException.class)
                .hasMessageContaining("more than " + Limits.MAX_CONDITION_SIZE + " parts");
    }

    private static void writeOneRule(Path folder, String when) throws IOException {
        Files.writeString(folder.resolve("rules.json"), "{\"rules\": [{\"id\": \"long\", \"when\": " + when
                + ", \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"S.\", \"reason\": \"R.\", \"sources\": [\"a\"]}, "
                + "{\"id\": \"catch-all\", \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"S.\", \"reason\": \"R.\", "
                + "\"sources\": [\"a\"]}]}");
        Files.writeString(folder.resolve("ruleset.json"), "{\"name\": \"long\", \"files\": [\"rules.json\"], "
                + "\"sources\": {\"a\": \"an article\"}, \"profiles\": {\"standard\": {\"precedence\": [\"long\", \"catch-all\"]}}}");
    }

    private static final String[] WHOLE = {"breakup.daysAgo", "noContact.daysHeld", "history.unansweredMessages"};

    /**
     * The "many classes" shape, as large as the limits allow (about 100,000 parts in all, files under
     * 1 MiB): 965 rules each an {@code in} list of 100 distinct whole numbers, or 10 rules each of 9,990
     * distinct bounds, over {@code facts} whole-number facts; then "selfHarm -> SEEK_SUPPORT" under the
     * invariant that says so, and a catch-all. Two profiles: the rules in order, and reversed.
     */
    static Path manyClasses(Path folder, int facts, boolean inLists) throws IOException {
        Files.createDirectories(folder);
        String[] verdicts = {"DO_NOT_CONTACT", "LOGISTICS_ONLY", "RESPOND_BRIEFLY", "REACH_OUT"};
        List<String> rules = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int count = inLists ? 965 : 10;
        for (int r = 0; r < count; r++) {
            List<String> parts = new ArrayList<>();
            if (inLists) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < Limits.MAX_IN_VALUES; i++) {
                    values.add(String.valueOf(2 * (Limits.MAX_IN_VALUES * r + i)));
                }
                parts.add("{\"fact\":\"" + WHOLE[r % facts] + "\",\"in\":[" + String.join(",", values) + "]}");
            } else {
                for (int i = 0; i < 9990; i++) {
                    parts.add("{\"fact\":\"" + WHOLE[(r + i) % facts] + "\",\"" + (i % 2 == 0 ? "atMost" : "atLeast")
                            + "\":" + (10 * i + r) + "}");
                }
            }
            ids.add("\"c" + r + "\"");
            rules.add("{\"id\":\"c" + r + "\",\"when\":{\"all\":[{\"fact\":\"safety.selfHarm\",\"is\":false},{\"any\":["
                    + String.join(",", parts) + "]}]},\"verdict\":\"" + verdicts[r % 4]
                    + "\",\"summary\":\"S.\",\"reason\":\"R.\",\"sources\":[\"a\"]}");
        }
        rules.add("{\"id\":\"harm\",\"when\":{\"fact\":\"safety.selfHarm\",\"is\":true},\"verdict\":\"SEEK_SUPPORT\","
                + "\"summary\":\"S.\",\"reason\":\"R.\",\"sources\":[\"a\"]}");
        rules.add("{\"id\":\"catch-all\",\"verdict\":\"DO_NOT_CONTACT\",\"summary\":\"S.\",\"reason\":\"R.\","
                + "\"sources\":[\"a\"]}");
        int perFile = inLists ? 100 : 2;
        List<String> files = new ArrayList<>();
        for (int k = 0; k * perFile < rules.size(); k++) {
            String name = "rules-" + k + ".json";
            files.add("\"" + name + "\"");
            Files.writeString(folder.resolve(name), "{\"rules\":[" + String.join(",\n",
                    rules.subList(k * perFile, Math.min(rules.size(), (k + 1) * perFile))) + "]}");
        }
        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        Files.writeString(folder.resolve("ruleset.json"), "{\"name\": \"many-classes\", \"files\": [" + String.join(", ", files)
                + "], \"sources\": {\"a\": \"an article\"}, \"profiles\": {"
                + "\"standard\": {\"precedence\": [" + String.join(", ", ids) + ", \"harm\", \"catch-all\"]}, "
                + "\"reversed\": {\"precedence\": [" + String.join(", ", reversed) + ", \"harm\", \"catch-all\"]}}, "
                + "\"invariants\": [{\"id\": \"safety-first\", \"when\": {\"fact\": \"safety.selfHarm\", \"is\": true}, "
                + "\"expect\": {\"verdict\": \"SEEK_SUPPORT\"}}]}");
        return folder;
    }

    /** {@code profiles} profiles over {@code rules} two-comparison rules, each profile a rotation of the others. */
    static Path manyProfiles(Path folder, int profiles, int rules) throws IOException {
        Files.createDirectories(folder);
        String[] verdicts = {"DO_NOT_CONTACT", "LOGISTICS_ONLY", "RESPOND_BRIEFLY", "REACH_OUT"};
        List<String> written = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rules; i++) {
            ids.add("\"r" + i + "\"");
            written.add("{\"id\": \"r" + i + "\", \"when\": {\"all\": [{\"fact\": \"" + NUMBERS[i % 6] + "\", \"atLeast\": "
                    + (i % 97) + "}, {\"fact\": \"" + NUMBERS[(i / 6) % 6] + "\", \"atMost\": " + ((i * 13) % 101)
                    + "}]}, \"verdict\": \"" + verdicts[i % 4] + "\", \"summary\": \"S.\", \"reason\": \"R.\", \"sources\": [\"a\"]}");
        }
        written.add("{\"id\": \"catch-all\", \"verdict\": \"DO_NOT_CONTACT\", \"summary\": \"S.\", \"reason\": \"R.\", "
                + "\"sources\": [\"a\"]}");
        Files.writeString(folder.resolve("rules.json"), "{\"rules\": [\n" + String.join(",\n", written) + "]}");
        StringBuilder profileJson = new StringBuilder();
        for (int p = 0; p < profiles; p++) {
            List<String> order = new ArrayList<>(ids.subList(p % rules, rules));
            order.addAll(ids.subList(0, p % rules));
            order.add("\"catch-all\"");
            profileJson.append(p == 0 ? "" : ",\n").append("\"p").append(p).append("\": {\"precedence\": [")
                    .append(String.join(", ", order)).append("]}");
        }
        Files.writeString(folder.resolve("ruleset.json"), "{\"name\": \"many\", \"files\": [\"rules.json\"], "
                + "\"sources\": {\"a\": \"an article\"}, \"defaultProfile\": \"p0\", \"profiles\": {" + profileJson + "}}");
        return folder;
    }
}
