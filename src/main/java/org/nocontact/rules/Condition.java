package org.nocontact.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule files' condition language: a tree of plain records over named facts. It has no
 * variables, loops, regular expressions or calls, so evaluating it is a bounded walk of its nodes.
 * A comparison on an unknown fact is false.
 */
public sealed interface Condition {
    boolean test(Facts facts);

    /** The condition in words, as a rule author would read it back. */
    String describe();

    /** Nodes in the tree with definitions expanded: the work one evaluation may do. */
    long size();

    /**
     * The truth over a set of situations. Connectives look at every part unless one part already
     * decides, so an analysis that answers UNDECIDED to every comparison sees every comparison.
     */
    Truth decide(FactSets facts);

    /** "all" (stopping at the first FALSE) or "any" (at the first TRUE), in three values. */
    private static Truth combine(List<Condition> parts, FactSets facts, Truth decisive) {
        Truth result = decisive.negate();
        for (int i = 0, n = parts.size(); i < n; i++) {
            Truth truth = parts.get(i).decide(facts);
            if (truth == decisive) {
                return decisive;
            }
            if (truth == Truth.UNDECIDED) {
                result = Truth.UNDECIDED;
            }
        }
        return result;
    }

    record Always() implements Condition {
        public boolean test(Facts facts) {
            return true;
        }

        public String describe() {
            return "always";
        }

        public Truth decide(FactSets facts) {
            return Truth.TRUE;
        }

        public long size() {
            return 1;
        }
    }

    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        // indexed, no iterator: a rule set is evaluated millions of times by the authors' tools, and the
        // quick compiler they run `rules test` with allocates every iterator
        public boolean test(Facts facts) {
            for (int i = 0, n = parts.size(); i < n; i++) {
                if (!parts.get(i).test(facts)) {
                    return false;
                }
            }
            return true;
        }

        public String describe() {
            return parts.stream().map(Condition::describe).collect(Collectors.joining(" and ", "(", ")"));
        }

        public Truth decide(FactSets facts) {
            return Condition.combine(parts, facts, Truth.FALSE);
        }

        public long size() {
            return 1 + parts.stream().mapToLong(Condition::size).sum();
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        public boolean test(Facts facts) {
            for (int i = 0, n = parts.size(); i < n; i++) {
                if (parts.get(i).test(facts)) {
                    return true;
                }
            }
            return false;
        }

        public String describe() {
            return parts.stream().map(Condition::describe).collect(Collectors.joining(" or ", "(", ")"));
        }

        public Truth decide(FactSets facts) {
            return Condition.combine(parts, facts, Truth.TRUE);
        }

        public long size() {
            return 1 + parts.stream().mapToLong(Condition::size).sum();
        }
    }

    record Not(Condition part) implements Condition {
        public boolean test(Facts facts) {
            return !part.test(facts);
        }

        public String describe() {
            return "not " + part.describe();
        }

        public Truth decide(FactSets facts) {
            return part.decide(facts).negate();
        }

        public long size() {
            return 1 + part.size();
        }
    }

    /** A named definition from ruleset.json (such as "ready"), resolved when the rules load. */
    record Ref(String name, Condition definition, long expandedSize) implements Condition {
        public boolean test(Facts facts) {
            return definition.test(facts);
        }

        public String describe() {
            return name;
        }

        public Truth decide(FactSets facts) {
            return definition.decide(facts);
        }

        public long size() {
            return expandedSize;
        }
    }

    record Is(Fact fact, Object value) implements Condition {
        public boolean test(Facts facts) {
            return value.equals(facts.valueOrNull(fact));
        }

        public String describe() {
            return fact.factName() + " is " + value;
        }

        public Truth decide(FactSets facts) {
            return facts.is(fact, value);
        }

        public long size() {
            return 1;
        }
    }

    record In(Fact fact, Set<Object> values) implements Condition {
        public In {
            values = Set.copyOf(values);
        }

        public boolean test(Facts facts) {
            Object actual = facts.valueOrNull(fact);
            return actual != null && values.contains(actual);
        }

        public String describe() {
            return fact.factName() + " is one of " + values.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
        }

        public Truth decide(FactSets facts) {
            return facts.in(fact, values);
        }

        /** Each value is a part: a long list is as much work as as many comparisons. */
        public long size() {
            return values.size();
        }
    }

    record AtLeast(Fact fact, int bound) implements Condition {
        public boolean test(Facts facts) {
            Object actual = facts.valueOrNull(fact);
            return actual != null && (Integer) actual >= bound;
        }

        public String describe() {
            return fact.factName() + " is at least " + bound;
        }

        public Truth decide(FactSets facts) {
            return facts.atLeast(fact, bound);
        }

        public long size() {
            return 1;
        }
    }

    record AtMost(Fact fact, int bound) implements Condition {
        public boolean test(Facts facts) {
            Object actual = facts.valueOrNull(fact);
            return actual != null && (Integer) actual <= bound;
        }

        public String describe() {
            return fact.factName() + " is at most " + bound;
        }

        public Truth decide(FactSets facts) {
            return facts.atMost(fact, bound);
        }

        public long size() {
            return 1;
        }
    }

    record IncludesAny(Fact fact, Set<String> names) implements Condition {
        public IncludesAny {
            names = Set.copyOf(names);
        }

        public boolean test(Facts facts) {
            Object actual = facts.valueOrNull(fact);
            if (actual == null) {
                return false;
            }
            for (Object name : (Set<?>) actual) {
                if (names.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        public String describe() {
            return fact.factName() + " include any of " + names.stream().sorted().collect(Collectors.joining(", "));
        }

        public Truth decide(FactSets facts) {
            return facts.includesAny(fact, names);
        }

        public long size() {
            return 1;
        }
    }

    record Known(Fact fact, boolean known) implements Condition {
        public boolean test(Facts facts) {
            return (facts.valueOrNull(fact) != null) == known;
        }

        public String describe() {
            return fact.factName() + (known ? " is known" : " is unknown");
        }

        public Truth decide(FactSets facts) {
            return facts.known(fact, known);
        }

        public long size() {
            return 1;
        }
    }
}
