package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.BuiltIn;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Truth;
import org.nocontact.situation.Situation;

/**
 * Part-way through the interview a comparison on a fact some question still decides is undecided
 * (and noted as read); every other comparison is decided as the rules decide it on the situation.
 * Checked on every comparison the built-in rules make.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartialFactsTest {
    private RuleSet rules;
    private final List<Condition> comparisons = new ArrayList<>();

    @BeforeAll
    void loadTheRules() {
        rules = BuiltIn.load().rules();
        rules.rules().forEach(rule -> collect(rule.when()));
        rules.definitions().values().forEach(this::collect);
    }

    private void collect(Condition c) {
        if (c instanceof Condition.All all) {
            all.parts().forEach(this::collect);
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(this::collect);
        } else if (c instanceof Condition.Not not) {
            collect(not.part());
        } else if (c instanceof Condition.Ref ref) {
            collect(ref.definition());
        } else if (fact(c) != null) {
            comparisons.add(c);
        }
    }

    private static Fact fact(Condition c) {
        if (c instanceof Condition.Is is) {
            return is.fact();
        } else if (c instanceof Condition.In in) {
            return in.fact();
        } else if (c instanceof Condition.AtLeast least) {
            return least.fact();
        } else if (c instanceof Condition.AtMost most) {
            return most.fact();
        } else if (c instanceof Condition.IncludesAny includes) {
            return includes.fact();
        } else if (c instanceof Condition.Known known) {
            return known.fact();
        }
        return null;
    }

    @Test
    void theRulesMakeEveryKindOfComparison() {
        Set<Class<?>> kinds = new LinkedHashSet<>();
        comparisons.forEach(c -> kinds.add(c.getClass()));
        assertThat(kinds).as("so the tests below reach each kind").contains(Condition.Is.class, Condition.In.class,
                Condition.AtLeast.class, Condition.AtMost.class, Condition.IncludesAny.class);
    }

    @Test
    void aComparisonOnAFactNoQuestionStillDecidesIsDecidedAsTheRulesDecideIt() {
        RandomSituations random = new RandomSituations(5);
        for (int i = 0; i < 40; i++) {
            Situation s = random.next();
            Facts facts = Facts.of(s, rules.defaultNoContactDays());
            Set<Fact> read = EnumSet.noneOf(Fact.class);
            for (Condition c : comparisons) {
                Set<Fact> others = EnumSet.complementOf(EnumSet.of(fact(c)));
                assertThat(c.decide(new PartialFacts(facts, others, read))).as("%s on %s", c, s)
                        .isEqualTo(Truth.of(c.test(facts)));
                assertThat(c.decide(new PartialFacts(facts, EnumSet.noneOf(Fact.class), read)))
                        .isEqualTo(Truth.of(c.test(facts)));
            }
            assertThat(read).as("a decided fact is not noted as read").isEmpty();
        }
    }

    @Test
    void aComparisonOnAFactAQuestionStillDecidesIsUndecidedAndNotedAsRead() {
        Facts facts = Facts.of(new RandomSituations(7).next(), rules.defaultNoContactDays());
        for (Condition c : comparisons) {
            Set<Fact> read = EnumSet.noneOf(Fact.class);
            assertThat(c.decide(new PartialFacts(facts, EnumSet.of(fact(c)), read))).as(c.toString())
                    .isEqualTo(Truth.UNDECIDED);
            assertThat(read).containsExactly(fact(c));
        }
    }
}
