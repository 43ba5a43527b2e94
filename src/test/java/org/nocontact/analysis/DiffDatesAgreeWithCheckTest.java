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
import org.nocontact.authoring.Differ;
import org.nocontact.rules.RuleSet;

/**
 * The day to look again in a diff agrees with {@code check} (issue 18): random small rule sets (over
 * counts of days, occasions, and periods that rules begin, extend and hold) diffed against a changed
 * copy. For every change the diff reports, whatever changed, its witness has on each side the day to
 * look again {@link Advisor#advise} gives, and the change names the date exactly when those days
 * differ. (A rule kept by its id but given another verdict was read as still deciding DO_NOT_CONTACT,
 * with a day, on the changed side.) Situations of one region other than its witness may still have
 * days apart: see docs/rules-authoring.md.
 */
class DiffDatesAgreeWithCheckTest {
    @Provide
    Arbitrary<Long> seeds() {
        return AnalysisAgreesWithEvaluationTest.seeds(40, 600);
    }

    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void everyReportedChangeHasAtItsWitnessTheDaysCheckGivesAndNamesTheDateExactlyWhenTheyDiffer(
            @ForAll("seeds") long seed) {
        Random random = new Random(seed);
        RuleSet base = RandomRules.ruleSet(random, "a");
        RuleSet changed = random.nextBoolean() ? RandomRules.mutated(random, base) : RandomRules.ruleSet(random, "b");
        Differ.Report report = Differ.diff(base, changed, List.of());
        Advisor before = new Advisor(base, base.profile("p").orElseThrow());
        Advisor after = new Advisor(changed, changed.profile("p").orElseThrow());
        for (Differ.Change change : report.changes()) {
            String what = "seed " + seed + ": " + change.groupKey() + " at " + change.witness();
            Recommendation was = before.advise(change.witness());
            Recommendation is = after.advise(change.witness());
            assertThat(change.fromDate()).as(what).isEqualTo(was.reconsiderOn());
            assertThat(change.toDate()).as(what).isEqualTo(is.reconsiderOn());
            assertThat(change.aspects().contains(Differ.Aspect.DATE)).as(what)
                    .isEqualTo(!was.reconsiderOn().equals(is.reconsiderOn()));
        }
    }
}
