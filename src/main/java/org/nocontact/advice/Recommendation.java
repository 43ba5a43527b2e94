package org.nocontact.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nocontact.advice.draft.DraftReview;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Verdict;

/** What nocontact tells the person, with everything needed to explain it, and the review of their draft if they gave one. */
public record Recommendation(
        Verdict verdict,
        String summary,
        LocalDate today,
        Optional<LocalDate> reconsiderOn,
        List<Reason> reasons,
        List<Overridden> overridden,
        List<String> doInstead,
        List<Change> wouldChange,
        String profile,
        Map<String, String> sourceDescriptions,
        Evaluation evaluation,
        Optional<DraftReview> draft) {

    public Recommendation {
        reasons = List.copyOf(reasons);
        overridden = List.copyOf(overridden);
        doInstead = List.copyOf(doInstead);
        wouldChange = List.copyOf(wouldChange);
        sourceDescriptions = Map.copyOf(sourceDescriptions);
    }

    /** A rule's reason; the first in a recommendation is the one that decided. */
    public record Reason(String rule, String text, List<String> sources) {
        public Reason {
            sources = List.copyOf(sources);
        }
    }

    /** A rule that applied but lost to one of higher precedence. */
    public record Overridden(String rule, Verdict verdict, String by) {
    }

    /** One change to the situation, and the verdict it would give. */
    /** One single change and the verdict it gives, with what that verdict would say ("tell them once"). */
    public record Change(String change, Verdict verdict, String summary) {
    }
}
