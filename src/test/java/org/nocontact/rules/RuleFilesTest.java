package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.json.InputException;

/** A rules folder is read only through its own regular files: what a rule author is told when one is something else. */
class RuleFilesTest {
    @TempDir
    Path dir;

    private static final String CATCH_ALL = "{\"id\": \"catch-all\", \"verdict\": \"DO_NOT_CONTACT\", "
            + "\"summary\": \"Hold off.\", \"reason\": \"In doubt.\", \"sources\": [\"a\"]}";

    private Path ruleSet() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("ruleset.json"), "{\"name\": \"t\", \"files\": [\"rules.json\"], "
                + "\"sources\": {\"a\": \"an article\"}, \"profiles\": {\"standard\": {\"precedence\": [\"catch-all\"]}}}");
        Files.writeString(rules.resolve("rules.json"), "{\"rules\": [" + CATCH_ALL + "]}");
        return rules;
    }

    @Test
    void aRuleFileThatIsASymbolicLinkIsNotFollowedAndTheAuthorIsToldToCopyIt() throws IOException {
        Path rules = ruleSet();
        Path elsewhere = Files.move(rules.resolve("rules.json"), dir.resolve("rules.json"));
        Files.createSymbolicLink(rules.resolve("rules.json"), elsewhere);
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(rules))).isInstanceOf(InputException.class)
                .hasMessage(rules.resolve("rules.json") + ": this is a symbolic link, not an ordinary file; rule files are "
                        + "read only as regular files in the rules folder itself (copy the file there instead of linking to it).");
    }

    @Test
    void aRuleFileThatIsANamedPipeIsRefusedAtOnce() throws IOException, InterruptedException {
        Path rules = ruleSet();
        Files.delete(rules.resolve("rules.json"));
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", rules.resolve("rules.json").toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is not available here");
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(rules))).isInstanceOf(InputException.class)
                .hasMessageStartingWith(rules.resolve("rules.json") + ": this is a named pipe")
                .hasMessageEndingWith(", not an ordinary file; rule files are read only as regular files in the rules "
                        + "folder itself.");
    }

    @Test
    void aRuleFileThatIsAFolderIsNamedAsOne() throws IOException {
        Path rules = ruleSet();
        Files.delete(rules.resolve("rules.json"));
        Files.createDirectory(rules.resolve("rules.json"));
        assertThatThrownBy(() -> RuleSetLoader.load(RuleFiles.folder(rules))).isInstanceOf(InputException.class)
                .hasMessage(rules.resolve("rules.json") + ": this is a folder, not a file; rename it, or list the rule "
                        + "file you meant in \"files\" in ruleset.json.");
    }

    @Test
    void theFolderListsItsJsonFilesInOrderAndTheBuiltInSetListsNone() throws IOException {
        Path rules = ruleSet();
        Files.writeString(rules.resolve("notes.txt"), "not a rule file");
        Files.writeString(rules.resolve("a.json"), "{}");
        assertThat(RuleFiles.folder(rules).names()).containsExactly("a.json", "rules.json", "ruleset.json");
        assertThat(RuleFiles.folder(dir.resolve("no-such-folder")).names()).isEmpty();
        assertThat(RuleFiles.builtIn().names()).isEmpty();
        assertThat(RuleFiles.builtIn().display("safety.json")).isEqualTo("built-in rules/safety.json");
    }
}
