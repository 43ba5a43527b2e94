package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;

/**
 * Every small change an author could make by mistake, derived from the rule set given (nothing here
 * names a fact, a rule or a profile of today's rules): in each rule's condition and each definition,
 * a bound moved by one value class (to the next bound the rule set uses for that fact, on either
 * side, or by one where it uses none there), atLeast and atMost swapped, each part of an all/any
 * dropped, a "not" dropped, a name dropped from an in/includesAny list, a true/false flipped (also
 * known/unknown); each rule's verdict changed to each other verdict; in each profile, two adjacent
 * rules swapped and each rule (but a catch-all) dropped. The mutants are rule sets in memory.
 */
public final class Mutants {
    private final RuleSet rules;
    private final String index;
    private final Map<Fact, TreeSet<Long>> cuts = new EnumMap<>(Fact.class);
    private final List<Mutant> out = new ArrayList<>();

    private Mutants(RuleSet rules, String index) {
        this.rules = rules;
        this.index = index;
    }

    /**
     * The mutants of a rule set, in file order: rules, then definitions, then profiles.
     *
     * @param index the rule set's ruleset.json as messages name it
     */
    public static List<Mutant> of(RuleSet rules, String index) {
        Mutants m = new Mutants(rules, index);
        m.collectCuts();
        m.rules.rules().forEach(m::ofRule);
        m.rules.definitions().keySet().stream().sorted().forEach(m::ofDefinition);
        m.rules.profileNames().forEach(m::ofProfile);
        return List.copyOf(m.out);
    }

    /** One changed condition somewhere below a root: what, where below the root, and the new root. */
    private record Variant(Mutant.Kind kind, String change, String path, Condition condition) {
    }

    private void ofRule(Rule rule) {
        Set<String> profiles = profilesOf(rule);
        String at = "rules." + rule.id();
        for (Variant v : variants(rule.when(), "when")) {
            add(v.kind(), "rule " + rule.id() + ": " + v.change(), rule.file(), rule.whenPosition(), at + "." + v.path(),
                    profiles, replacing(rule, with(rule, v.condition(), rule.verdict())));
        }
        for (Verdict verdict : Verdict.values()) {
            if (verdict != rule.verdict()) {
                add(Mutant.Kind.VERDICT_CHANGED, "rule " + rule.id() + ": verdict " + rule.verdict() + " changed to "
                        + verdict, rule.file(), rule.position(), at + ".verdict", profiles,
                        replacing(rule, with(rule, rule.when(), verdict)));
            }
        }
    }

    private void ofDefinition(String name) {
        Condition definition = rules.definitions().get(name);
        Condition body = definition instanceof Condition.Ref ref ? ref.definition() : definition;
        for (Variant v : variants(body, "definitions." + name)) {
            Condition.Ref changed = new Condition.Ref(name, v.condition(), v.condition().size());
            add(v.kind(), "definition " + name + ": " + v.change(), index, Position.START, v.path(),
                    rules.profileNames(), withDefinition(name, changed));
        }
    }

