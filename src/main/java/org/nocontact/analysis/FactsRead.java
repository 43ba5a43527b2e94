package org.nocontact.analysis;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactSets;
import org.nocontact.rules.Truth;

/**
 * What conditions compare, definitions expanded: the facts, and for numbers every point where a
 * comparison's truth can change (a bound, or a value and the one after it). It answers UNDECIDED to
 * every comparison, so connectives show it all of them.
 */
public final class FactsRead implements FactSets {
    private final EnumSet<Fact> facts = EnumSet.noneOf(Fact.class);
    private final Map<Fact, TreeSet<Long>> cuts = new EnumMap<>(Fact.class);
    /** The facts in the order the conditions first read them. */
    private final java.util.LinkedHashSet<Fact> order = new java.util.LinkedHashSet<>();

    private FactsRead() {
    }

    /**
     * The facts a condition reads, definitions expanded (unmodifiable). Remembered by identity for the
     * conditions of the rule sets in use: the interview asks it of every rule at each set of answers.
     */
    public static Set<Fact> of(Condition condition) {
        synchronized (READ) {
            Set<Fact> known = READ.get(condition);
            if (known != null) {
                return known;
            }
            if (READ.size() >= MAX_REMEMBERED) {
                READ.clear();
            }
            Set<Fact> read = Collections.unmodifiableSet(collect(List.of(condition)).facts);
            READ.put(condition, read);
            return read;
        }
    }

    /** The facts each condition asked about reads, by identity; a bound on memory, not on conditions. */
    private static final Map<Condition, Set<Fact>> READ = new IdentityHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    static FactsRead collect(Collection<Condition> conditions) {
        FactsRead read = new FactsRead();
        conditions.forEach(c -> c.decide(read));
        return read;
    }

    /** Where a number fact's classes must be cut: each value from which a comparison may answer differently. */
    TreeSet<Long> cuts(Fact fact) {
        return cuts.getOrDefault(fact, new TreeSet<>());
    }

    /** The facts read, in the order the conditions first read them. */
    List<Fact> order() {
        return List.copyOf(order);
    }

    private Truth saw(Fact fact, long... cutsAt) {
        facts.add(fact);
        order.add(fact);
        for (long at : cutsAt) {
            cuts.computeIfAbsent(fact, f -> new TreeSet<>()).add(at);
        }
        return Truth.UNDECIDED;
    }

    private static long[] around(Object value) {
        return value instanceof Integer n ? new long[] {n, (long) n + 1} : new long[0];
    }

    public Truth is(Fact fact, Object value) {
        return saw(fact, around(value));
    }

    public Truth in(Fact fact, Set<Object> values) {
        values.forEach(v -> saw(fact, around(v)));
        return saw(fact);
    }

    public Truth atLeast(Fact fact, int bound) {
        return saw(fact, bound);
    }

    public Truth atMost(Fact fact, int bound) {
        return saw(fact, (long) bound + 1);
    }

    public Truth includesAny(Fact fact, Set<String> names) {
        return saw(fact);
    }

    public Truth known(Fact fact, boolean known) {
        return saw(fact);
    }
}
