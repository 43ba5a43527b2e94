package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.rules.drafts.DraftRules;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleSetSnapshotTest {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();

    /** The built-in rule set as the loader builds it from the JSON, once for this class. */
    private RuleSet fromJson;

    @BeforeAll
    void loadTheBuiltInJson() {
        fromJson = RuleSetLoader.load(RuleFiles.builtIn());
    }

    @Test
    void theSnapshotTheBuildMadeIsTheRuleSetTheLoaderBuildsFromTheJson() {
        RuleSet fromSnapshot = RuleSetSnapshot.builtIn().orElseThrow(() -> new AssertionError(
                "the build made no snapshot (process-classes step rule-snapshot in pom.xml)"));
        assertSame(fromSnapshot, fromJson);
    }

    @Test
    void theJsonTheSnapshotWasMadeFromIsThisCheckoutsRulesFolder() throws IOException {
        List<String> names = Stream.concat(Stream.of(RuleSetLoader.INDEX, fromJson.drafts().file().orElseThrow()),
                fromJson.files().stream()).toList();
        for (String name : names) {
            try (InputStream packed = RuleFiles.builtIn().open(name)) {
                assertThat(packed.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(ROOT.resolve("rules").resolve(name)));
            }
        }
    }

    @Test
    void anyRuleSetReadsBackAsTheOneItWasMadeFrom(@TempDir Path temp) throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(ROOT.resolve("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path index = rules.resolve(RuleSetLoader.INDEX);
        Files.writeString(index, Files.readString(index).replace("\"noContactDays\": 30", "\"noContactDays\": 45"));
        RuleSet edited = RuleSetLoader.load(RuleFiles.folder(rules));
        assertThat(edited.defaultNoContactDays()).isEqualTo(45);

        RuleSet read = RuleSetSnapshot.read(new ByteArrayInputStream(SnapshotWriter.write(edited)));

        assertSame(read, edited);
    }

    @Test
    void aRuleSetWithoutDraftRulesReadsBackWithout() {
        RuleSet noDrafts = withDrafts(fromJson, DraftRules.NONE);

        RuleSet read = RuleSetSnapshot.read(new ByteArrayInputStream(SnapshotWriter.write(noDrafts)));

        assertThat(read).isEqualTo(noDrafts);
        assertThat(read.drafts()).isSameAs(DraftRules.NONE);
    }

    @Test
    void aSnapshotOfAnotherFormatIsRefusedNotMisread() {
        byte[] bytes = SnapshotWriter.write(fromJson);
        bytes[7]++;   // the format number
        assertThatThrownBy(() -> RuleSetSnapshot.read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rebuild with mvn package");
        byte[] cut = java.util.Arrays.copyOf(SnapshotWriter.write(fromJson), 5000);
        assertThatThrownBy(() -> RuleSetSnapshot.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Equal rule sets: every record equal, and the draft rules' phrase index (a matcher without
     * equality of its own) finds the same phrases, for the same rules, in each phrase as written.
     */
    private static void assertSame(RuleSet actual, RuleSet expected) {
        assertThat(withDrafts(actual, DraftRules.NONE)).isEqualTo(withDrafts(expected, DraftRules.NONE));
        DraftRules a = actual.drafts();
        DraftRules e = expected.drafts();
        assertThat(a.file()).isEqualTo(e.file());
        assertThat(a.rules()).isEqualTo(e.rules());
        assertThat(a.verdicts()).isEqualTo(e.verdicts());
        assertThat(a.spellings()).isEqualTo(e.spellings());
        assertThat(a.owners()).isEqualTo(e.owners());
        assertThat(e.rules()).isNotEmpty();
        for (DraftRule rule : e.rules()) {
            for (DraftRule.Phrase phrase : rule.phrases()) {
                // a phrase that counts only alone on a line is looked for alone
                String line = (phrase.place() == DraftRule.Place.WHOLE_LINE ? "" : "so ")
                        + phrase.written().replace("...", "really");
                if (phrase.place() == DraftRule.Place.UNLESS) { // finds nothing itself: only beside the rule's phrases
                    String with = rule.phrases().get(0).written().replace("...", "really") + " " + line;
                    assertThat(a.find(1, with)).as(with).isEqualTo(e.find(1, with)).noneMatch(f -> f.rule() == rule);
                    continue;
                }
                assertThat(a.find(1, line)).as(line).isEqualTo(e.find(1, line)).isNotEmpty();
            }
        }
    }

    private static RuleSet withDrafts(RuleSet r, DraftRules drafts) {
        return new RuleSet(r.name(), r.files(), r.sources(), r.defaultNoContactDays(), r.definitions(), r.generalAdvice(),
                r.rules(), r.profiles(), r.defaultProfile(), r.invariants(), drafts);
    }
}
