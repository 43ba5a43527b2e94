package org.nocontact.analysis;

import java.util.EnumSet;
import java.util.Set;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactSets;
import org.nocontact.rules.Truth;

/** The facts a condition compares, definitions expanded. */
public final class FactsRead implements FactSets {
    private final EnumSet<Fact> facts = EnumSet.noneOf(Fact.class);

    private FactsRead() {
    }

    public static Set<Fact> of(Condition condition) {
        FactsRead read = new FactsRead();
        condition.decide(read);
        return read.facts;
    }

    private Truth saw(Fact fact) {
        facts.add(fact);
        return Truth.UNDECIDED;
    }

    public Truth is(Fact fact, Object value) {
        return saw(fact);
    }

    public Truth in(Fact fact, Set<Object> values) {
        return saw(fact);
    }

    public Truth atLeast(Fact fact, int bound) {
        return saw(fact);
    }

    public Truth atMost(Fact fact, int bound) {
        return saw(fact);
    }

    public Truth includesAny(Fact fact, Set<String> names) {
        return saw(fact);
    }

    public Truth known(Fact fact, boolean known) {
        return saw(fact);
    }
}
