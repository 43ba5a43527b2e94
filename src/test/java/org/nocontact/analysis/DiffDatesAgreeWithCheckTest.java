package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.analysis.AnalysisAgreesWithEvaluationTest.RandomRules;
import org.nocontact.analysis.AnalysisAgreesWithEvaluationTest.RandomSituations;
import org.nocontact.authoring.Differ;
import org.nocontact.rules.RuleSet;
import org.nocontact.situation.Situation;

/**
 * The day to look again in a diff agrees with {@code check} (issue 18): random small rule sets (over
 * counts of days, occasions and periods that rules begin, extend and hold) diffed against a changed
 * copy, and random situations checked on both with {@link Advisor#advise}. Every situation whose day
 * differs lies in a region the diff reports with a changed date, or in one it says it left open (which
 * fails the diff); every region reported with a changed date has a witness whose day differs as
 * reported; and a region listed with no changed date holds no situation whose day differs.
 */
class DiffDatesAgreeWithCheckTest {
    private static final int SITUATIONS = 300;

    @Provide
    Arbitrary<Long> seeds() {
        return AnalysisAgreesWithEvaluationTest.seeds(25, 400);
    }

    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void everySituationWhoseDayToLookAgainDiffersIsReportedWithAChangedDate(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        RuleSet base = RandomRules.ruleSet(random, "a");
        RuleSet changed = random.nextBoolean() ? RandomRules.mutated(random, base) : RandomRules.ruleSet(random, "b");
        Differ.Report report = Differ.diff(base, changed, List.of());
        Advisor before = new Advisor(base, base.profile("p").orElseThrow());
        Advisor after = new Advisor(changed, changed.profile("p").orElseThrow());
        for (Differ.Change change : report.changes()) {
            if (change.aspects().contains(Differ.Aspect.DATE)) {
                Recommendation was = before.advise(change.witness());
                Recommendation is = after.advise(change.witness());
                assertThat(was.reconsiderOn()).as("seed %d: %s", seed, change.groupKey()).isEqualTo(change.fromDate())
                        .isNotEqualTo(is.reconsiderOn());
                assertThat(is.reconsiderOn()).as("seed %d: %s", seed, change.groupKey()).isEqualTo(change.toDate());
            }
        }
        Space space = report.changes().isEmpty() ? null : report.changes().get(0).region().space();
        for (int i = 0; i < SITUATIONS; i++) {
            Situation s = RandomSituations.situation(random);
            Recommendation was = before.advise(s);
            Recommendation is = after.advise(s);
            boolean differs = !was.reconsiderOn().equals(is.reconsiderOn());
            if (!differs) {
                continue;
            }
            boolean reported = report.changes().stream().anyMatch(c -> c.aspects().contains(Differ.Aspect.DATE)
                    && holds(c.region(), s));
            boolean leftOpen = report.coverage().stream().flatMap(c -> c.uncovered().stream())
                    .anyMatch(u -> holds(u.region(), s));
            assertThat(reported || leftOpen).as("seed %d: %s -> %s for %s (space %s)", seed, was.reconsiderOn(),
                    is.reconsiderOn(), s, space).isTrue();
        }
    }

    private static boolean holds(Region region, Situation s) {
        return region.admits(0, region.space().factsOf(s, 0)) && region.admits(1, region.space().factsOf(s, 1));
    }
}
