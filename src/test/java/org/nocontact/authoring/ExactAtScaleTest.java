package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.GeneratedSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Situation;

/**
 * Lint and diff stay exact on rule sets of hundreds of rules (issue 18): generated 300-rule sets
 * (deep definitions, 29 facts, two or twenty profiles) are covered entirely, every invariant is
 * proved or refuted with a counterexample, and a diff of a set against itself covers everything
 * and finds no change, and a diff against a changed copy (a bound moved, a rule dropped, a
 * verdict changed, two rules swapped) covers everything and finds exactly the situations whose
 * outcome changed. Coverage is asserted, not time (docs/performance.md has the figures, measured by
 * src/bench/scale.sh).
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
    void aThreeHundredRuleSetDiffedAgainstAChangedCopyIsCoveredAndFindsExactlyTheChangedSituations() throws IOException {
        Path base = GeneratedRuleSets.write(dir.resolve("base"), 300, 2, 18);
        RuleSet before = RuleSetLoader.load(RuleFiles.folder(base));
        RuleSet after = RuleSetLoader.load(RuleFiles.folder(GeneratedRuleSets.changedCopy(base, dir.resolve("changed"))));
        Differ.Report report = Differ.diff(before, after, List.of());
        assertThat(report.complete()).as("nothing left uncovered").isTrue();
        assertThat(report.changes()).isNotEmpty();
        Set<String> changedRules = Set.of("r40", "r80", "r124", "r150", "r151");
        for (Differ.Change change : report.changes()) {
            if (change.aspects().contains(Differ.Aspect.RULE) || change.aspects().contains(Differ.Aspect.VERDICT)) {
                assertThat(List.of(change.from().id(), change.to().id())).as(change.groupKey()).containsAnyElementsOf(changedRules);
            }
            // the witness reproduces: what check prints for it, on each rule set, is the outcome reported
            Recommendation was = advisor(before, change.profile()).advise(change.witness());
            Recommendation is = advisor(after, change.profile()).advise(change.witness());
            assertThat(was.verdict()).isEqualTo(change.from().verdict());
            assertThat(is.verdict()).isEqualTo(change.to().verdict());
            assertThat(was.reconsiderOn()).isEqualTo(change.fromDate());
            assertThat(is.reconsiderOn()).isEqualTo(change.toDate());
            assertThat(was.reasons().get(0).rule()).isEqualTo(change.from().id());
            assertThat(is.reasons().get(0).rule()).isEqualTo(change.to().id());
        }
        // Exactly those: a situation whose deciding rule or verdict changed lies in a reported region of
        // that change, and one in no reported region keeps its rule and verdict.
        int changed = 0;
        for (Situation s : GeneratedSituations.situations().sampleStream().limit(1500).toList()) {
            for (String profile : List.of("p0", "p1")) {
                Advisor a = advisor(before, profile);
                Advisor b = advisor(after, profile);
                Rule was = a.evaluate(s).decider();
                Rule is = b.evaluate(s).decider();
                String from = was.id();
                String to = is.id();
                boolean reported = report.changes().stream().anyMatch(c -> c.profile().equals(profile)
                        && c.from().id().equals(from) && c.to().id().equals(to)
                        && c.region().admits(0, c.region().space().factsOf(s, 0))
                        && c.region().admits(1, c.region().space().factsOf(s, 1)));
                if (!from.equals(to) || was.verdict() != is.verdict()) {
                    changed++;
                    assertThat(reported).as("%s -> %s in %s for %s", from, to, profile, s).isTrue();
                }
            }
        }
        assertThat(changed).as("random situations that meet a change").isPositive();
    }

    private static Advisor advisor(RuleSet rules, String profile) {
        Profile p = rules.profile(profile).orElseThrow();
        return new Advisor(rules, p);
    }
}
