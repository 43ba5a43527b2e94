package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Invariant;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Template;
import org.nocontact.rules.Verdict;
import org.nocontact.rules.drafts.DraftRules;

/** Rule sets written in the test, with one profile "p" holding every rule in order. */
final class SmallRuleSets {
    private SmallRuleSets() {
    }

    static Rule rule(String id, Condition when, Verdict verdict, PeriodAdvice period) {
        return rule(id, when, verdict, period, List.of());
    }

    static Rule rule(String id, Condition when, Verdict verdict, PeriodAdvice period, List<Rule.Suggestion> doInstead) {
        Template text = Template.parse("t", unknown -> { });
        return new Rule(id, when, verdict, text, text, doInstead, period, List.of("x"), "gen.json", Position.START,
                Position.START);
    }

    static Rule rule(String id, Condition when, Verdict verdict) {
        return rule(id, when, verdict, PeriodAdvice.NONE);
    }

    static Rule.Suggestion suggestion(Condition when) {
        return new Rule.Suggestion(Template.parse("s", unknown -> { }), when);
    }

    static Invariant never(String id, Condition when, Verdict verdict) {
        return new Invariant(id, "", List.of("p"), when, true, verdict, "gen.json", Position.START);
    }

    /** These rules and a catch-all that reaches out. */
    static RuleSet of(int defaultDays, List<Rule> rules) {
        return of(defaultDays, Map.of(), List.of(), rules, List.of());
    }

    /** One rule per condition (r0, r1, ...: don't contact), then a catch-all that reaches out. */
    static RuleSet deciding(int defaultDays, Condition... whens) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < whens.length; i++) {
            rules.add(rule("r" + i, whens[i], Verdict.DO_NOT_CONTACT));
        }
        return of(defaultDays, rules);
    }

    static RuleSet of(int defaultDays, Map<String, Condition> definitions, List<Rule.Suggestion> generalAdvice,
                      List<Rule> rules, List<Invariant> invariants) {
        List<Rule> all = new ArrayList<>(rules);
        if (all.isEmpty() || !all.get(all.size() - 1).isCatchAll()) {
            all.add(rule("catch-all", new Condition.Always(), Verdict.REACH_OUT));
        }
        Profile profile = new Profile("p", "", all);
        return new RuleSet("small", List.of("gen.json"), Map.of("x", "x"), defaultDays, definitions, generalAdvice,
                all, Map.of("p", profile), "p", invariants, DraftRules.NONE);
    }
}
