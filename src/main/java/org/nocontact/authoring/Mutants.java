package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
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
    private final ConditionVariants variants;
    private final RuleSetEdits edits;
    private final List<Mutant> out = new ArrayList<>();

    private Mutants(RuleSet rules, String index) {
        this.rules = rules;
        this.index = index;
        this.variants = new ConditionVariants(rules);
        this.edits = new RuleSetEdits(rules);
    }

    /**
     * The mutants of a rule set, in file order: rules, then definitions, then profiles.
     *
     * @param index the rule set's ruleset.json as messages name it
     */
    public static List<Mutant> of(RuleSet rules, String index) {
        Mutants m = new Mutants(rules, index);
        m.rules.rules().forEach(m::ofRule);
        m.rules.definitions().keySet().stream().sorted().forEach(m::ofDefinition);
        m.rules.profileNames().forEach(m::ofProfile);
        return List.copyOf(m.out);
    }

    private void ofRule(Rule rule) {
        Set<String> profiles = profilesOf(rule);
        String at = "rules." + rule.id();
        for (ConditionVariants.Variant v : variants.of(rule.when(), "when")) {
            add(v.kind(), "rule " + rule.id() + ": " + v.change(), rule.file(), rule.whenPosition(), at + "." + v.path(),
                    profiles, edits.replacing(rule, RuleSetEdits.with(rule, v.condition(), rule.verdict())));
        }
        for (Verdict verdict : Verdict.values()) {
            if (verdict != rule.verdict()) {
                add(Mutant.Kind.VERDICT_CHANGED, "rule " + rule.id() + ": verdict " + rule.verdict() + " changed to "
                        + verdict, rule.file(), rule.position(), at + ".verdict", profiles,
                        edits.replacing(rule, RuleSetEdits.with(rule, rule.when(), verdict)));
            }
        }
    }

    private void ofDefinition(String name) {
        Condition definition = rules.definitions().get(name);
        Condition body = definition instanceof Condition.Ref ref ? ref.definition() : definition;
        for (ConditionVariants.Variant v : variants.of(body, "definitions." + name)) {
            Condition.Ref changed = new Condition.Ref(name, v.condition(), v.condition().size());
            add(v.kind(), "definition " + name + ": " + v.change(), index, Position.START, v.path(),
                    rules.profileNames(), edits.withDefinition(name, changed));
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
                    Set.of(name), edits.withProfile(profile, swapped));
        }
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).isCatchAll()) {
                continue;
            }
            List<Rule> dropped = new ArrayList<>(order);
            dropped.remove(i);
            add(Mutant.Kind.RULE_DROPPED, "profile " + name + ": " + order.get(i).id() + " dropped", index,
                    Position.START, at + "[" + i + "]", Set.of(name), edits.withProfile(profile, dropped));
        }
    }

    private void add(Mutant.Kind kind, String change, String file, Position position, String path, Set<String> profiles,
                     RuleSet mutated) {
        out.add(new Mutant(kind, change, file, position, path, profiles, mutated));
    }

    private Set<String> profilesOf(Rule rule) {
        Set<String> in = new LinkedHashSet<>();
        rules.profiles().forEach((name, p) -> {
            if (p.precedence().contains(rule)) {
                in.add(name);
            }
        });
        return in;
    }
}
