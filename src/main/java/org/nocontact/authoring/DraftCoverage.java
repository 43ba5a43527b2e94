package org.nocontact.authoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.rules.drafts.LengthLimit;
import org.nocontact.rules.drafts.VerdictDrafts;

/** Which draft rules (and length limits) note something in some case's draft, and which none does. */
public final class DraftCoverage {
    private DraftCoverage() {
    }

    /** The ids of the draft rules and length limits that no case's draft gets a note from, in file order. */
    public static List<String> neverNoted(RuleSet rules, List<CaseRunner.Result> results) {
        Set<String> noted = new HashSet<>();
        results.forEach(result -> result.actual().draft()
                .ifPresent(draft -> draft.notes().forEach(note -> noted.add(note.rule()))));
        Stream<String> limits = rules.drafts().verdicts().values().stream().map(VerdictDrafts::tooLong)
                .flatMap(limit -> limit.map(LengthLimit::id).stream());
        return Stream.concat(rules.drafts().rules().stream().map(DraftRule::id), limits)
                .filter(id -> !noted.contains(id)).toList();
    }
}
