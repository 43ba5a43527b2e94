package org.nocontact.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nocontact.rules.drafts.DraftRules;

/** A loaded, checked rule set: its sources, settings, shared definitions, rules, profiles and draft rules. */
public record RuleSet(
        String name,
        List<String> files,
        Map<String, String> sources,
        int defaultNoContactDays,
        Map<String, Condition> definitions,
        List<Rule.Suggestion> generalAdvice,
        List<Rule> rules,
        Map<String, Profile> profiles,
        String defaultProfile,
        List<Invariant> invariants,
        DraftRules drafts) {

    public RuleSet {
        files = List.copyOf(files);
        sources = Map.copyOf(sources);
        definitions = Map.copyOf(definitions);
        generalAdvice = List.copyOf(generalAdvice);
        rules = List.copyOf(rules);
        profiles = Map.copyOf(profiles);
        invariants = List.copyOf(invariants);
    }

    public Optional<Profile> profile(String profileName) {
        return Optional.ofNullable(profiles.get(profileName));
    }

    public Set<String> profileNames() {
        return profiles.keySet().stream().sorted().collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The parts in all rule conditions, definitions expanded: an upper bound on one evaluation's work. */
    public long totalConditionSize() {
        return rules.stream().mapToLong(rule -> rule.when().size()).sum();
    }

    public Facts factsOf(org.nocontact.situation.Situation situation) {
        return Facts.of(situation, defaultNoContactDays, drafts);
    }
}
