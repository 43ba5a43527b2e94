package org.nocontact.authoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.rules.drafts.LengthLimit;
import org.nocontact.rules.drafts.VerdictDrafts;

/**
 * Which draft rules (and length limits) note something in some case's draft, and which none does.
 * A threat rule acts through the fact it sets, whatever the verdict: it counts where it finds a
 * line in some case's draft.
 */
public final class DraftCoverage {
    private DraftCoverage() {
    }

    /** The ids of the draft rules and length limits that no case's draft gets a note from, in file order. */
    public static List<String> neverNoted(RuleSet rules, List<CaseRunner.Result> results) {
        Set<String> noted = new HashSet<>();
        results.forEach(result -> result.actual().draft()
                .ifPresent(draft -> draft.notes().forEach(note -> noted.add(note.rule()))));
        results.forEach(result -> result.actual().draft().ifPresent(draft -> {
            List<String> lines = draft.lines();
            for (int i = 0; i < lines.size(); i++) {
                rules.drafts().find(i + 1, lines.get(i)).stream().filter(f -> f.rule().threat())
                        .forEach(f -> noted.add(f.rule().id()));
            }
        }));
        Stream<String> limits = rules.drafts().verdicts().values().stream().map(VerdictDrafts::tooLong)
                .flatMap(limit -> limit.map(LengthLimit::id).stream());
        return Stream.concat(rules.drafts().rules().stream().map(DraftRule::id), limits)
                .filter(id -> !noted.contains(id)).toList();
    }
}
