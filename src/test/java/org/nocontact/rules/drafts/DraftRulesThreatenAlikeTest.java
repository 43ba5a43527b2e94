package org.nocontact.rules.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestRules;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSetLoader;

/**
 * Whether two rule sets' draft rules make the same of every draft (plan.messageThreatens): a diff of
 * two rule folders compares the day to look again on its decision diagrams only where they do.
 */
class DraftRulesThreatenAlikeTest {
    private final DraftRules shipped = RuleSetLoader.load(RuleFiles.builtIn()).drafts();

    @TempDir
    Path dir;

    /** The shipped draft rules loaded from a copy of rules/ in a folder of its own, with one change. */
    private DraftRules copyWith(String from, String to) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("copy"));
        return RuleSetLoader.load(RuleFiles.folder(TestRules.withDrafts(folder, from, to))).drafts();
    }

    @Test
    void aCopyOfTheRulesInAnotherFolderThreatensAlike() throws IOException {
        DraftRules copy = copyWith("\"threat\": true", "\"threat\": true");
        assertThat(copy.rules().get(0).file()).as("where the copy's rules stand").isNotEqualTo(shipped.rules().get(0).file());
        assertThat(copy.threatensAlike(shipped)).isTrue();
        assertThat(shipped.threatensAlike(copy)).isTrue();
    }

    @Test
    void whatAThreatRuleSaysAndRulesThatThreatenNothingDoNotChangeWhatThreatens() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("copy"));
        TestRules.withDrafts(folder, "This line says you will come to where", "This line says you plan to come to where");
        Path drafts = folder.resolve("drafts.json");
        Files.writeString(drafts, Files.readString(drafts).replace("\"can't go on\"", "\"cannot go on\""));
        DraftRules copy = RuleSetLoader.load(RuleFiles.folder(folder)).drafts();
        assertThat(copy.threatensAlike(shipped)).isTrue();
    }

    @Test
    void aThreatPhraseChangedMakesADraftThreatenOnOneSideOnly() throws IOException {
        DraftRules copy = copyWith("\"i'll come over\"", "\"i'll come over soon\"");
        String draft = "I'll come over tonight.";
        assertThat(shipped.threatens(draft)).isTrue();
        assertThat(copy.threatens(draft)).isFalse();
        assertThat(copy.threatensAlike(shipped)).isFalse();
        assertThat(shipped.threatensAlike(copy)).isFalse();
    }

    @Test
    void aRuleThatNoLongerThreatensDoesNotThreatenAlike() throws IOException {
        assertThat(copyWith("\"threat\": true", "\"threat\": false").threatensAlike(shipped)).isFalse();
    }

    @Test
    void aSpellingChangedDoesNotThreatenAlike() throws IOException {
        assertThat(copyWith("\"u\": \"you\",", "").threatensAlike(shipped)).isFalse();
    }
}
