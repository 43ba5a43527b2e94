package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestRules;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/** rules diff reports the lines of the cases' drafts whose notes a change to the rules changes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftDiffTest {
    final RuleSet builtIn = RuleSetLoader.load(RuleFiles.builtIn());
    @TempDir
    Path dir;

    RuleSet changedDrafts(String from, String to) throws IOException {
        return RuleSetLoader.load(RuleFiles.folder(TestRules.withDrafts(dir, from, to)));
    }

    static List<TestCase> cases() {
        return DraftCasesTest.load("""
                {"name": "feelings", "with": {"plan.message": "Books on Saturday?\\nI miss you"},
                 "expect": {"verdict": "LOGISTICS_ONLY"}},
                {"name": "no draft", "expect": {"verdict": "LOGISTICS_ONLY"}}""");
    }

    @Test
    void aPhraseTakenOutChangesTheNotesOnItsLineOnly() throws IOException {
        RuleSet changed = changedDrafts("\"miss you\", ", "");
        List<DraftDiff.Change> changes = DraftDiff.diff(builtIn, changed, cases());
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.testCase().name()).isEqualTo("feelings");
            assertThat(change.describe()).isEqualTo("line 2: feelings -> no notes");
        });
    }

    @Test
    void aKindOfLineTheVerdictNoLongerNotesIsReported() throws IOException {
        RuleSet changed = changedDrafts("\"notes\": [\n        \"feelings\", ", "\"notes\": [\n        ");
        assertThat(DraftDiff.diff(builtIn, changed, cases())).extracting(DraftDiff.Change::describe)
                .containsExactly("line 2: feelings -> no notes");
    }

    @Test
    void theSameRulesChangeNothing() throws IOException {
        RuleSet same = changedDrafts("\"miss you\"", "\"miss you\"");
        assertThat(DraftDiff.diff(builtIn, same, cases())).isEmpty();
    }
}
