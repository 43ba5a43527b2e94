package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules test` replays each case through the interview and reports a case the interview would get wrong. */
class RulesTestReplaysCasesTest {
    @TempDir
    Path temp;

    @Test
    void theShippedCasesAllComeOutTheSameThroughTheInterview() {
        Cli.Result r = Cli.run("rules", "test", "--rules", Cli.ROOT.resolve("rules").toString());
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).doesNotContain("INTERVIEW");
    }

    @Test
    void aCaseTheInterviewWouldGetWrongFailsTheRunAndSaysWhy() throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules.resolve("tests"));
        try (Stream<Path> files = Files.list(Cli.ROOT.resolve("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        // A rule set that no longer treats an urge to check up on the ex as a safety matter: the
        // interview still stops at that answer, so what it would save is not the case.
        Path index = rules.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replaceFirst("\"safety-urge-to-monitor\",\\s*", ""));
        Files.writeString(rules.resolve("tests/urge.json"), """
                { "base": { "today": "2027-03-10", "breakup": { "date": "2027-01-01", "initiatedBy": "them" },
                    "goal": "move-on", "safety": { "urgeToMonitor": true },
                    "plan": { "action": "text", "purpose": "feelings" } },
                  "cases": [ { "name": "an urge, moving on", "profile": "standard",
                               "expect": { "verdict": "DO_NOT_CONTACT", "decidedBy": "moving-on" } } ] }
                """);
        Cli.Result r = Cli.run("rules", "test", "--rules", rules.toString(), rules.resolve("tests/urge.json").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("INTERVIEW", "an urge, moving on", "instead of DO_NOT_CONTACT by moving-on",
                "it stops at a safety answer", "1 of 1 cases would come out differently through 'nocontact ask'");
        // the case itself passes, but the run fails because of it: the last line counts it as failed
        assertThat(RulesToolkitTest.lastLine(r.out())).isEqualTo("0 passed, 1 failed");
    }
}
