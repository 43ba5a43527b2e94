package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

class MutationTesterTest {
    static final Path ROOT = AuthorsSmallThingsTest.ROOT;

    @Test
    void explore() {
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(ROOT.resolve("rules")));
        List<TestCase> cases = new CaseLoader().load(List.of(ROOT.resolve("rules/tests")));
        long t = System.nanoTime();
        List<Mutant> mutants = Mutants.of(rules);
        System.out.println("mutants " + mutants.size() + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        t = System.nanoTime();
        MutationTester.Report r = MutationTester.run(rules, cases);
        System.out.println("run " + (System.nanoTime() - t) / 1_000_000 + " ms: made " + r.made() + " killed " + r.killed()
                + " equivalent " + r.equivalent() + " survivors " + r.survivors().size() + " notTried " + r.notTried()
                + " " + r.notFinished() + " score " + r.score() + " kill ms " + MutationTester.KILL_NS / 1_000_000 + " diff+kill ms " + MutationTester.DIFF_NS / 1_000_000);
        r.survivors().forEach(s -> System.out.println("SURVIVED " + s.mutant().kind() + " " + s.mutant().where() + " " + s.mutant().change()
                + "\n" + WitnessCase.of(s)));
        assertThat(r.made()).isPositive();
    }
}
