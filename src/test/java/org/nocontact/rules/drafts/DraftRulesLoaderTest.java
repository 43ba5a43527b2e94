package org.nocontact.rules.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestRules;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nocontact.json.InputException;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;

/** The draft rules file is read as strictly as a rule file: every mistake names file:line:column and the field. */
class DraftRulesLoaderTest {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    final String shipped = read(ROOT.resolve("rules/drafts.json"));

    @TempDir
    Path dir;

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The shipped rules with drafts.json's text changed: the first "from" becomes "to". */
    Path rulesWith(String from, String to) throws IOException {
        return TestRules.withDrafts(dir, from, to);
    }

    @Test
    void thePhraseIndexIsMadeAtTheFirstDraftReadNotWhenTheRulesLoad() {
        DraftRules drafts = RuleSetLoader.load(RuleFiles.builtIn()).drafts();
        assertThat(drafts.matcher().isBuilt()).as("after loading").isFalse();
        assertThat(drafts.threatens("Thinking of you today.")).isFalse();
        assertThat(drafts.matcher().isBuilt()).as("after the first draft").isTrue();
        assertThat(drafts.find(1, "I'll wait outside your work until you talk to me")).isNotEmpty();
    }

    @Test
    void everyMistakeInOneDraftRuleIsReportedInOneRunAndATypoIsNotAlsoAMissingField() throws IOException {
        Path rules = rulesWith("\"id\": \"feelings\",", "\"id\": \"Feelings\", \"colour\": \"red\",");
        Path drafts = rules.resolve("drafts.json");
        Files.writeString(drafts, Files.readString(drafts).replaceFirst("\"miss you\", ", "\"miss; you\", \"\", ")
                .replaceFirst("\"REACH_OUT\": \\{", "\"REACH_OTU\": {"));
        InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> RuleSetLoader.load(RuleFiles.folder(rules)), InputException.class);
        assertThat(e.all()).extracting(InputException::path).containsExactly(
                "rules[0].id", "rules[0].colour", "rules[0].phrases[0]", "rules[0].phrases[1]",
                "verdicts.REACH_OTU");
    }

    @Test
    void spellingsThreatsGapsAndByRuleAreCheckedInTheSameRunAsEverythingElse() throws IOException {
        Path rules = rulesWith("\"u\": \"you\",", "\"u u\": \"you\", \"yaa\": \"\", \"u2\": \"you too\",");
        Path drafts = rules.resolve("drafts.json");
        Files.writeString(drafts, Files.readString(drafts)
                .replaceFirst("\"threat\": true", "\"threat\": \"yes\"")
                .replaceFirst("\"miss you\", ", "\"miss ... you ... me\", ")
                .replaceFirst("\"safety-urge-to-monitor\":", "\"safety-urge-to-monitr\":")
                .replaceFirst("\"you-ended-it\": \"", "\"you-ended-it\": 3, \"x\": \""));
        InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> RuleSetLoader.load(RuleFiles.folder(rules)), InputException.class);
        assertThat(e.all()).extracting(InputException::path).contains(
                "spellings.u u", "spellings.yaa", "rules[0].phrases[0]",
                "verdicts.SEEK_SUPPORT.byRule.safety-urge-to-monitr", "verdicts.REACH_OUT.byRule.you-ended-it",
                "verdicts.REACH_OUT.byRule.x");
        assertThat(e.all()).anySatisfy(p -> assertThat(p.getMessage()).contains(".threat", "expected true or false"));
        assertThat(e.getMessage()).contains("did you mean \"safety-urge-to-monitor\"?");
    }

    @Test
    void theShippedDraftRulesLoadWithEveryVerdictCovered() {
        RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
        assertThat(rules.drafts().file()).contains("drafts.json");
        for (Verdict verdict : Verdict.values()) {
            VerdictDrafts drafts = rules.drafts().forVerdict(verdict).orElseThrow();
            assertThat(drafts.reviews()).as(verdict.name()).isEqualTo(verdict.allowsContact());
            if (drafts.reviews()) {
                assertThat(drafts.noted()).isNotEmpty();
                assertThat(drafts.wordsYouCouldUse()).isPresent();
                assertThat(drafts.tooLong()).isPresent();
            }
        }
        assertThat(rules.drafts().forVerdict(Verdict.REACH_OUT).orElseThrow().noted()).extracting(DraftRule::id)
                .doesNotContain("feelings", "friendly-chat").contains("ultimatum", "breakup-in-writing");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "\"miss you\",|\"miss you!\",|rules[0].phrases[0]: \"!\" (U+21) cannot be matched",
            "\"miss you\",|\"\",|rules[0].phrases[0]: this phrase is empty",
            "\"atLineEnd\": [\"x\"]|\"atLineEnd\": [\"x!\"]|rules[14].atLineEnd[0]: \"!\" (U+21) cannot be matched",
            "\"miss you\",|\"one two three four five six seven eight nine ten eleven twelve thirteen\",|has 13 words",
            "\"id\": \"feelings\"|\"id\": \"Feelings\"|rules[0].id: \"Feelings\" is not a valid id",
            "\"id\": \"relationship-talk\"|\"id\": \"feelings\"|rules[1].id: the id \"feelings\" is already used",
            "\"id\": \"feelings\"|\"id\": \"hold-the-period\"|the id \"hold-the-period\" is already used",
            "\"instead\": \"Leave your feelings out|\"insted\": \"Leave your feelings out|rules[0].insted: unknown field; did you mean \"instead\"?",
            "\"sources\": [\"contact-or-not\", \"no-contact-guide\"]|\"sources\": [\"contact-or-nt\"]|\"contact-or-nt\" is not a known source; did you mean \"contact-or-not\"?",
            "\"feelings\", \"relationship-talk\"|\"feeling\", \"relationship-talk\"|verdicts.LOGISTICS_ONLY.notes[0]: no draft rule has the id \"feeling\"; did you mean \"feelings\"?",
            "\"unsent\": \"This one stays|\"notes\": [], \"unsent\": \"This one stays|verdicts.DO_NOT_CONTACT.notes: unknown field",
            "\"maxWords\": 60|\"maxWords\": 0|maxWords: 0 is out of range",
            "\"SEEK_SUPPORT\": {|\"SEEK_SUPORT\": {|verdicts.SEEK_SUPORT: unknown field; did you mean \"SEEK_SUPPORT\"?",
    })
    void aMistakeIsRefusedWithItsFileLineColumnAndField(String from, String to, String message) throws IOException {
        Path rules = rulesWith(from, to);
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(rules))).isInstanceOf(InputException.class)
                .hasMessageMatching("(?s).*drafts\\.json:\\d+:\\d+: .*")
                .hasMessageContaining(message);
    }

    @Test
    void aVerdictLeftOutIsNamed() throws IOException {
        Path rules = rulesWith("\"RESPOND_BRIEFLY\": {", "\"RESPOND_BRIEFLY_OLD\": {");
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(rules))).hasMessageContaining("RESPOND_BRIEFLY");
    }

    @Test
    void aMissingDraftsFileSaysWhereItIsNamed() throws IOException {
        Path rules = rulesWith("\"id\": \"feelings\"", "\"id\": \"feelings\"");
        Files.delete(rules.resolve("drafts.json"));
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(rules)))
                .hasMessageContaining("drafts.json: no such file; remove it from \"drafts\" in ruleset.json");
    }

    @Test
    void theDraftsFileCannotAlsoBeARuleFile() throws IOException {
        Path rules = rulesWith("\"id\": \"feelings\"", "\"id\": \"feelings\"");
        String index = Files.readString(rules.resolve("ruleset.json")).replace("\"drafts\": \"drafts.json\"",
                "\"drafts\": \"gifts.json\"");
        Files.writeString(rules.resolve("ruleset.json"), index);
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(rules))).hasMessageContaining("ruleset.json:")
                .hasMessageContaining("drafts: \"gifts.json\" cannot be the draft rules file");
    }

    @Test
    void tooManyPhrasesInOneRuleIsRefusedAtLoad() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < PhraseReader.MAX_PHRASES_PER_RULE + 1; i++) {
            many.append("\"word").append(i).append("\", ");
        }
        Path rules = rulesWith("\"miss you\",", many.toString());
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(rules)))
                .hasMessageContaining("rules[0].phrases: more than 500 phrases in one rule");
    }

    @Test
    void theSchemaRefusesWhatTheLoaderRefuses() throws IOException {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(ROOT.resolve("docs/schema/drafts.schema.json").toUri().toString()));
        ObjectMapper json = new ObjectMapper();
        assertThat(schema.validate(json.readTree(shipped))).isEmpty();
        String[][] mistakes = {
                {"\"miss you\",", "\"\","},
                {"\"id\": \"feelings\"", "\"id\": \"Feelings\""},
                {"\"maxWords\": 60", "\"maxWords\": 0"},
                {"\"unsent\": \"This one stays", "\"notes\": [], \"unsent\": \"This one stays"},
                {"\"instead\": \"Leave the breakup out", "\"insted\": \"Leave the breakup out"},
        };
        for (String[] m : mistakes) {
            String broken = shipped.replaceFirst(java.util.regex.Pattern.quote(m[0]),
                    java.util.regex.Matcher.quoteReplacement(m[1]));
            assertThat(schema.validate(json.readTree(broken))).as(m[1]).isNotEmpty();
        }
    }
}
