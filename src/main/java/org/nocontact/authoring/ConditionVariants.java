package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.RuleSet;

/**
 * The small changes to one condition tree (a bound moved, atLeast and atMost swapped, a part of an
 * all/any dropped, a "not" dropped, a name dropped from a list, a true/false flipped), with the
 * bounds the rule set cuts each number fact at, so a bound moves to the next value class.
 */
final class ConditionVariants {
    private final Map<Fact, TreeSet<Long>> cuts = new EnumMap<>(Fact.class);

    ConditionVariants(RuleSet rules) {
        collectCuts(rules);
    }

    /** One changed condition somewhere below a root: what, where below the root, and the new root. */
    record Variant(Mutant.Kind kind, String change, String path, Condition condition) {
    }

    /** Every variant of a condition, each with where below the root it changed. */
    List<Variant> of(Condition c, String path) {
        List<Variant> found = new ArrayList<>();
        Consumer<Variant> add = found::add;
        if (c instanceof Condition.All all) {
            parts(all.parts(), path + ".all", Condition.All::new, "all", add);
        } else if (c instanceof Condition.Any any) {
            parts(any.parts(), path + ".any", Condition.Any::new, "any", add);
        } else if (c instanceof Condition.Not not) {
            add.accept(new Variant(Mutant.Kind.NOT_DROPPED, "\"not\" dropped from not " + not.part().describe(),
                    path + ".not", not.part()));
            of(not.part(), path + ".not").forEach(v -> add.accept(new Variant(v.kind(), v.change(), v.path(),
                    new Condition.Not(v.condition()))));
        } else if (c instanceof Condition.Is is && is.value() instanceof Boolean b) {
            add.accept(new Variant(Mutant.Kind.BOOLEAN_FLIPPED, is.describe() + " flipped to " + !b, path + ".is",
                    new Condition.Is(is.fact(), !b)));
        } else if (c instanceof Condition.Known known) {
            add.accept(new Variant(Mutant.Kind.BOOLEAN_FLIPPED, known.describe() + " flipped", path + ".known",
                    new Condition.Known(known.fact(), !known.known())));
        } else if (c instanceof Condition.In in && in.values().size() > 1) {
            for (Object value : sorted(in.values())) {
                Set<Object> rest = new LinkedHashSet<>(in.values());
                rest.remove(value);
                add.accept(new Variant(Mutant.Kind.NAME_DROPPED, value + " dropped from " + in.describe(), path + ".in",
                        new Condition.In(in.fact(), rest)));
            }
        } else if (c instanceof Condition.IncludesAny includes && includes.names().size() > 1) {
            for (Object name : sorted(includes.names())) {
                Set<String> rest = new LinkedHashSet<>(includes.names());
                rest.remove(name);
                add.accept(new Variant(Mutant.Kind.NAME_DROPPED, name + " dropped from " + includes.describe(),
                        path + ".includesAny", new Condition.IncludesAny(includes.fact(), rest)));
            }
        } else if (c instanceof Condition.AtLeast least) {
            add.accept(new Variant(Mutant.Kind.COMPARISON_SWAPPED, least.describe() + " swapped to at most",
                    path + ".atLeast", new Condition.AtMost(least.fact(), least.bound())));
            for (long cut : neighbours(least.fact(), least.bound())) {
                Condition moved = new Condition.AtLeast(least.fact(), (int) cut);
                add.accept(new Variant(Mutant.Kind.BOUND_MOVED, least.describe() + " moved to " + moved.describe(),
                        path + ".atLeast", moved));
            }
        } else if (c instanceof Condition.AtMost most) {
            add.accept(new Variant(Mutant.Kind.COMPARISON_SWAPPED, most.describe() + " swapped to at least",
                    path + ".atMost", new Condition.AtLeast(most.fact(), most.bound())));
            for (long cut : neighbours(most.fact(), (long) most.bound() + 1)) {
                Condition moved = new Condition.AtMost(most.fact(), (int) (cut - 1));
                add.accept(new Variant(Mutant.Kind.BOUND_MOVED, most.describe() + " moved to " + moved.describe(),
                        path + ".atMost", moved));
            }
        }
        return found;
    }

    private void parts(List<Condition> parts, String path, java.util.function.Function<List<Condition>, Condition> make,
                       String word, Consumer<Variant> add) {
        for (int i = 0; i < parts.size(); i++) {
            String at = path + "[" + i + "]";
            if (parts.size() > 1) {
                List<Condition> rest = new ArrayList<>(parts);
                Condition dropped = rest.remove(i);
                add.accept(new Variant(Mutant.Kind.CONDITION_DROPPED, dropped.describe() + " dropped from its " + word,
                        at, make.apply(rest)));
            }
            int index = i;
            for (Variant v : of(parts.get(i), at)) {
                List<Condition> changed = new ArrayList<>(parts);
                changed.set(index, v.condition());
                add.accept(new Variant(v.kind(), v.change(), v.path(), make.apply(changed)));
            }
        }
    }

    private static List<Object> sorted(Set<?> values) {
        return values.stream().map(v -> (Object) v).sorted(Comparator.comparing(String::valueOf)).toList();
    }

    // --- value classes: the bounds the rule set cuts each number fact at ----------------------------

    /** A cut at c means values below c and from c up fall in different classes. */
    private void collectCuts(RuleSet rules) {
        List<Condition> all = new ArrayList<>(rules.definitions().values());
        rules.rules().forEach(r -> all.add(r.when()));
        all.forEach(this::cutsOf);
    }

    private void cutsOf(Condition c) {
        if (c instanceof Condition.All all) {
            all.parts().forEach(this::cutsOf);
        } else if (c instanceof Condition.Any any) {
            any.parts().forEach(this::cutsOf);
        } else if (c instanceof Condition.Not not) {
            cutsOf(not.part());
        } else if (c instanceof Condition.AtLeast least) {
            cut(least.fact(), least.bound());
        } else if (c instanceof Condition.AtMost most) {
            cut(most.fact(), (long) most.bound() + 1);
        }
    }

    private void cut(Fact fact, long at) {
        cuts.computeIfAbsent(fact, f -> new TreeSet<>()).add(at);
    }

    /** The cuts next to this one: the nearest other bound below and above, else one value away. */
    private List<Long> neighbours(Fact fact, long cut) {
        TreeSet<Long> of = cuts.getOrDefault(fact, new TreeSet<>());
        Long below = of.lower(cut);
        Long above = of.higher(cut);
        List<Long> result = new ArrayList<>();
        result.add(below != null ? below : cut - 1);
        result.add(above != null ? above : cut + 1);
        return result.stream().filter(v -> v > Integer.MIN_VALUE && v <= Integer.MAX_VALUE).distinct().toList();
    }
}
