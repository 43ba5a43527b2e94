package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A condition over a set of situations (what the analysis asks): true for all, false for all, or
 * undecided; each comparison is put to the facts as written, and "all"/"any" stop only where one
 * part decides.
 */
class ConditionOverSetsTest {
    /** Answers each comparison from a table by its words (UNDECIDED when not listed), and keeps the questions asked. */
    static final class Answers implements FactSets {
        final Map<String, Truth> table;
        final List<String> asked = new ArrayList<>();

        Answers(Map<String, Truth> table) {
            this.table = table;
        }

        private Truth answer(String question) {
            asked.add(question);
            return table.getOrDefault(question, Truth.UNDECIDED);
        }

        public Truth is(Fact fact, Object value) {
            return answer(fact.factName() + " is " + value);
        }

        public Truth in(Fact fact, Set<Object> values) {
            return answer(fact.factName() + " in " + values.stream().map(String::valueOf).sorted().toList());
        }

        public Truth atLeast(Fact fact, int bound) {
            return answer(fact.factName() + " >= " + bound);
        }

        public Truth atMost(Fact fact, int bound) {
            return answer(fact.factName() + " <= " + bound);
        }

        public Truth includesAny(Fact fact, Set<String> names) {
            return answer(fact.factName() + " includes " + names.stream().sorted().toList());
        }

        public Truth known(Fact fact, boolean known) {
            return answer(fact.factName() + " known " + known);
        }
    }

    private final Condition angry = new Condition.AtLeast(Fact.ANGER, 7);
    private final Condition calm = new Condition.AtMost(Fact.ANGER, 3);
    private final Condition blocked = new Condition.Is(Fact.BLOCKED, true);

    @Test
    void eachComparisonIsPutToTheFactsAsWritten() {
        Answers facts = new Answers(Map.of(
                "emotions.anger >= 7", Truth.TRUE, "emotions.anger <= 3", Truth.FALSE,
                "goal in [move-on, reconcile]", Truth.TRUE, "ties includes [children, pets]", Truth.FALSE,
                "emotions.sadness known false", Truth.TRUE));
        assertThat(angry.decide(facts)).isEqualTo(Truth.TRUE);
        assertThat(calm.decide(facts)).isEqualTo(Truth.FALSE);
        assertThat(blocked.decide(facts)).isEqualTo(Truth.UNDECIDED);
        assertThat(new Condition.In(Fact.GOAL, Set.of("reconcile", "move-on")).decide(facts)).isEqualTo(Truth.TRUE);
        assertThat(new Condition.IncludesAny(Fact.TIES, Set.of("pets", "children")).decide(facts)).isEqualTo(Truth.FALSE);
        assertThat(new Condition.Known(Fact.SADNESS, false).decide(facts)).isEqualTo(Truth.TRUE);
        assertThat(new Condition.Always().decide(facts)).isEqualTo(Truth.TRUE);
        assertThat(facts.asked).containsExactly("emotions.anger >= 7", "emotions.anger <= 3", "boundaries.blocked is true",
                "goal in [move-on, reconcile]", "ties includes [children, pets]", "emotions.sadness known false");
    }

    @Test
    void allIsFalseAtTheFirstFalsePartTrueWhenEveryPartIsAndElseUndecided() {
        Answers facts = new Answers(Map.of("emotions.anger >= 7", Truth.TRUE, "emotions.anger <= 3", Truth.FALSE));
        assertThat(new Condition.All(List.of(angry, blocked, calm, blocked)).decide(facts)).isEqualTo(Truth.FALSE);
        assertThat(facts.asked).as("stops at the part that decides")
                .containsExactly("emotions.anger >= 7", "boundaries.blocked is true", "emotions.anger <= 3");
        assertThat(new Condition.All(List.of(angry, angry)).decide(facts)).isEqualTo(Truth.TRUE);
        assertThat(new Condition.All(List.of(angry, blocked, angry)).decide(facts)).isEqualTo(Truth.UNDECIDED);
    }

    @Test
    void anyIsTrueAtTheFirstTruePartFalseWhenNoPartIsAndElseUndecided() {
        Answers facts = new Answers(Map.of("emotions.anger >= 7", Truth.TRUE, "emotions.anger <= 3", Truth.FALSE));
        assertThat(new Condition.Any(List.of(calm, blocked, angry, blocked)).decide(facts)).isEqualTo(Truth.TRUE);
        assertThat(facts.asked).as("stops at the part that decides")
                .containsExactly("emotions.anger <= 3", "boundaries.blocked is true", "emotions.anger >= 7");
        assertThat(new Condition.Any(List.of(calm, calm)).decide(facts)).isEqualTo(Truth.FALSE);
        assertThat(new Condition.Any(List.of(calm, blocked, calm)).decide(facts)).isEqualTo(Truth.UNDECIDED);
    }

    @Test
    void notTurnsTrueAndFalseAroundAndLeavesUndecidedAndADefinitionIsDecidedAsItsCondition() {
        Answers facts = new Answers(Map.of("emotions.anger >= 7", Truth.TRUE, "emotions.anger <= 3", Truth.FALSE));
        assertThat(new Condition.Not(angry).decide(facts)).isEqualTo(Truth.FALSE);
        assertThat(new Condition.Not(calm).decide(facts)).isEqualTo(Truth.TRUE);
        assertThat(new Condition.Not(blocked).decide(facts)).isEqualTo(Truth.UNDECIDED);
        assertThat(new Condition.Ref("calm", calm, 1).decide(facts)).isEqualTo(Truth.FALSE);
        assertThat(new Condition.Ref("angry", angry, 1).decide(facts)).isEqualTo(Truth.TRUE);
        assertThat(Truth.of(true)).isEqualTo(Truth.TRUE);
        assertThat(Truth.of(false)).isEqualTo(Truth.FALSE);
    }
}