    private void ofProfile(String name) {
        Profile profile = rules.profile(name).orElseThrow();
        List<Rule> order = profile.precedence();
        String at = "profiles." + name + ".precedence";
        for (int i = 0; i + 1 < order.size(); i++) {
            List<Rule> swapped = new ArrayList<>(order);
            swapped.set(i, order.get(i + 1));
            swapped.set(i + 1, order.get(i));
            add(Mutant.Kind.PRECEDENCE_SWAPPED, "profile " + name + ": " + order.get(i).id() + " and "
                    + order.get(i + 1).id() + " swapped", index, Position.START, at + "[" + i + "]",
                    Set.of(name), withProfile(profile, swapped));
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).isCatchAll()) {
                continue;
            }
            List<Rule> dropped = new ArrayList<>(order);
            dropped.remove(i);
            add(Mutant.Kind.RULE_DROPPED, "profile " + name + ": " + order.get(i).id() + " dropped", index,
                    Position.START, at + "[" + i + "]", Set.of(name), withProfile(profile, dropped));
        }
    }

    private void add(Mutant.Kind kind, String change, String file, Position position, String path, Set<String> profiles,
                     RuleSet mutated) {
        out.add(new Mutant(kind, change, file, position, path, profiles, mutated));
    }

    // --- the changes to one condition tree -------------------------------------------------------

    private List<Variant> variants(Condition c, String path) {
        List<Variant> found = new ArrayList<>();
        Consumer<Variant> add = found::add;
        if (c instanceof Condition.All all) {
            parts(all.parts(), path + ".all", Condition.All::new, "all", add);
        } else if (c instanceof Condition.Any any) {
            parts(any.parts(), path + ".any", Condition.Any::new, "any", add);
        } else if (c instanceof Condition.Not not) {
            add.accept(new Variant(Mutant.Kind.NOT_DROPPED, "\"not\" dropped from not " + not.part().describe(),
                    path + ".not", not.part()));
            variants(not.part(), path + ".not").forEach(v -> add.accept(new Variant(v.kind(), v.change(), v.path(),
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
            for (Variant v : variants(parts.get(i), at)) {
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
    private void collectCuts() {
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

    // --- building the changed rule sets ----------------------------------------------------------

    private Set<String> profilesOf(Rule rule) {
        Set<String> in = new LinkedHashSet<>();
        rules.profiles().forEach((name, p) -> {
            if (p.precedence().contains(rule)) {
                in.add(name);
            }
        });
        return in;
    }

    private static Rule with(Rule r, Condition when, Verdict verdict) {
        return new Rule(r.id(), when, verdict, r.summary(), r.reason(), r.doInstead(), r.period(), r.sources(),
                r.file(), r.position(), r.whenPosition());
    }

    /** The rule set with one rule replaced, in the rule list and in every profile. */
    private RuleSet replacing(Rule old, Rule changed) {
        Map<Rule, Rule> map = new IdentityHashMap<>();
        map.put(old, changed);
        return rebuilt(rule -> map.getOrDefault(rule, rule), rules.definitions(), rules.generalAdvice(), rules.profiles());
    }

    private RuleSet withProfile(Profile profile, List<Rule> precedence) {
        Map<String, Profile> profiles = new LinkedHashMap<>(rules.profiles());
        profiles.put(profile.name(), new Profile(profile.name(), profile.description(), precedence));
        return rebuilt(UnaryOperator.identity(), rules.definitions(), rules.generalAdvice(), profiles);
    }

    /** The rule set with a definition changed wherever it is referred to. */
    private RuleSet withDefinition(String name, Condition.Ref changed) {
        UnaryOperator<Condition> swap = c -> substitute(c, name, changed);
        Map<String, Condition> definitions = new LinkedHashMap<>();
        rules.definitions().forEach((n, d) -> definitions.put(n, n.equals(name) ? changed : swap.apply(d)));
        List<Rule.Suggestion> advice = rules.generalAdvice().stream()
                .map(s -> new Rule.Suggestion(s.text(), swap.apply(s.when()))).toList();
        UnaryOperator<Rule> rule = r -> new Rule(r.id(), swap.apply(r.when()), r.verdict(), r.summary(), r.reason(),
                r.doInstead().stream().map(s -> new Rule.Suggestion(s.text(), swap.apply(s.when()))).toList(),
                r.period(), r.sources(), r.file(), r.position(), r.whenPosition());
        return rebuilt(rule, definitions, advice, rules.profiles());
    }

    private static Condition substitute(Condition c, String name, Condition.Ref changed) {
        if (c instanceof Condition.Ref ref) {
            if (ref.name().equals(name)) {
                return changed;
            }
            Condition inner = substitute(ref.definition(), name, changed);
            return inner == ref.definition() ? ref : new Condition.Ref(ref.name(), inner, inner.size());
        }
        if (c instanceof Condition.All all) {
            return new Condition.All(all.parts().stream().map(p -> substitute(p, name, changed)).toList());
        }
        if (c instanceof Condition.Any any) {
            return new Condition.Any(any.parts().stream().map(p -> substitute(p, name, changed)).toList());
        }
        if (c instanceof Condition.Not not) {
            return new Condition.Not(substitute(not.part(), name, changed));
        }
        return c;
    }

    /** A copy with every rule mapped (the same rule object everywhere it stands) and the parts given. */
    private RuleSet rebuilt(UnaryOperator<Rule> map, Map<String, Condition> definitions, List<Rule.Suggestion> advice,
                            Map<String, Profile> profiles) {
        Map<Rule, Rule> done = new IdentityHashMap<>();
        UnaryOperator<Rule> once = r -> done.computeIfAbsent(r, map);
        List<Rule> list = rules.rules().stream().map(once).toList();
        Map<String, Profile> mapped = new LinkedHashMap<>();
        profiles.forEach((n, p) -> mapped.put(n, new Profile(p.name(), p.description(),
                p.precedence().stream().map(once).toList())));
        return new RuleSet(rules.name(), rules.files(), rules.sources(), rules.defaultNoContactDays(), definitions,
                advice, list, mapped, rules.defaultProfile(), rules.invariants(), rules.drafts());
    }
}
