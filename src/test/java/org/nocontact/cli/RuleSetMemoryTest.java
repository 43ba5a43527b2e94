package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.authoring.CaseLoader;
import org.nocontact.authoring.CaseRunner;
import org.nocontact.authoring.TestCase;
import org.nocontact.json.InputException;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/**
 * What `rules test` keeps between runs on the same rule files (the rule set as loaded, the profiles'
 * partitions, each situation's interview replay) is used only while every file the loader read holds
 * what it held, under the same jar; and then it gives exactly what working it out gives. A first run on
 * files not seen before only notes them; the next run on the same files keeps what it works out.
 */
class RuleSetMemoryTest {
    private static final String JAR = "0.1 /opt/nocontact.jar 123 456";

    @TempDir
    Path temp;
    private Path rules;
    private Path root;

    @BeforeEach
    void copyTheShippedRules() throws IOException {
        rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Cli.ROOT.resolve("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        root = temp.resolve("cache");
    }

    @Test
    void aRunOnRuleFilesThatDidNotChangeGetsTheRuleSetAndTheReplaysTheLastRunKept() throws IOException {
        aFirstRunNotesTheFiles();
        RuleSetMemory first = RuleSetMemory.open(root, JAR, rules);
        assertThat(first.ruleSet()).isEmpty();
        RuleSet loaded = first.load(RuleFiles.folder(rules), RuleSetLoader::load);
        List<CaseRunner.Result> results = run(loaded);
        results.forEach(r -> first.dayFound(r.actual().evaluation().profile().name(), r.testCase().situation(),
                r.actual().reconsiderOn()));
        CaseInterviews.Replays worked = CaseInterviews.wrong(loaded, results, true, Optional.of(first));
        first.keep();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).as("made owner-only")
                .isEqualTo("rwx------");

        RuleSetMemory second = RuleSetMemory.open(root, JAR, rules);
        RuleSet kept = second.ruleSet().orElseThrow();
        assertThat(kept).isNotSameAs(loaded);
        assertThat(kept.rules()).isEqualTo(loaded.rules());
        assertThat(kept.profiles()).isEqualTo(loaded.profiles());
        List<CaseRunner.Result> again = run(new CaseRunner(kept, second::day));
        for (CaseRunner.Result result : again) {
            assertThat(second.day(result.actual().evaluation().profile().name(), result.testCase().situation()))
                    .as(result.testCase().name()).isPresent();
            assertThat(second.replay(result.actual().evaluation().profile().name(), result.testCase().situation()))
                    .as(result.testCase().name()).isPresent();
        }
        CaseInterviews.Replays remembered = CaseInterviews.wrong(kept, again, true, Optional.of(second));
        assertThat(problems(remembered)).isEqualTo(problems(worked));
        assertThat(again.stream().map(r -> r.actual().reconsiderOn()).toList())
                .as("the look-again days kept").isEqualTo(results.stream()
                        .map(r -> r.actual().reconsiderOn()).toList());
    }

    @Test
    void whatAKeptReplaySaysIsWhatTheRunReports() {
        aFirstRunNotesTheFiles();
        RuleSetMemory first = RuleSetMemory.open(root, JAR, rules);
        RuleSet loaded = first.load(RuleFiles.folder(rules), RuleSetLoader::load);
        CaseRunner.Result one = run(loaded).get(0);
        first.replayed(one.actual().evaluation().profile().name(), one.testCase().situation(),
                Optional.of("kept by the last run"));
        LocalDate planted = LocalDate.of(2099, 1, 1);
        first.dayFound(one.actual().evaluation().profile().name(), one.testCase().situation(), Optional.of(planted));
        first.keep();

        RuleSetMemory second = RuleSetMemory.open(root, JAR, rules);
        RuleSet kept = second.ruleSet().orElseThrow();
        CaseInterviews.Replays replays = CaseInterviews.wrong(kept, run(kept).subList(0, 1), true, Optional.of(second));
        assertThat(problems(replays)).containsExactly("kept by the last run");
        assertThat(run(new CaseRunner(kept, second::day)).get(0).actual().reconsiderOn()).contains(planted);
        assertThat(CaseInterviews.wrong(kept, run(kept).subList(0, 1), false, Optional.of(second)).wrong())
                .as("not used where a result was cut short by the budget").isEmpty();
    }

