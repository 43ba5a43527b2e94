package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleSet;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * The decision diagrams the analysis is built on: a condition's diagram holds exactly where the
 * condition does, a profile's diagram ends in the rule that really decides, and the work they take
 * is charged to the budget.
 */
class DiagramsTest {
    private static final int SITUATIONS = 60;

    @Provide
    Arbitrary<Long> seeds() {
        return AnalysisAgreesWithEvaluationTest.seeds(10, 300);
    }

    /** The terminal a diagram reaches for a situation's facts, as one side reads them. */
    private static int reach(Diagrams d, int node, Facts facts) {
        return reach(d, node, List.of(facts));
    }

    /** The terminal a diagram reaches for a situation, each variable read as its side's facts have it. */
    private static int reach(Diagrams d, int node, List<Facts> sides) {
        Space space = d.space();
        while (!Diagrams.isTerminal(node)) {
            Space.Variable variable = space.variable(d.variable(node));
            Facts facts = sides.get(Math.max(0, variable.side()));
            Set<?> ties = (Set<?>) facts.value(Fact.TIES).orElse(Set.of());
            Optional<?> value = variable.tie().isPresent()
                    ? Optional.of(ties.contains(variable.tie().get().wireName())) : facts.value(variable.fact());
            List<ValueClass> classes = space.classes(d.variable(node));
            int c = 0;
            while (!classes.get(c).contains(value)) {
                c++;
            }
            node = d.child(node, c);
        }
        return node;
    }

