package org.nocontact.rules.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.rules.drafts.DraftFiles.file;
import static org.nocontact.rules.drafts.DraftFiles.quoted;
import static org.nocontact.rules.drafts.DraftFiles.rule;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSetLoader;

/** What the draft rules find in a draft: on which line, by which rule, and whether it threatens. */
class DraftRulesTest {
    private final DraftRules shipped = RuleSetLoader.load(RuleFiles.builtIn()).drafts();

    private static List<String> ruleIds(DraftRules drafts, String line) {
        return drafts.find(1, line).stream().map(f -> f.rule().id()).toList();
    }

    @Test
    void aThreatIsReportedOnTheLineItIsOn() {
        assertThat(shipped.threat("I'll wait outside your work.")).hasValueSatisfying(f ->
                assertThat(f.line()).isEqualTo(1));
        assertThat(shipped.threat("Hi.\nI'll wait outside your work.")).hasValueSatisfying(f ->
                assertThat(f.line()).isEqualTo(2));
        assertThat(shipped.threat("Hi.\r\n\r\nI'll wait outside your work.")).hasValueSatisfying(f -> {
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.rule().threat()).isTrue();
        });
    }

    @Test
    void aDraftWithNoThreatingLineHasNoThreat() {
        assertThat(shipped.threat("Hi. Could I pick up my books on Sunday?\nThanks.")).isEmpty();
        assertThat(shipped.threatens("Hi. Could I pick up my books on Sunday?\nThanks.")).isFalse();
    }

    @Test
    void whetherADraftThreatensIsAnsweredAnewForEachNewDraftAndAlikeForTheSameOne() {
        String threat = "If you don't answer, I'm coming over.";
        String calm = "Could I pick up my books on Sunday?";
        assertThat(shipped.threatens(threat)).isTrue();
        assertThat(shipped.threatens(threat)).as("asked again").isTrue();
        assertThat(shipped.threatens(calm)).isFalse();
        assertThat(shipped.threatens(calm)).as("asked again").isFalse();
        assertThat(shipped.threatens(threat)).as("back to the first").isTrue();
    }

    @Test
    void aRuleSetWithNoThreatRuleFindsNoThreatEvenInAThreateningDraft() {
        DraftRules drafts = DraftFiles.load(file(List.of(rule("feelings", "miss you"))));
        assertThat(drafts.threat("I'm coming over, I miss you.")).isEmpty();
        assertThat(drafts.threatens("I'm coming over, I miss you.")).isFalse();
    }

    @Test
    void aLineEndPhraseCountsOnlyWhereNoWordFollowsItOnItsLine() {
        assertThat(ruleIds(shipped, "See you at six x")).contains("pet-names");
        assertThat(ruleIds(shipped, "See you at six x \uD83D\uDE42")).as("an emoji after it").contains("pet-names");
        assertThat(ruleIds(shipped, "Box x is in the hall")).doesNotContain("pet-names");
        assertThat(ruleIds(shipped, "Box x")).as("the line ends after it").contains("pet-names");
    }

    @Test
    void aPhraseAloneOnALineCountsOnlyWhereItIsTheLinesOnlyWords() {
        DraftRules drafts = DraftFiles.load(file(List.of(rule("asks-back", quoted("how about you"), ", \"aloneOnLine\": [\"you\"]"))));
        assertThat(ruleIds(drafts, "you?")).containsExactly("asks-back");
        assertThat(ruleIds(drafts, "  You??? \uD83D\uDE42")).as("punctuation and an emoji beside it").containsExactly("asks-back");
        assertThat(ruleIds(drafts, "thank you")).isEmpty();
        assertThat(ruleIds(drafts, "you know what I mean")).isEmpty();
        assertThat(ruleIds(shipped, "u?")).as("text-speak, shipped").containsExactly("question-back");
        assertThat(ruleIds(shipped, "thank you")).doesNotContain("question-back");
    }

    @Test
    void aRuleListingAPhraseAnywhereAndAtALineEndFindsItAnywhereOnce() {
        DraftRules drafts = DraftFiles.load(file(List.of(rule("kisses", quoted("xo"), ", \"atLineEnd\": [\"xo\"]"))));
        assertThat(ruleIds(drafts, "xo see you")).containsExactly("kisses");
        assertThat(ruleIds(drafts, "see you xo")).containsExactly("kisses");
    }

    @Test
    void aPhraseTwoRulesListIsFoundForBoth() {
        DraftRules drafts = DraftFiles.load(file(List.of(
                rule("feelings", "hello", "miss you", "if you ... loved me"),
                rule("pressure", "miss you", "if you ... loved me"))));
        assertThat(ruleIds(drafts, "I miss you")).containsExactly("feelings", "pressure");
        assertThat(ruleIds(drafts, "if you ever loved me")).containsExactly("feelings", "pressure");
        assertThat(ruleIds(drafts, "hello")).containsExactly("feelings");
        assertThat(drafts.index().size()).as("hello, miss you, the two pieces and the gapped phrase").isEqualTo(5);
    }

    @Test
    void twoReadingsOfTheSameDraftRulesAreEqualAndOtherRulesAreNot() {
        DraftRules again = RuleSetLoader.load(RuleFiles.builtIn()).drafts();
        assertThat(again).isEqualTo(shipped).hasSameHashCodeAs(shipped);
        assertThat(again.matcher()).isEqualTo(shipped.matcher()).hasSameHashCodeAs(shipped.matcher());
        DraftRules.Matcher none = new DraftRules.Matcher(List.of());
        assertThat(shipped.matcher()).isNotEqualTo(none).isNotEqualTo("Matcher").isNotEqualTo(null);
        assertThat(none).isEqualTo(DraftRules.NONE.matcher());
    }

    @Test
    void aRuleSetPrintedForADeveloperCountsItsDraftRulesRatherThanPrintingTheIndex() {
        assertThat(shipped.matcher()).hasToString("Matcher[" + shipped.rules().size() + " rules]");
        assertThat(shipped.rules()).hasSizeGreaterThan(10);
    }
}
