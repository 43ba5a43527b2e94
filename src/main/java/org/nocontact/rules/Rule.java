package org.nocontact.rules;

import java.util.List;
import java.util.Optional;
import org.nocontact.json.Position;

/**
 * One piece of guidance: when it applies, the verdict it gives, why (in plain words), what to do
 * instead, what following it does to the no-contact period, and the articles it rests on. {@code whenPosition} is where its
 * condition starts in the file (the rule's own position when it has none).
 */
public record Rule(
        String id,
        Condition when,
        Verdict verdict,
        Template summary,
        Template reason,
        List<Suggestion> doInstead,
        PeriodAdvice period,
        List<String> sources,
        String file,
        Position position,
        Position whenPosition) {

    public Rule {
        doInstead = List.copyOf(doInstead);
        sources = List.copyOf(sources);
    }

    public boolean appliesTo(Facts facts) {
        return when.test(facts);
    }

    /**
     * The date fact that approximates the day to look again under this rule (for the interview's
     * relevance); the exact day is the projection's ({@code Advisor.project}).
     */
    public Optional<Fact> reconsiderOn() {
        return period.lookAgainFact();
    }

    /** A rule with no condition is a catch-all: it only speaks when nothing else did. */
    public boolean isCatchAll() {
        return when instanceof Condition.Always;
    }

    /** A suggestion, given always or only when its condition holds. */
    public record Suggestion(Template text, Condition when) {
    }
}
