package org.nocontact.rules;

import java.util.List;

/**
 * What happened when a profile's rules met a situation: every rule's outcome in precedence order,
 * and the one that decided (the first that applied).
 */
public record Evaluation(Profile profile, Facts facts, List<Outcome> outcomes, Rule decider) {
    public Evaluation {
        outcomes = List.copyOf(outcomes);
    }

    public record Outcome(Rule rule, boolean applied) {
    }

    public Verdict verdict() {
        return decider.verdict();
    }

    public List<Rule> applied() {
        return outcomes.stream().filter(Outcome::applied).map(Outcome::rule).toList();
    }

    /** Rules that applied but lost to the decider, which comes before them. */
    public List<Rule> overridden() {
        return applied().stream().filter(rule -> rule != decider).toList();
    }

    /** A few lines for a rule author: which rules applied, which decided. */
    public String trace() {
        StringBuilder out = new StringBuilder("profile " + profile.name() + ":\n");
        boolean decided = false;
        for (Outcome outcome : outcomes) {
            String mark;
            if (outcome.rule() == decider) {
                mark = "decided   ";
                decided = true;
            } else if (outcome.applied()) {
                mark = decided ? "overridden" : "applied   ";
            } else {
                mark = "-         ";
            }
            out.append("  ").append(mark).append(' ').append(outcome.rule().id())
                    .append(" -> ").append(outcome.rule().verdict()).append('\n');
        }
        return out.toString();
    }

    public static Evaluation of(Profile profile, Facts facts) {
        List<Outcome> outcomes = new java.util.ArrayList<>(profile.precedence().size());
        Rule decider = null;
        for (Rule rule : profile.precedence()) {
            boolean applied = rule.appliesTo(facts);
            outcomes.add(new Outcome(rule, applied));
            if (applied && decider == null) {
                decider = rule;
            }
        }
        if (decider == null) {
            // The loader requires every profile to end with a catch-all, so this cannot happen.
            throw new IllegalStateException("profile " + profile.name() + " gave no verdict");
        }
        return new Evaluation(profile, facts, outcomes, decider);
    }
}
