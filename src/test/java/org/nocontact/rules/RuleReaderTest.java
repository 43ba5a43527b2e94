package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestSituations;
import org.nocontact.json.InputException;

/** What a rule file listed in "files" may hold, and what a rule author is told when it holds something else. */
class RuleReaderTest {
    @TempDir
    Path dir;

    private static final String SOURCES = "\"sources\": {\"a\": \"an article\"}";
    private static final String CATCH_ALL = "{\"id\": \"catch-all\", \"verdict\": \"DO_NOT_CONTACT\", "
            + "\"summary\": \"Hold off.\", \"reason\": \"In doubt.\", \"sources\": [\"a\"]}";

    private void index(String files, String definitions, String precedence) throws IOException {
        Files.writeString(dir.resolve("ruleset.json"), "{\"name\": \"t\", \"files\": [" + files + "], " + SOURCES
                + ", \"definitions\": {" + definitions + "}, \"profiles\": {\"standard\": {\"precedence\": ["
                + precedence + "]}}}");
    }

    private void ruleFile(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private InputException loadingFails() {
        return catchThrowableOfType(() -> RuleSetLoader.load(RuleFiles.folder(dir)), InputException.class);
    }

    @Test
    void aDraftRulesFileListedAmongTheRuleFilesIsNamedAtItsEntryWithTheFieldThatNamesIt() throws IOException {
        index("\"rules.json\", \"drafts.json\"", "", "\"catch-all\"");
        ruleFile("rules.json", "{\"rules\": [" + CATCH_ALL + "]}");
        ruleFile("drafts.json", "{\"rules\": [], \"verdicts\": {}}");
        InputException e = loadingFails();
        assertThat(e.all()).extracting(InputException::getMessage).containsExactly(dir.resolve("ruleset.json")
                + ":1:39: files[1]: \"drafts.json\" holds draft rules, not rules; remove it from \"files\" and name it "
                + "with \"drafts\": \"drafts.json\".");
    }

    @Test
    void aRuleFileWithRulesButNoVerdictsIsReadAsRules() throws IOException {
        index("\"rules.json\"", "", "\"catch-all\"");
        ruleFile("rules.json", "{\"$schema\": \"../docs/schema/rules.schema.json\", \"rules\": [" + CATCH_ALL + "]}");
        assertThat(RuleSetLoader.load(RuleFiles.folder(dir)).rules()).extracting(Rule::id).containsExactly("catch-all");
    }

    @Test
    void aSchemaThatIsNotTextIsRefusedAlongsideTheRulesMistakes() throws IOException {
        index("\"rules.json\"", "", "\"catch-all\"");
        ruleFile("rules.json", "{\"$schema\": 5, \"rules\": [" + CATCH_ALL.replace("\"Hold off.\"", "\"\"") + "]}");
        InputException e = loadingFails();
        assertThat(e.all()).extracting(InputException::path).containsExactly("$schema", "rules[0].summary");
    }

    @Test
    void alwaysTrueAppliesToEverySituation() throws IOException {
        index("\"rules.json\"", "", "\"always\", \"catch-all\"");
        ruleFile("rules.json", "{\"rules\": [{\"id\": \"always\", \"when\": {\"always\": true}, \"verdict\": \"REACH_OUT\", "
                + "\"summary\": \"Go.\", \"reason\": \"Because.\", \"sources\": [\"a\"]}, " + CATCH_ALL + "]}");
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(dir));
        Rule always = rules.rules().get(0);
        assertThat(always.when()).isEqualTo(new Condition.Always());
        assertThat(always.appliesTo(rules.factsOf(TestSituations.read(TestSituations.base())))).isTrue();
    }

    @Test
    void aBrokenDefinitionIsReportedOnceHoweverManyDefinitionsAndRulesUseIt() throws IOException {
        index("\"rules.json\"", "\"broken\": {\"fact\": \"mood\", \"is\": \"sad\"}, "
                + "\"uses-it\": {\"not\": {\"ref\": \"broken\"}}, \"also\": {\"ref\": \"uses-it\"}", "\"catch-all\"");
        ruleFile("rules.json", "{\"rules\": [{\"id\": \"x\", \"when\": {\"ref\": \"also\"}, \"verdict\": \"REACH_OUT\", "
                + "\"summary\": \"Go.\", \"reason\": \"Because.\", \"sources\": [\"a\"]}, " + CATCH_ALL + "]}");
        InputException e = loadingFails();
        assertThat(e.all()).hasSize(1);
        assertThat(e.getMessage()).contains("definitions.broken.fact: \"mood\" is not a known fact");
    }

    @Test
    void aDefinitionLoopIsReportedOnceForTheWholeLoop() throws IOException {
        index("\"rules.json\"", "\"a\": {\"ref\": \"b\"}, \"b\": {\"not\": {\"ref\": \"c\"}}, \"c\": {\"ref\": \"a\"}",
                "\"catch-all\"");
        ruleFile("rules.json", "{\"rules\": [" + CATCH_ALL + "]}");
        InputException e = loadingFails();
        assertThat(e.all()).extracting(InputException::getMessage).singleElement().asString()
                .contains("definitions.a: this definition refers to itself (a -> b -> c -> a); break the loop.");
    }

    @Test
    void aMissingListedFileIsNotMistakenForAnotherListedFile() throws IOException {
        index("\"rules.json\", \"rules2.json\"", "", "\"catch-all\"");
        ruleFile("rules.json", "{\"rules\": [" + CATCH_ALL + "]}");
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(dir))).isInstanceOf(InputException.class)
                .hasMessageContaining("files[1]: \"rules2.json\" is not in the folder; remove it from \"files\" or add the file.")
                .hasMessageNotContaining("did you mean");
    }
}
