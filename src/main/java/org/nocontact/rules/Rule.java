package org.nocontact.rules;

import java.util.List;
import java.util.Optional;
import org.nocontact.json.Position;

/**
 * One piece of guidance: when it applies, the verdict it gives, why (in plain words), what to do
 * instead, when to look again, and the articles it rests on. {@code whenPosition} is where its
 * condition starts in the file (the rule's own position when it has none).
 */
public record Rule(
        String id,
        Condition when,
        Verdict verdict,
        Template summary,
        Template reason,
        List<Suggestion> doInstead,
        Optional<Fact> reconsiderOn,
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

    /** A rule with no condition is a catch-all: it only speaks when nothing else did. */
    public boolean isCatchAll() {
        return when instanceof Condition.Always;
    }

    /** A suggestion, given always or only when its condition holds. */
    public record Suggestion(Template text, Condition when) {
    }
}
