package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.TestSituations.base;
import static org.nocontact.TestSituations.read;
import static org.nocontact.TestSituations.set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());

    Evaluation evaluate(com.fasterxml.jackson.databind.node.ObjectNode s, String profile) {
        return Evaluation.of(rules.profile(profile).orElseThrow(), rules.factsOf(read(s)));
    }

    @Test
    void theFirstRuleThatAppliesDecidesAndTheRestAreOverridden() {
        var s = set(set(base(), "today", "2027-02-14"), "noContact.since", "2027-02-02");
        Evaluation e = evaluate(s, "standard");
        assertThat(e.decider().id()).isEqualTo("romantic-occasion");
        assertThat(e.applied()).extracting(Rule::id)
                .containsExactly("romantic-occasion", "hold-the-period", "when-in-doubt");
        assertThat(e.overridden()).extracting(Rule::id).containsExactly("hold-the-period", "when-in-doubt");
        assertThat(e.outcomes()).hasSize(rules.profile("standard").orElseThrow().precedence().size());
    }

    @Test
    void theTraceShowsWhatDecidedAndWhatWasOverridden() {
        String trace = evaluate(set(base(), "plan.action", "gift"), "strict").trace();
        assertThat(trace).startsWith("profile strict:")
                .contains("decided    no-gifts-or-letters -> DO_NOT_CONTACT")
                .contains("overridden strict-wait-for-them -> DO_NOT_CONTACT")
                .contains("-          safety-self-harm -> SEEK_SUPPORT");
    }

    @Test
    void theShortTraceListsOnlyTheRulesThatAppliedAndCountsTheOthers() {
        Evaluation e = evaluate(set(base(), "plan.action", "gift"), "strict");
        int others = e.outcomes().size() - e.applied().size();
        assertThat(others).isGreaterThan(1);
        assertThat(e.verdict()).isEqualTo(Verdict.DO_NOT_CONTACT);
        assertThat(e.trace(false)).startsWith("profile strict:\n")
                .contains("  decided    no-gifts-or-letters -> DO_NOT_CONTACT\n")
                .contains("  overridden strict-wait-for-them -> DO_NOT_CONTACT\n")
                .doesNotContain("safety-self-harm")
                .endsWith("  (" + others + " other rules did not apply)\n");
        assertThat(e.trace()).doesNotContain("other rules did not apply");
    }

    @Test
    void aShortTraceWhereEveryRuleAppliedHasNoCount() {
        Rule always = new Rule("always", new Condition.Always(), Verdict.REACH_OUT, Template.parse("Go.", n -> { }),
                Template.parse("Because.", n -> { }), java.util.List.of(), PeriodAdvice.NONE, java.util.List.of("a"),
                "rules.json", new org.nocontact.json.Position(1, 1), new org.nocontact.json.Position(1, 1));
        Evaluation e = Evaluation.of(new Profile("only", "", java.util.List.of(always)), rules.factsOf(read(base())));
        assertThat(e.trace(false)).isEqualTo("profile only:\n  decided    always -> REACH_OUT\n");
    }

    @Test
    void theSameInputAlwaysGivesTheSameEvaluation() {
        var s = base();
        assertThat(evaluate(s, "standard").trace()).isEqualTo(evaluate(s, "standard").trace());
    }
}
