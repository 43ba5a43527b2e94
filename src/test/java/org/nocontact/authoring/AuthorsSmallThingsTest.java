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
        var before = new org.nocontact.advice.Advisor(base, base.profile("standard").orElseThrow());
        var after = new org.nocontact.advice.Advisor(changed, changed.profile("strict").orElseThrow());
        // A case changes when the deciding rule or the look-again date that check prints is different.
        long differ = cases.stream().filter(c -> c.profile().isEmpty()).filter(c -> {
            var from = before.advise(c.situation());
            var to = after.advise(c.situation());
            return !from.evaluation().decider().id().equals(to.evaluation().decider().id())
                    || !from.reconsiderOn().equals(to.reconsiderOn());
        }).count();
        assertThat(differ).as("cases the strict profile decides otherwise").isPositive();
        Differ.Report report = Differ.diff(base, changed, cases);
        assertThat(report.defaultProfileChange()).isPresent();
        assertThat(report.cases()).hasSize((int) differ);
    }
}
