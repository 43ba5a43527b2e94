package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.rules.drafts.VerdictDrafts;

/**
 * Every source a shipped text cites is one the rule set declares, reasons resting on general
 * safety practice say so, and docs/sources.md reviews every rule with exactly the sources it cites.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesReviewTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());

    /** Every rule, draft rule and length limit of the shipped set, with the sources it cites. */
    Map<String, List<String>> cited() {
        Map<String, List<String>> cited = new LinkedHashMap<>();
        rules.rules().forEach(rule -> cited.put(rule.id(), rule.sources()));
        rules.drafts().rules().forEach(rule -> cited.put(rule.id(), rule.sources()));
        rules.drafts().verdicts().values().stream().map(VerdictDrafts::tooLong)
                .flatMap(java.util.Optional::stream).forEach(limit -> cited.put(limit.id(), limit.sources()));
        return cited;
    }

    @Test
    void everySourceATextCitesIsDeclaredByTheRuleSet() {
        cited().forEach((id, sources) -> assertThat(sources).as(id).isNotEmpty()
                .allMatch(rules.sources()::containsKey));
    }

    @Test
    void generalSafetyPracticeIsDeclaredAndShownAsNotFromTheArticles() {
        assertThat(rules.sources()).containsEntry("safety-practice", "general safety practice, not from the articles");
        for (String id : List.of("safety-self-harm", "safety-danger", "safety-protection-order", "draft-threatens-to-turn-up")) {
            assertThat(cited().get(id)).as(id).contains("safety-practice");
        }
        assertThat(cited().get("safety-self-harm")).as("no article speaks of self-harm").containsExactly("safety-practice");
        assertThat(cited().get("safety-protection-order")).as("no article speaks of protection orders")
                .containsExactly("safety-practice");
    }

    @Test
    void noRuleCitesAnArticleForWhatItDoesNotSay() {
        assertThat(cited().get("reply-briefly")).as("dumped-you says to suggest a date when they write")
                .doesNotContain("dumped-you");
        assertThat(cited().get("romantic-emoji")).as("valentines-coach has no emoji").doesNotContain("valentines-coach");
        assertThat(cited().get("pet-names")).doesNotContain("valentines-coach");
        assertThat(rules.rules().stream().filter(r -> r.id().equals("romantic-occasion")).findFirst().orElseThrow()
                .reason().text()).doesNotContain("reopen the wound").contains("polite word back");
    }

    @Test
    void theReviewTableHasEveryRuleWithExactlyTheSourcesItCites() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("docs/sources.md"))) {
            if (line.startsWith("| `") && line.split("\\|").length >= 5) {
                String[] cells = line.split("\\|");
                String id = cells[1].trim().replace("`", "");
                if (cited().containsKey(id)) {
                    rows.put(id, Arrays.stream(cells[2].split(",")).map(String::trim).toList());
                }
            }
        }
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(cited().keySet());
        cited().forEach((id, sources) -> assertThat(rows.get(id)).as(id).containsExactlyElementsOf(sources));
    }

    @Test
    void everyThreatRuleOfTheDraftsCitesSafetyPractice() {
        assertThat(rules.drafts().rules().stream().filter(DraftRule::threat)).isNotEmpty()
                .allMatch(rule -> rule.sources().contains("safety-practice"));
    }
}
