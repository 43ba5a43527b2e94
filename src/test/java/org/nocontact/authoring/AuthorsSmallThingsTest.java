package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/** The small things rule authors ran into (issue 18, item 5), each pinned. */
class AuthorsSmallThingsTest {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void coverageListsTheProfilesByNameInEveryRun() throws IOException {
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(ProofsCannotBeStarvedTest.manyProfiles(dir, 12, 8)));
        List<String> order = Coverage.of(rules, List.of()).stream().map(Coverage::profile).toList();
        assertThat(order).hasSize(12).isSorted();
    }

    @Test
    void aNewDefaultProfileIsReportedAsTheCasesItChanges() throws IOException {
        RuleSet base = RuleSetLoader.load(RuleFiles.folder(ROOT.resolve("rules")));
        Path copy = Files.createDirectories(dir.resolve("rules"));
        try (var files = Files.list(ROOT.resolve("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path index = copy.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replaceFirst("\"defaultProfile\": \"standard\"",
                "\"defaultProfile\": \"strict\""));
        RuleSet changed = RuleSetLoader.load(RuleFiles.folder(copy));
        List<TestCase> cases = new CaseLoader().load(List.of(ROOT.resolve("rules/tests/standard.json")));
        long differ = cases.stream().filter(c -> c.profile().isEmpty()).filter(c ->
                !org.nocontact.rules.Evaluation.of(base.profile("standard").orElseThrow(), base.factsOf(c.situation()))
                        .decider().id().equals(org.nocontact.rules.Evaluation.of(changed.profile("strict").orElseThrow(),
                                changed.factsOf(c.situation())).decider().id())).count();
        assertThat(differ).as("cases the strict profile decides otherwise").isPositive();
        Differ.Report report = Differ.diff(base, changed, cases);
        assertThat(report.defaultProfileChange()).isPresent();
        assertThat(report.cases()).hasSize((int) differ);
    }
}
