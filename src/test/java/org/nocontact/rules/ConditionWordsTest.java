package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A condition in words, as `rules mutate` names what it changed, and its size, which the loader caps
 * (every part counts, definitions expanded).
 */
class ConditionWordsTest {
    private final Condition angry = new Condition.AtLeast(Fact.ANGER, 4);
    private final Condition reconcile = new Condition.Is(Fact.GOAL, "reconcile");
    private final Condition sadnessKnown = new Condition.Known(Fact.SADNESS, true);

    @Test
    void eachKindOfConditionReadsAsARuleAuthorWroteIt() {
        assertThat(new Condition.Always().describe()).isEqualTo("always");
        assertThat(angry.describe()).isEqualTo("emotions.anger is at least 4");
        assertThat(new Condition.AtMost(Fact.ANGER, 3).describe()).isEqualTo("emotions.anger is at most 3");
        assertThat(reconcile.describe()).isEqualTo("goal is reconcile");
        assertThat(sadnessKnown.describe()).isEqualTo("emotions.sadness is known");
        assertThat(new Condition.Known(Fact.SADNESS, false).describe()).isEqualTo("emotions.sadness is unknown");
        assertThat(new Condition.Any(List.of(angry, reconcile)).describe())
                .isEqualTo("(emotions.anger is at least 4 or goal is reconcile)");
        assertThat(new Condition.All(List.of(angry, new Condition.Not(reconcile))).describe())
                .isEqualTo("(emotions.anger is at least 4 and not goal is reconcile)");
    }

    @Test
    void aConditionsSizeCountsEveryPartAndEachConnective() {
        assertThat(angry.size()).isEqualTo(1);
        assertThat(sadnessKnown.size()).isEqualTo(1);
        assertThat(reconcile.size()).isEqualTo(1);
        assertThat(new Condition.Any(List.of(angry, reconcile)).size()).isEqualTo(3);
        assertThat(new Condition.Any(List.of(angry, new Condition.Any(List.of(reconcile, sadnessKnown)))).size())
                .isEqualTo(5);
        assertThat(new Condition.All(List.of(angry, reconcile, sadnessKnown)).size()).isEqualTo(4);
    }

    @Test
    void theRuleSetsWorkIsTheSumOfItsRulesConditions() {
        RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
        long sum = 0;
        for (Rule rule : rules.rules()) {
            sum += rule.when().size();
        }
        assertThat(rules.totalConditionSize()).isEqualTo(sum).isGreaterThan(rules.rules().size());
    }
}