    private static Diagrams spending(Space space) {
        Diagrams d = new Diagrams(space);
        d.spending(Budget.standard());
        return d;
    }

    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void aConditionsDiagramHoldsExactlyWhereTheConditionDoes(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            conditions.add(AnalysisAgreesWithEvaluationTest.RandomRules.condition(random, 3));
        }
        RuleSet rules = AnalysisAgreesWithEvaluationTest.RandomRules.ruleSet(random, "a");
        Space space = Space.of(List.of(rules), conditions);
        Diagrams d = spending(space);
        int[] nodes = conditions.stream().mapToInt(c -> d.of(c, 0)).toArray();
        int both = d.and(nodes[0], nodes[1]);
        int either = d.or(nodes[2], nodes[3]);
        int neither = d.not(either);
        int choice = d.ite(nodes[0], nodes[1], nodes[2]);
        for (int i = 0; i < SITUATIONS; i++) {
            Facts facts = rules.factsOf(AnalysisAgreesWithEvaluationTest.RandomSituations.situation(random));
            boolean[] holds = new boolean[4];
            for (int k = 0; k < 4; k++) {
                holds[k] = conditions.get(k).test(facts);
                assertThat(reach(d, nodes[k], facts) == Diagrams.TRUE).as(conditions.get(k).describe())
                        .isEqualTo(holds[k]);
            }
            assertThat(reach(d, both, facts) == Diagrams.TRUE).isEqualTo(holds[0] && holds[1]);
            assertThat(reach(d, either, facts) == Diagrams.TRUE).isEqualTo(holds[2] || holds[3]);
            assertThat(reach(d, neither, facts) == Diagrams.TRUE).isEqualTo(!(holds[2] || holds[3]));
            assertThat(reach(d, choice, facts) == Diagrams.TRUE).isEqualTo(holds[0] ? holds[1] : holds[2]);
        }
    }

    @Property(tries = 1000, generation = GenerationMode.EXHAUSTIVE)
    void aProfilesDiagramEndsInTheRuleThatReallyDecides(@ForAll("seeds") long seed) {
        Random random = new Random(seed);
        RuleSet before = AnalysisAgreesWithEvaluationTest.RandomRules.ruleSet(random, "a");
        RuleSet after = AnalysisAgreesWithEvaluationTest.RandomRules.mutated(random, before);
        Profile first = before.profile("p").orElseThrow();
        Profile second = after.profile("p").orElseThrow();
        Space space = Space.of(List.of(before, after), List.of());
        Diagrams d = spending(space);
        int joint = d.join(d.join(d.tuple(List.of()), d.of(first, 0)), d.of(second, 1));
        for (int i = 0; i < SITUATIONS; i++) {
            Situation s = AnalysisAgreesWithEvaluationTest.RandomSituations.situation(random);
            Facts a = space.factsOf(s, 0);
            Facts b = space.factsOf(s, 1);
            int onlyFirst = reach(d, d.of(first, 0), a);
            int firstPlace = first.precedence().indexOf(Evaluation.of(first, a).decider());
            int secondPlace = second.precedence().indexOf(Evaluation.of(second, b).decider());
            assertThat(d.deciders(onlyFirst)).containsExactly(firstPlace);
            assertThat(d.deciders(reach(d, d.of(second, 1), List.of(a, b)))).containsExactly(secondPlace);
            int both = reach(d, joint, List.of(a, b));
            assertThat(d.deciders(both)).containsExactly(firstPlace, secondPlace);
            assertThat(d.reachable(joint).get(Diagrams.value(both))).isTrue();
        }
    }

    @Test
    void aDiagramTestsOnlyWhatItsConditionReads() {
        Space space = Space.of(List.of(SmallRuleSets.deciding(30)), List.of(new Condition.AtLeast(Fact.ANGER, 7),
                new Condition.Is(Fact.GOAL, "friends")));
        Diagrams d = spending(space);
        int angry = d.of(new Condition.AtLeast(Fact.ANGER, 7), 0);
        assertThat(d.sizeOf(angry)).isEqualTo(1);
        assertThat(d.variable(angry)).isEqualTo(space.variable(Fact.ANGER));
        assertThat(d.children(angry)).containsExactly(Diagrams.FALSE, Diagrams.FALSE, Diagrams.TRUE);
        int angryFriend = d.and(angry, d.of(new Condition.Is(Fact.GOAL, "friends"), 0));
        assertThat(d.sizeOf(angryFriend)).isEqualTo(2);
        assertThat(d.sizeOf(Diagrams.TRUE)).isZero();
        assertThat(d.of(new Condition.Always(), 0)).isEqualTo(Diagrams.TRUE);
        assertThat(d.and(angry, d.not(angry))).isEqualTo(Diagrams.FALSE);
        assertThat(d.or(angry, d.not(angry))).isEqualTo(Diagrams.TRUE);
        assertThat(d.not(d.not(angry))).isEqualTo(angry);
    }

    @Test
    void oneFunctionIsOneNode() {
        Space space = Space.of(List.of(SmallRuleSets.deciding(30)), List.of(new Condition.AtLeast(Fact.ANGER, 7)));
        Diagrams d = spending(space);
        int made = d.of(new Condition.AtLeast(Fact.ANGER, 7), 0);
        int size = d.size();
        int again = d.of(new Condition.Not(new Condition.Not(new Condition.AtLeast(Fact.ANGER, 7))), 0);
        assertThat(again).isEqualTo(made);
        assertThat(d.size()).isEqualTo(size + 1);
        assertThat(d.make(space.variable(Fact.ANGER), new int[] {Diagrams.TRUE, Diagrams.TRUE, Diagrams.TRUE}))
                .isEqualTo(Diagrams.TRUE);
        assertThat(d.make(space.variable(Fact.ANGER), new int[] {Diagrams.FALSE, Diagrams.FALSE, Diagrams.TRUE}))
                .isEqualTo(made);
    }

    @Test
    void aTieConditionHoldsWhereAnyOfTheTiesItNamesIsHeld() {
        Condition anyOf = new Condition.IncludesAny(Fact.TIES, new LinkedHashSet<>(List.of("children", "pets")));
        Space space = Space.of(List.of(SmallRuleSets.deciding(30)), List.of(anyOf));
        Diagrams d = spending(space);
        int node = d.of(anyOf, 0);
        Region children = space.everything().with(Tie.CHILDREN, true);
        Region neither = space.everything().with(Tie.CHILDREN, false).with(Tie.PETS, false);
        assertThat(d.sizeOf(node)).isEqualTo(2);
        assertThat(d.cofactor(d.cofactor(node, space.variable(Tie.CHILDREN), 1), space.variable(Tie.PETS), 0))
                .isEqualTo(Diagrams.TRUE);
        assertThat(d.cofactor(d.cofactor(node, space.variable(Tie.CHILDREN), 0), space.variable(Tie.PETS), 0))
                .isEqualTo(Diagrams.FALSE);
        assertThat(children.isPlainlyEmpty()).isFalse();
        assertThat(neither.isPlainlyEmpty()).isFalse();
    }

    @Test
    void aComparisonTheSpaceWasNotCutForIsAMistakeThatSaysSo() {
        Space space = Space.of(List.of(SmallRuleSets.deciding(30)), List.of(new Condition.AtLeast(Fact.ANGER, 7)));
        Diagrams d = spending(space);
        assertThatThrownBy(() -> d.of(new Condition.AtLeast(Fact.ANGER, 5), 0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("straddles").hasMessageContaining("not part of the space's rule sets");
        assertThat(d.of(new Condition.AtLeast(Fact.ANGER, 0), 0)).isNotEqualTo(Diagrams.TRUE);
    }

    @Test
    void everyNodeMadeIsWorkAndASpentBudgetStopsTheOperation() {
        Space space = Space.of(List.of(SmallRuleSets.deciding(30)), List.of(new Condition.AtLeast(Fact.ANGER, 7),
                new Condition.In(Fact.GOAL, new LinkedHashSet<>(List.of("friends", "unsure")))));
        Diagrams d = new Diagrams(space);
        Budget budget = Budget.of(1_000);
        d.spending(budget);
        Condition angry = new Condition.AtLeast(Fact.ANGER, 7);
        int made = d.of(angry, 0);
        long comparison = budget.used();
        assertThat(comparison).isEqualTo(space.classes(space.variable(Fact.ANGER)).size());
        d.of(new Condition.In(Fact.GOAL, new LinkedHashSet<>(List.of("friends", "unsure"))), 0);
        assertThat(budget.used() - comparison).as("an 'in' test counts each of its values")
                .isEqualTo(3L * space.classes(space.variable(Fact.GOAL)).size());
        d.spending(Budget.of(0));
        assertThatThrownBy(() -> d.of(new Condition.AtLeast(Fact.SADNESS, 0), 0))
                .isInstanceOf(DiagramNodes.OutOfBudget.class).hasMessage("the analysis used up its budget of work");
        assertThat(d.of(angry, 0)).as("what was made stays").isEqualTo(made);
    }

    @Test
    void aProfileIsDecidedEverywhereByItsCatchAll() {
        RuleSet rules = SmallRuleSets.deciding(30, new Condition.AtLeast(Fact.ANGER, 7));
        Space space = Space.of(rules);
        Diagrams d = spending(space);
        int profile = d.of(rules.profile("p").orElseThrow(), 0);
        assertThat(d.stillUndecided(profile)).isFalse();
        assertThat(d.stillUndecided(Diagrams.UNDECIDED)).isTrue();
        java.util.BitSet terminals = d.reachable(profile);
        assertThat(terminals.stream().mapToObj(t -> d.deciders(Diagrams.terminal(t))).toList())
                .containsExactlyInAnyOrder(List.of(0), List.of(1));
        int partial = d.ite(d.of(new Condition.AtLeast(Fact.ANGER, 7), 0), d.tuple(List.of(0)), Diagrams.UNDECIDED);
        assertThat(d.stillUndecided(partial)).isTrue();
        assertThat(d.tuple(List.of(0))).isEqualTo(d.tuple(List.of(0))).isNotEqualTo(d.tuple(List.of(1)));
    }
}
