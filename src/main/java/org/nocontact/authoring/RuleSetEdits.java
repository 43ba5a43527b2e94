package org.nocontact.authoring;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;

/** Copies of one rule set with one thing changed: a rule, a profile's precedence, or a definition wherever it is used. */
final class RuleSetEdits {
    private final RuleSet rules;

    RuleSetEdits(RuleSet rules) {
        this.rules = rules;
    }

    static Rule with(Rule r, Condition when, Verdict verdict) {
        return new Rule(r.id(), when, verdict, r.summary(), r.reason(), r.doInstead(), r.period(), r.sources(),
                r.file(), r.position(), r.whenPosition());
    }

    /** The rule set with one rule replaced, in the rule list and in every profile. */
    RuleSet replacing(Rule old, Rule changed) {
        Map<Rule, Rule> map = new IdentityHashMap<>();
        map.put(old, changed);
        return rebuilt(rule -> map.getOrDefault(rule, rule), rules.definitions(), rules.generalAdvice(), rules.profiles());
    }

    RuleSet withProfile(Profile profile, List<Rule> precedence) {
        Map<String, Profile> profiles = new LinkedHashMap<>(rules.profiles());
        profiles.put(profile.name(), new Profile(profile.name(), profile.description(), precedence));
        return rebuilt(UnaryOperator.identity(), rules.definitions(), rules.generalAdvice(), profiles);
    }

    /** The rule set with a definition changed wherever it is referred to. */
    RuleSet withDefinition(String name, Condition.Ref changed) {
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
