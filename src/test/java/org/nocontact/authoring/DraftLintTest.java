package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestRules;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/** Lint reads draft phrases: written twice, in two rules, inside another phrase, or in a rule no verdict notes. */
class DraftLintTest {
    @TempDir
    Path dir;

    List<String> lintWithDrafts(String from, String to) throws IOException {
        TestRules.withDrafts(dir, from, to);
        return lint();
    }

    List<String> lint() {
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(dir));
        return DraftLint.lint(rules).stream()
                .map(f -> f.position() + " " + f.severity().word() + ": " + f.path() + ": " + f.message()).toList();
    }

    @Test
    void theShippedDraftRulesLintClean() throws IOException {
        assertThat(lintWithDrafts("\"miss you\"", "\"miss you\"")).isEmpty();
    }

    @Test
    void aPhraseWrittenTwiceInOneRuleIsNamedWithTheFirst() throws IOException {
        assertThat(lintWithDrafts("\"miss you\", ", "\"miss you\", \"MISS YOU\", ")).singleElement().asString()
                .startsWith("26:21 warning: feelings.phrases[1]: the same phrase as \"miss you\" (feelings.phrases[0])");
    }

    @Test
    void aLineEndPhraseWrittenAlsoAsAPhraseIsNamedWhereItStands() throws IOException {
        assertThat(lintWithDrafts("\"atLineEnd\": [\"x\"]", "\"atLineEnd\": [\"x\", \"XX\"]")).singleElement().asString()
                .contains("pet-names.atLineEnd[1]: the same phrase as \"xx\" (pet-names.phrases[");
    }

    @Test
    void aPhraseInTwoRulesGivesTwoNotes() throws IOException {
        assertThat(lintWithDrafts("\"babe\", ", "\"babe\", \"miss you\", ")).singleElement().asString()
                .contains("pet-names.phrases[1]: also a phrase of feelings", "so a line with it gets two notes");
    }

    @Test
    void aPhraseContainingAnotherRulesPhraseIsNamed() throws IOException {
        assertThat(lintWithDrafts("\"babe\", ", "\"babe\", \"i miss you babe\", ")).anySatisfy(f -> assertThat(f)
                .contains("pet-names.phrases[1]: contains \"miss you\" (feelings.phrases[0]), so a line with it is noted "
                        + "by both pet-names and feelings"));
    }

    @Test
    void aPhraseContainingOneOfItsOwnRulesAddsNothing() throws IOException {
        assertThat(lintWithDrafts("\"miss you\", ", "\"miss you\", \"i miss you\", ")).singleElement().asString()
                .contains("feelings.phrases[1]: contains \"miss you\" (feelings.phrases[0]) of the same rule");
    }

    @Test
    void aDraftRuleNoVerdictNotesIsNamed() throws IOException {
        TestRules.withDrafts(dir, ", \"pet-names\"", "");
        Path drafts = dir.resolve("drafts.json");
        Files.writeString(drafts, Files.readString(drafts).replace(", \"pet-names\"", ""));
        assertThat(lint()).singleElement().asString()
                .contains("warning: pet-names: no verdict lists this draft rule in its \"notes\"");
    }
}
