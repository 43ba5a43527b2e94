package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.drafts.DraftRule;

/** The docs a rule author reads must name every fact and every shipped rule. */
class DocumentationTest {
    static final Path DOCS = Path.of(System.getProperty("nocontact.root", "."), "docs");

    @Test
    void everyFactIsDocumentedForRuleAuthors() throws IOException {
        String doc = Files.readString(DOCS.resolve("rules-format.md"));
        for (Fact fact : Fact.values()) {
            assertThat(doc).as(fact.factName()).contains("| `" + fact.factName() + "` |");
        }
    }

    @Test
    void everyShippedDraftRuleIsInThePrecedenceDocument() throws IOException {
        String doc = Files.readString(DOCS.resolve("how-rules-decide.md"));
        RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
        for (DraftRule rule : rules.drafts().rules()) {
            assertThat(doc).as(rule.id()).contains("`" + rule.id() + "`");
        }
        rules.drafts().verdicts().values().forEach(v -> v.tooLong().ifPresent(limit ->
                assertThat(doc).as(limit.id()).contains("`" + limit.id() + "` (over " + limit.maxWords() + " words)")));
    }

    @Test
    void everyShippedRuleIsInThePrecedenceDocument() throws IOException {
        String doc = Files.readString(DOCS.resolve("how-rules-decide.md"));
        for (Rule rule : RuleSetLoader.load(RuleFiles.builtIn()).rules()) {
            assertThat(doc).as(rule.id()).contains("`" + rule.id() + "`");
        }
    }
}
