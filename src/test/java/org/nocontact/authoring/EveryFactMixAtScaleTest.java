package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.Thorough;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/**
 * Rule sets whose comparisons mix all 29 facts at random (each comparison of a rule or a definition
 * on any fact, definitions chained deep, two profiles), the shape whose diff against a changed copy
 * ran out of budget with hundreds of regions open (issue 18). Seeds come from a seeded generator: in
 * a build one set of 200 rules (a seed whose diff needs about 600 million units of work) (enough for every change of the changed copy: a verdict changed, a
 * rule dropped, a bound moved, two rules swapped), with {@code -P thorough} three of 300; the full
 * 300-rule figures are measured by src/bench/scale.sh (docs/performance.md). Each set is linted with
 * nothing left open, and diffed against its changed copy with nothing left open; every change's
 * witness reproduces through {@code Advisor.advise} (verdict, rule and day to look again), and random
 * situations whose deciding rule or verdict moved lie in a reported region of that change.
 */
class EveryFactMixAtScaleTest {
    @TempDir
    Path dir;

    @Test
    void randomMixesOfEveryFactAreLintedAndDiffedAgainstAChangedCopyExactly() throws IOException {
        Random seeds = new Random(29);
        int rules = Thorough.count(200, 300);
        for (int i = 0; i < Thorough.count(1, 3); i++) {
            long seed = seeds.nextLong();
            String context = "seed " + seed;
            Path base = GeneratedRuleSets.writeEveryFactMix(dir.resolve("base-" + i), rules, 2, seed);
            assertThat(DiffReproduces.openFindings(Linter.lint(base))).as(context).isEmpty();
            RuleSet before = RuleSetLoader.load(RuleFiles.folder(base));
            RuleSet after = RuleSetLoader.load(RuleFiles.folder(
                    GeneratedRuleSets.changedCopy(base, dir.resolve("changed-" + i))));
            Differ.Report report = Differ.diff(before, after, List.of());
            assertThat(report.coverage()).as(context).allSatisfy(c -> assertThat(c.uncovered()).isEmpty());
            assertThat(report.changes()).as(context).isNotEmpty();
            DiffReproduces.witnesses(before, after, report, context);
            // the changed regions of a random mix are narrow: 200 random situations may meet none of them
            DiffReproduces.changedSituations(before, after, report, 200, context);
        }
    }
}
