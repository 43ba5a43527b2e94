package org.nocontact.rules.drafts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nocontact.rules.Verdict;

/**
 * A rule set's draft rules, loaded from the file that ruleset.json names in "drafts": the kinds of
 * line, what each verdict does with a draft, and all phrases in one index ({@code owners} maps each
 * phrase of the index to the rules that list it, and whether there it counts only at a line's end).
 */
public record DraftRules(
        Optional<String> file,
        List<DraftRule> rules,
        Map<Verdict, VerdictDrafts> verdicts,
        PhraseIndex index,
        List<List<Owner>> owners) {

    /** A rule that lists a phrase; {@code atLineEnd}: only where no word follows it on the line. */
    public record Owner(DraftRule rule, boolean atLineEnd) {
    }

    public static final DraftRules NONE = new DraftRules(Optional.empty(), List.of(), Map.of(),
            new PhraseIndex().freeze(), List.of());

    public DraftRules {
        rules = List.copyOf(rules);
        verdicts = verdicts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(verdicts));
        owners = owners.stream().map(List::copyOf).toList();
    }

    /** What a verdict does with a draft; empty when the rule set has no draft rules. */
    public Optional<VerdictDrafts> forVerdict(Verdict verdict) {
        return Optional.ofNullable(verdicts.get(verdict));
    }
}
