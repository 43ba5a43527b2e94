package org.nocontact.interview;

import java.util.Set;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactSets;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Truth;

/**
 * The facts of a situation part-way through the interview: a fact some unanswered question still
 * decides is open (any comparison on it is undecided, and noted in {@code read}); every other fact
 * is the situation's own, compared as the rules compare it.
 */
record PartialFacts(Facts facts, Set<Fact> open, Set<Fact> read) implements FactSets {
    @Override
    public Truth is(Fact fact, Object value) {
        return decide(fact, new Condition.Is(fact, value));
    }

    @Override
    public Truth in(Fact fact, Set<Object> values) {
        return decide(fact, new Condition.In(fact, values));
    }

    @Override
    public Truth atLeast(Fact fact, int bound) {
        return decide(fact, new Condition.AtLeast(fact, bound));
    }

    @Override
    public Truth atMost(Fact fact, int bound) {
        return decide(fact, new Condition.AtMost(fact, bound));
    }

    @Override
    public Truth includesAny(Fact fact, Set<String> names) {
        return decide(fact, new Condition.IncludesAny(fact, names));
    }

    @Override
    public Truth known(Fact fact, boolean known) {
        return decide(fact, new Condition.Known(fact, known));
    }

    /** Undecided while a question can still change the fact; else the comparison, as the rules make it. */
    private Truth decide(Fact fact, Condition comparison) {
        return isOpen(fact) ? Truth.UNDECIDED : Truth.of(comparison.test(facts));
    }

    private boolean isOpen(Fact fact) {
        if (open.contains(fact)) {
            read.add(fact);
            return true;
        }
        return false;
    }
}
