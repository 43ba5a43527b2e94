package org.nocontact.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.nocontact.BuiltIn;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.draft.DraftNote;
import org.nocontact.advice.draft.DraftReader;
import org.nocontact.advice.draft.DraftReview;
import org.nocontact.authoring.CaseLoader;
import org.nocontact.json.InputException;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/**
 * Fuzz tests for everything that reads a file from a person or a stranger. Any input must either
 * be read or be refused with an InputException (a clear message); anything else is a bug.
 * In a normal test run these replay their saved inputs (src/test/resources/org/nocontact/fuzz/
 * ReadersFuzzTestInputs/METHOD/); with JAZZER_FUZZ=1 they fuzz (see docs/reliability.md).
 */
class ReadersFuzzTest {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    /** Loaded when the class runs, not when it is initialised: a changed loader reaches these tests too. */
    static BuiltIn builtIn;
    static final Map<String, byte[]> SHIPPED = shippedRuleFiles();

    @BeforeAll
    static void loadTheBuiltInRules() {
        builtIn = BuiltIn.load();
    }

    @FuzzTest(maxDuration = "5m")
    void situationFile(byte[] data) {
        Situation situation;
        try {
            situation = new SituationReader(LocalDate.of(2027, 3, 10)).read(data, "fuzz.json");
        } catch (InputException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json").doesNotContain("\n");
            return;
        }
        // Whatever reads must also advise, under both profiles, without failing.
        for (Advisor advisor : List.of(builtIn.standard(), builtIn.strict())) {
            assertThat(advisor.advise(situation).reasons()).isNotEmpty();
        }
    }

    @FuzzTest(maxDuration = "5m")
    void ruleFile(byte[] data) {
        Map<String, byte[]> files = new HashMap<>(SHIPPED);
        files.put("gifts.json", data);
        loadRules(files);
    }

    @FuzzTest(maxDuration = "5m")
    void ruleSetIndex(byte[] data) {
        Map<String, byte[]> files = new HashMap<>(SHIPPED);
        files.put("ruleset.json", data);
        loadRules(files);
    }

    @FuzzTest(maxDuration = "5m")
    void draftsFile(byte[] data) {
        Map<String, byte[]> files = new HashMap<>(SHIPPED);
        files.put("drafts.json", data);
        loadRules(files);
    }

    /** Any draft under any verdict is read by the shipped draft rules, each note inside its line. */
    @FuzzTest(maxDuration = "5m")
    void draft(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        for (Verdict verdict : Verdict.values()) {
            DraftReview review = new DraftReader(builtIn.rules().drafts()).review(text, verdict);
            List<String> lines = review.lines();
            for (DraftNote note : review.notes()) {
                if (!note.aboutWholeDraft()) {
                    String line = lines.get(note.line() - 1);
                    assertThat(note.column() - 1 + note.length()).isLessThanOrEqualTo(line.codePointCount(0, line.length()));
                }
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void caseFile(byte[] data) {
        try {
            new CaseLoader().load(data, ROOT.resolve("rules/tests/fuzz.json"));
        } catch (InputException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
        }
    }

    private static void loadRules(Map<String, byte[]> files) {
        try {
            RuleSet rules = RuleSetLoader.load(inMemory(files));
            assertThat(rules.profiles()).isNotEmpty();
        } catch (InputException e) {
            // Every problem found is reported, each on one line of its own.
            assertThat(e.all()).isNotEmpty().allSatisfy(problem -> assertThat(problem.getMessage()).doesNotContain("\n"));
            assertThat(e.getMessage().lines()).hasSameSizeAs(e.all());
        }
    }

    static RuleFiles inMemory(Map<String, byte[]> files) {
        return new RuleFiles() {
            public InputStream open(String name) throws IOException {
                byte[] bytes = files.get(name);
                if (bytes == null) {
                    throw new NoSuchFileException(name);
                }
                return new ByteArrayInputStream(bytes);
            }

            public String display(String name) {
                return "fuzz/" + name;
            }
        };
    }

    private static Map<String, byte[]> shippedRuleFiles() {
        Map<String, byte[]> files = new HashMap<>();
        try (var listing = Files.list(ROOT.resolve("rules"))) {
            for (Path f : listing.filter(p -> p.toString().endsWith(".json")).toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