    @Test
    void oneByteChangedInARuleFileAnotherJarOrAnotherFolderAndNothingKeptIsUsed() throws IOException {
        aFirstRunNotesTheFiles();
        RuleSetMemory first = RuleSetMemory.open(root, JAR, rules);
        RuleSet loaded = first.load(RuleFiles.folder(rules), RuleSetLoader::load);
        CaseRunner.Result one = run(loaded).get(0);
        first.replayed("standard", one.testCase().situation(), Optional.of("kept"));
        first.keep();
        assertThat(RuleSetMemory.open(root, JAR, rules).ruleSet()).isPresent();

        assertThat(RuleSetMemory.open(root, JAR + "7", rules).ruleSet()).as("another jar").isEmpty();
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(rules)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        assertThat(RuleSetMemory.open(root, JAR, copy).ruleSet()).as("another folder").isEmpty();

        Path safety = rules.resolve("safety.json");
        Files.writeString(safety, Files.readString(safety).replaceFirst("\"", " \""));
        RuleSetMemory changed = RuleSetMemory.open(root, JAR, rules);
        assertThat(changed.ruleSet()).isEmpty();
        assertThat(changed.replay("standard", one.testCase().situation())).isEmpty();
        changed.load(RuleFiles.folder(rules), RuleSetLoader::load);
        assertThat(changed.replay("standard", one.testCase().situation())).as("not carried over").isEmpty();
    }

    @Test
    void aMemoryCutShortOrAlteredIsIgnoredAndMadeAgain() throws IOException {
        aFirstRunNotesTheFiles();
        RuleSetMemory first = RuleSetMemory.open(root, JAR, rules);
        first.load(RuleFiles.folder(rules), RuleSetLoader::load);
        first.keep();
        assertThat(RuleSetMemory.open(root, JAR, rules).ruleSet()).as("kept whole").isPresent();
        Path file = onlyFile();
        String whole = Files.readString(file);

        Files.writeString(file, whole.substring(0, whole.length() / 2));
        assertThat(RuleSetMemory.open(root, JAR, rules).ruleSet()).as("cut short").isEmpty();
        int middle = whole.length() / 2;
        Files.writeString(file, whole.substring(0, middle) + (whole.charAt(middle) == 'A' ? 'B' : 'A')
                + whole.substring(middle + 1));
        assertThat(RuleSetMemory.open(root, JAR, rules).ruleSet()).as("one character changed").isEmpty();
        Files.writeString(file, "not base64 at all");
        RuleSetMemory again = RuleSetMemory.open(root, JAR, rules);
        assertThat(again.ruleSet()).isEmpty();

        again.load(RuleFiles.folder(rules), RuleSetLoader::load);
        again.keep();
        assertThat(RuleSetMemory.open(root, JAR, rules).ruleSet()).as("noted again first").isEmpty();
        aFirstRunNotesTheFiles();
        assertThat(RuleSetMemory.open(root, JAR, rules).ruleSet()).as("made again").isPresent();
    }

