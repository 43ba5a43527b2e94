package org.nocontact.rules.drafts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule set's draft rules, loaded from the file that ruleset.json names in "drafts": the kinds of
 * line, what each verdict does with a draft, and all phrases in one index ({@code owners} maps each
 * phrase of the index to the rules that list it, and whether there it counts only at a line's end).
 */
public record DraftRules(
        Optional<String> file,
        List<DraftRule> rules,
        Map<VerdictKind, VerdictDrafts> verdicts,
        PhraseIndex index,
        List<List<Owner>> owners) {

    /** A rule that lists a phrase; {@code atLineEnd}: only where no word follows it on the line. */
    public record Owner(DraftRule rule, boolean atLineEnd) {
    }

    public static final DraftRules NONE = new DraftRules(Optional.empty(), List.of(), Map.of(),
            new PhraseIndex().freeze(), List.of());

    public DraftRules {
        rules = List.copyOf(rules);
        verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
        owners = owners.stream().map(List::copyOf).toList();
    }

    /** What a verdict does with a draft; empty when the rule set has no draft rules. */
    public Optional<VerdictDrafts> forVerdict(VerdictKind verdict) {
        return Optional.ofNullable(verdicts.get(verdict));
    }
}
