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

    /** A few lines for a rule author: every rule in order, and which applied, decided or were overridden. */
    public String trace() {
        return trace(true);
    }

    /** As {@link #trace()}, but only the rules that applied (and a count of the others) when {@code all} is false. */
    public String trace(boolean all) {
        StringBuilder out = new StringBuilder("profile " + profile.name() + ":\n");
        int skipped = 0;
        boolean decided = false;
        for (Outcome outcome : outcomes) {
            String mark;
            if (outcome.rule() == decider) {
                mark = "decided   ";
                decided = true;
            } else if (outcome.applied()) {
                mark = decided ? "overridden" : "applied   ";
            } else if (all) {
                mark = "-         ";
            } else {
                skipped++;
                continue;
            }
            out.append("  ").append(mark).append(' ').append(outcome.rule().id())
                    .append(" -> ").append(outcome.rule().verdict()).append('\n');
        }
        if (skipped > 0) {
            out.append("  (").append(skipped).append(" other rules did not apply)\n");
        }
        return out.toString();
    }

    public static Evaluation of(Profile profile, Facts facts) {
        List<Outcome> outcomes = new java.util.ArrayList<>(profile.precedence().size());
        Rule decider = null;
        List<Rule> precedence = profile.precedence();
        for (int i = 0, n = precedence.size(); i < n; i++) {
            Rule rule = precedence.get(i);
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
