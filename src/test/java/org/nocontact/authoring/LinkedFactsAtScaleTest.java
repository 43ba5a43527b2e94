package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.Thorough;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/**
 * Random rule mixes over the linked facts (the period, ties and their count, the ex's message and
 * a reply, the occasion), the shape that made the decision diagrams blow up (issue 18): 300 rules
 * whose comparisons mix those facts at random, from seeds drawn by a seeded generator (one set in
 * a build, five with {@code -P thorough}). Each is linted with nothing left uncovered and every
 * invariant settled, diffed against itself with nothing uncovered and no change, and diffed
 * against a changed copy with nothing uncovered and every change confirmed by direct evaluation.
 */
class LinkedFactsAtScaleTest {
    @TempDir
    Path dir;

    @Test
    void randomMixesOfTheLinkedFactsAreLintedAndDiffedExactly() throws IOException {
        Random seeds = new Random(18);
        for (int i = 0; i < Thorough.count(1, 5); i++) {
            long seed = seeds.nextLong();
            Path base = GeneratedRuleSets.writeLinkedMix(dir.resolve("base-" + i), 300, 2, seed);
            List<Finding> findings = Linter.lint(base);
            assertThat(findings).as("seed %d", seed)
                    .noneMatch(f -> f.kind() == Finding.Kind.NOT_COVERED || f.kind() == Finding.Kind.NOT_PROVED);
            RuleSet before = RuleSetLoader.load(RuleFiles.folder(base));
            Differ.Report self = Differ.diff(before, before, List.of());
            assertThat(self.complete()).as("seed %d against itself", seed).isTrue();
            assertThat(self.changes()).as("seed %d against itself", seed).isEmpty();
            RuleSet after = RuleSetLoader.load(RuleFiles.folder(
                    GeneratedRuleSets.changedCopy(base, dir.resolve("changed-" + i))));
            Differ.Report changed = Differ.diff(before, after, List.of());
            assertThat(changed.complete()).as("seed %d against a changed copy", seed).isTrue();
            for (Differ.Change change : changed.changes()) {
                Rule from = new Advisor(before, before.profile(change.profile()).orElseThrow())
                        .evaluate(change.witness()).decider();
                Rule to = new Advisor(after, after.profile(change.profile()).orElseThrow())
                        .evaluate(change.witness()).decider();
                assertThat(List.of(from.id(), to.id())).as("seed %d: %s", seed, change.groupKey())
                        .containsExactly(change.from().id(), change.to().id());
            }
        }
    }
}
