package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;

class FactsReadTest {
    private static FactsRead read(Condition... conditions) {
        return FactsRead.collect(List.of(conditions));
    }

    @Test
    void aNumberEqualToAValueIsCutAtTheValueAndTheOneAfterIt() {
        assertThat(read(new Condition.Is(Fact.ANGER, 5)).cuts(Fact.ANGER)).containsExactly(5L, 6L);
    }

    @Test
    void aNumberInAListIsCutAroundEachValue() {
        Condition in = new Condition.In(Fact.ANGER, new LinkedHashSet<>(List.of(7, 2)));
        assertThat(read(in).cuts(Fact.ANGER)).containsExactly(2L, 3L, 7L, 8L);
    }

    @Test
    void atLeastIsCutAtItsBoundAndAtMostJustAboveIt() {
        assertThat(read(new Condition.AtLeast(Fact.ANGER, 4)).cuts(Fact.ANGER)).containsExactly(4L);
        assertThat(read(new Condition.AtMost(Fact.ANGER, 3)).cuts(Fact.ANGER)).containsExactly(4L);
        assertThat(read(new Condition.AtMost(Fact.UNANSWERED_MESSAGES, Integer.MAX_VALUE))
                .cuts(Fact.UNANSWERED_MESSAGES)).containsExactly(Integer.MAX_VALUE + 1L);
    }

    @Test
    void namesKnownAndTiesAreReadWithoutCuts() {
        FactsRead read = read(new Condition.Is(Fact.GOAL, "reconcile"),
                new Condition.In(Fact.PLAN_ACTION, Set.of("text", "call")), new Condition.Known(Fact.ANGER, true),
                new Condition.IncludesAny(Fact.TIES, Set.of("children")));
        assertThat(read.order()).containsExactly(Fact.GOAL, Fact.PLAN_ACTION, Fact.ANGER, Fact.TIES);
        assertThat(read.cuts(Fact.GOAL)).isEmpty();
        assertThat(read.cuts(Fact.ANGER)).isEmpty();
        assertThat(read.cuts(Fact.TIES)).isEmpty();
    }

    @Test
    void aFactNoConditionReadsHasNoCuts() {
        assertThat(read(new Condition.AtLeast(Fact.ANGER, 4)).cuts(Fact.SADNESS)).isEmpty();
    }

    @Test
    void theFactsAreListedInTheOrderTheConditionsFirstReadThem() {
        FactsRead read = read(new Condition.All(List.of(new Condition.AtLeast(Fact.SADNESS, 3),
                        new Condition.Not(new Condition.Is(Fact.GOAL, "move-on")))),
                new Condition.Any(List.of(new Condition.AtMost(Fact.ANGER, 2), new Condition.AtLeast(Fact.SADNESS, 8))));
        assertThat(read.order()).containsExactly(Fact.SADNESS, Fact.GOAL, Fact.ANGER);
        assertThat(read.cuts(Fact.SADNESS)).containsExactly(3L, 8L);
    }

    @Test
    void theFactsOfAConditionIncludeThoseOfEveryPartAndDefinitionItUses() {
        Condition definition = new Condition.All(List.of(new Condition.Is(Fact.BLOCKED, true),
                new Condition.Known(Fact.NO_CONTACT_SINCE, false)));
        Condition condition = new Condition.Any(List.of(new Condition.Ref("cut-off", definition, 3),
                new Condition.Not(new Condition.AtLeast(Fact.TIES_COUNT, 1))));
        assertThat(FactsRead.of(condition)).containsExactlyInAnyOrder(Fact.BLOCKED, Fact.NO_CONTACT_SINCE,
                Fact.TIES_COUNT);
        assertThat(FactsRead.of(new Condition.Always())).isEmpty();
    }
}
