package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestSituations;
import org.nocontact.json.InputException;

/** A small rule set read from a folder: each part of a rule and of ruleset.json arrives as the author wrote it. */
class RuleFileReadingTest {
    @TempDir
    Path dir;
    RuleSet rules;

    private static String rule(String id, String when, String verdict, String extra) {
        return "{\"id\": \"" + id + "\"" + when + ", \"verdict\": \"" + verdict + "\", \"summary\": \"Summary of " + id
                + ".\", \"reason\": \"Reason of " + id + ".\", \"sources\": [\"a\"]" + extra + "}";
    }

    @BeforeEach
    void load() throws IOException {
        Files.writeString(dir.resolve("ruleset.json"), """
                {"name": "small", "files": ["rules.json"], "sources": {"a": "an article"},
                 "definitions": {"angry": {"fact": "emotions.anger", "atLeast": 7}},
                 "advice": ["Drink some water.", {"text": "Talk to a friend today.", "when": {"ref": "angry"}}],
                 "profiles": {"standard": {"precedence": ["both", "either", "catch-all"]}}}""");
        String anger = "{\"fact\": \"emotions.anger\", \"atLeast\": 7}";
        String goal = "{\"fact\": \"goal\", \"is\": \"reconcile\"}";
        Files.writeString(dir.resolve("rules.json"), "{\"rules\": ["
                + rule("both", ", \"when\": {\"all\": [" + anger + ", " + goal + "]}", "SEEK_SUPPORT",
                ", \"doInstead\": [\"Call a friend.\", {\"text\": \"Write it down first.\", \"when\": {\"ref\": \"angry\"}}]"
                        + ", \"period\": \"begins\"")
                + ",\n" + rule("either", ", \"when\": {\"any\": [" + anger + ", " + goal + "]}", "LOGISTICS_ONLY", "")
                + ",\n" + rule("catch-all", ", \"when\": {\"always\": true}", "DO_NOT_CONTACT", ", \"period\": \"holds\"")
                + "]}");
        rules = RuleSetLoader.load(RuleFiles.folder(dir));
    }

    private Rule rule(String id) {
        return rules.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void allNeedsEveryPartAndAnyNeedsOne() {
        assertThat(rule("both").when().describe()).isEqualTo("(emotions.anger is at least 7 and goal is reconcile)");
        assertThat(rule("either").when().describe()).isEqualTo("(emotions.anger is at least 7 or goal is reconcile)");
        Facts calmReconciling = Facts.of(TestSituations.read(TestSituations.set(TestSituations.base(),
                "emotions.anger", 2)), 30);
        assertThat(rule("both").appliesTo(calmReconciling)).isFalse();
        assertThat(rule("either").appliesTo(calmReconciling)).isTrue();
    }

    @Test
    void alwaysInsideAnyMakesTheWholeConditionTrue() throws IOException {
        Path other = Files.createDirectory(dir.resolve("always-inside"));
        Files.writeString(other.resolve("ruleset.json"), """
                {"name": "small", "files": ["rules.json"], "sources": {"a": "an article"},
                 "profiles": {"standard": {"precedence": ["calm-or-always", "catch-all"]}}}""");
        Files.writeString(other.resolve("rules.json"), "{\"rules\": ["
                + rule("calm-or-always", ", \"when\": {\"any\": [{\"fact\": \"emotions.anger\", \"atMost\": 1}, "
                + "{\"always\": true}]}", "LOGISTICS_ONLY", "")
                + ",\n" + rule("catch-all", ", \"when\": {\"always\": true}", "DO_NOT_CONTACT", "") + "]}");
        RuleSet read = RuleSetLoader.load(RuleFiles.folder(other));
        Facts angry = Facts.of(TestSituations.read(TestSituations.set(TestSituations.base(), "emotions.anger", 9)), 30);
        assertThat(read.rules().get(0).appliesTo(angry)).as("the always part holds where the anger part does not").isTrue();
    }

    @Test
    void alwaysTrueIsACatchAll() {
        assertThat(rule("catch-all").isCatchAll()).isTrue();
        assertThat(rule("catch-all").when()).isEqualTo(new Condition.Always());
        assertThat(rule("either").isCatchAll()).isFalse();
    }

    @Test
    void whatToDoInsteadIsReadInOrderWithItsConditions() {
        assertThat(rule("both").doInstead()).extracting(s -> s.text().text(), s -> s.when().describe())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Call a friend.", "always"),
                        org.assertj.core.groups.Tuple.tuple("Write it down first.", "angry"));
        assertThat(rule("either").doInstead()).isEmpty();
    }

    @Test
    void theGeneralAdviceIsReadInOrderWithItsConditions() {
        assertThat(rules.generalAdvice()).extracting(s -> s.text().text(), s -> s.when().describe())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Drink some water.", "always"),
                        org.assertj.core.groups.Tuple.tuple("Talk to a friend today.", "angry"));
    }

    @Test
    void theDefinitionsAreKeptByName() {
        assertThat(rules.definitions()).containsOnlyKeys("angry");
        assertThat(rules.definitions().get("angry").size()).isEqualTo(1);
    }

    @Test
    void theDayToLookAgainFollowsTheRulesPeriodAndARuleWithoutOneHasNone() {
        assertThat(rule("both").reconsiderOn()).contains(Fact.NO_CONTACT_END_OR_TOMORROW);
        assertThat(rule("catch-all").reconsiderOn()).contains(Fact.NO_CONTACT_END);
        assertThat(rule("either").reconsiderOn()).isEmpty();
    }

    @Test
    void aFactsSituationAndMeaningAreThereToExplainIt() {
        var situation = TestSituations.read(TestSituations.base());
        assertThat(Facts.of(situation, 30).situation()).isEqualTo(situation);
        assertThat(Fact.TIES.meaning()).isEqualTo("the practical ties that remain");
    }

    @Test
    void aRuleFileThatCannotBeReadSaysSoWithHowToFixIt() {
        RuleFiles broken = new RuleFiles() {
            public InputStream open(String fileName) throws IOException {
                throw new IOException("Permission denied");
            }

            public String display(String fileName) {
                return "somewhere/" + fileName;
            }
        };
        assertThatThrownBy(() -> RuleSetLoader.load(broken)).isInstanceOf(InputException.class)
                .hasMessage("somewhere/ruleset.json: this file could not be read; a rules folder needs a ruleset.json file.");
    }
}
