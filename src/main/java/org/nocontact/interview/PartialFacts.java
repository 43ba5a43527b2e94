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
        return isOpen(fact) ? Truth.UNDECIDED : Truth.of(new Condition.Is(fact, value).test(facts));
    }

    @Override
    public Truth in(Fact fact, Set<Object> values) {
        return isOpen(fact) ? Truth.UNDECIDED : Truth.of(new Condition.In(fact, values).test(facts));
    }

    @Override
    public Truth atLeast(Fact fact, int bound) {
        return isOpen(fact) ? Truth.UNDECIDED : Truth.of(new Condition.AtLeast(fact, bound).test(facts));
    }

    @Override
    public Truth atMost(Fact fact, int bound) {
        return isOpen(fact) ? Truth.UNDECIDED : Truth.of(new Condition.AtMost(fact, bound).test(facts));
    }

    @Override
    public Truth includesAny(Fact fact, Set<String> names) {
        return isOpen(fact) ? Truth.UNDECIDED : Truth.of(new Condition.IncludesAny(fact, names).test(facts));
    }

    @Override
    public Truth known(Fact fact, boolean known) {
        return isOpen(fact) ? Truth.UNDECIDED : Truth.of(new Condition.Known(fact, known).test(facts));
    }

    private boolean isOpen(Fact fact) {
        if (open.contains(fact)) {
            read.add(fact);
            return true;
        }
        return false;
    }
}
