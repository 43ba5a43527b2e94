package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/**
 * Lint and diff stay exact on rule sets of hundreds of rules (issue 18): generated 300-rule sets
 * (deep definitions, 29 facts, two or twenty profiles) are covered entirely, every invariant is
 * proved or refuted with a counterexample, and a diff lists only real changes, each with a witness
 * that evaluates as it says. Coverage is asserted, not time (docs/performance.md has the figures,
 * measured by src/bench/scale.sh).
 */
class ExactAtScaleTest {
    @TempDir
    Path dir;

    @Test
    void aThreeHundredRuleSetIsLintedWithNothingLeftUncoveredAndEveryInvariantSettled() throws IOException {
        Path rules = GeneratedRuleSets.write(dir.resolve("300"), 300, 2, 18);
        List<Finding> findings = Linter.lint(rules);
        assertThat(findings).noneMatch(f -> f.kind() == Finding.Kind.NOT_COVERED || f.kind() == Finding.Kind.NOT_PROVED);
        // the safety invariant holds (the safety rule comes first in every profile) ...
        assertThat(findings).noneMatch(f -> f.path().equals("invariants.safety-first"));
        // ... and every finding about an invariant is a refutation with a counterexample
        assertThat(findings).filteredOn(f -> f.path().startsWith("invariants."))
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo(Finding.Kind.INVARIANT_BROKEN))
                .allSatisfy(f -> assertThat(f.message()).contains("counterexample"));
        assertThat(findings).anyMatch(f -> f.kind() == Finding.Kind.SHADOWED);
    }

    @Test
    void aThreeHundredRuleSetDiffedAgainstItselfIsCoveredAndUnchanged() throws IOException {
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(GeneratedRuleSets.write(dir.resolve("300"), 300, 2, 18)));
        Differ.Report report = Differ.diff(rules, rules, List.of());
        assertThat(report.coverage()).hasSize(2);
        assertThat(report.complete()).isTrue();
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void twentyProfilesOfThreeHundredRulesDiffedAgainstThemselvesAreCoveredAndUnchanged() throws IOException {
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(GeneratedRuleSets.write(dir.resolve("20x300"), 300, 20, 22)));
        Differ.Report report = Differ.diff(rules, rules, List.of());
        assertThat(report.coverage()).hasSize(20);
        assertThat(report.complete()).isTrue();
        assertThat(report.changes()).isEmpty();
    }

    @Test
    void aOneRuleChangeInThreeHundredIsFoundExactlyWithWitnessesThatReproduce() throws IOException {
        Path base = GeneratedRuleSets.write(dir.resolve("base"), 300, 2, 18);
        Path changed = GeneratedRuleSets.write(dir.resolve("changed"), 300, 2, 18);
        // the same rule set with the safety rule's verdict changed: every self-harming situation changes
        Path file = changed.resolve("rules-0.json");
        Files.writeString(file, Files.readString(file).replaceFirst("\"SEEK_SUPPORT\"", "\"DO_NOT_CONTACT\""));
        RuleSet before = RuleSetLoader.load(RuleFiles.folder(base));
        RuleSet after = RuleSetLoader.load(RuleFiles.folder(changed));
        Differ.Report report = Differ.diff(before, after, List.of());
        assertThat(report.complete()).isTrue();
        assertThat(report.changes()).isNotEmpty().allSatisfy(change -> {
            assertThat(change.from().id()).isEqualTo("harm");
            assertThat(change.aspects()).contains(Differ.Aspect.VERDICT);
            assertThat(change.witness().safety().selfHarm()).isTrue();
            var profile = before.profile(change.profile()).orElseThrow();
            assertThat(Evaluation.of(profile, before.factsOf(change.witness())).decider().id()).isEqualTo("harm");
            assertThat(Evaluation.of(after.profile(change.profile()).orElseThrow(), after.factsOf(change.witness()))
                    .verdict()).isEqualTo(change.to().verdict());
        });
    }
}