    @Test
    void aFirstRunOnFilesNotSeenBeforeKeepsNothingItWorkedOutAndTheNextRunOnThemDoes() throws IOException {
        RuleSetMemory first = RuleSetMemory.open(root, JAR, rules);
        RuleSet loaded = first.load(RuleFiles.folder(rules), RuleSetLoader::load);
        List<CaseRunner.Result> results = run(new CaseRunner(loaded, first::day));
        results.forEach(r -> first.dayFound(r.actual().evaluation().profile().name(), r.testCase().situation(),
                r.actual().reconsiderOn()));
        CaseInterviews.Replays worked = CaseInterviews.wrong(loaded, results, true, Optional.of(first));
        first.keep();
        assertThat(root).isDirectory();

        RuleSetMemory second = RuleSetMemory.open(root, JAR, rules);
        assertThat(second.ruleSet()).as("the rule set as loaded is not kept by a first run").isEmpty();
        RuleSet loadedAgain = second.load(RuleFiles.folder(rules), RuleSetLoader::load);
        List<CaseRunner.Result> again = run(new CaseRunner(loadedAgain, second::day));
        for (CaseRunner.Result result : again) {
            String profile = result.actual().evaluation().profile().name();
            assertThat(second.day(profile, result.testCase().situation())).as(result.testCase().name()).isEmpty();
            assertThat(second.replay(profile, result.testCase().situation())).as(result.testCase().name()).isEmpty();
            second.dayFound(profile, result.testCase().situation(), result.actual().reconsiderOn());
        }
        assertThat(problems(CaseInterviews.wrong(loadedAgain, again, true, Optional.of(second))))
                .isEqualTo(problems(worked));
        second.keep();

        RuleSetMemory third = RuleSetMemory.open(root, JAR, rules);
        assertThat(third.ruleSet()).as("kept by the second run").isPresent();
        CaseRunner.Result one = results.get(0);
        assertThat(third.replay(one.actual().evaluation().profile().name(), one.testCase().situation())).isPresent();
        assertThat(third.day(one.actual().evaluation().profile().name(), one.testCase().situation())).isPresent();
    }

    @Test
    void theMemoryIsOwnerOnlyAndTheLeastRecentlyWrittenGoPastTheLimit() throws IOException {
        Files.createDirectories(root);
        for (int i = 0; i < RuleSetMemory.MAX_FOLDERS + 5; i++) {
            Path old = Files.writeString(root.resolve("old" + i + ".rules"), "x");
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        RuleSetMemory memory = RuleSetMemory.open(root, JAR, rules);
        memory.load(RuleFiles.folder(rules), RuleSetLoader::load);
        memory.keep();

        try (Stream<Path> kept = Files.list(root)) {
            List<String> names = kept.map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(RuleSetMemory.MAX_FOLDERS).doesNotContain("old0.rules", "old5.rules")
                    .contains("old6.rules");
        }
        Path file = Files.list(root).filter(p -> !p.getFileName().toString().startsWith("old")).findFirst().orElseThrow();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aRuleSetThatDoesNotLoadKeepsNothing() throws IOException {
        Files.writeString(rules.resolve("safety.json"), "{");
        RuleSetMemory memory = RuleSetMemory.open(root, JAR, rules);
        assertThatThrownBy(() -> memory.load(RuleFiles.folder(rules), RuleSetLoader::load))
                .isInstanceOf(InputException.class);
        memory.keep();
        assertThat(root).doesNotExist();
    }

    @Test
    void theMemoryIsInTheUsersCacheFolder() {
        assertThat(RuleSetMemory.root(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/a"))
                .isEqualTo(Path.of("/x/cache/nocontact/rule-sets"));
        assertThat(RuleSetMemory.root(Map.of("XDG_CACHE_HOME", "relative"), "/home/a"))
                .as("a relative XDG_CACHE_HOME is ignored, as the XDG spec says").isEqualTo(Path.of("/home/a/.cache/nocontact/rule-sets"));
        assertThat(RuleSetMemory.root(Map.of(), "/home/a")).isEqualTo(Path.of("/home/a/.cache/nocontact/rule-sets"));
    }

    /** A first run on the rule files, which only notes them. */
    private void aFirstRunNotesTheFiles() {
        RuleSetMemory noting = RuleSetMemory.open(root, JAR, rules);
        noting.load(RuleFiles.folder(rules), RuleSetLoader::load);
        noting.keep();
    }

    private Path onlyFile() throws IOException {
        try (Stream<Path> kept = Files.list(root)) {
            return kept.reduce((a, b) -> {
                throw new AssertionError("more than one memory");
            }).orElseThrow();
        }
    }

    private List<CaseRunner.Result> run(RuleSet loaded) {
        return run(new CaseRunner(loaded));
    }

    private static List<CaseRunner.Result> run(CaseRunner runner) {
        List<TestCase> cases = new CaseLoader().loadFile(Cli.ROOT.resolve("rules/tests/standard.json"));
        return cases.subList(0, 30).stream().map(runner::run).toList();
    }

    private static List<String> problems(CaseInterviews.Replays replays) {
        return replays.wrong().stream().map(CaseInterviews.Wrong::problem).toList();
    }
}
