package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.Thorough;

/**
 * rules diff over every situation: each change that the grid-based diff missed (issue 8) must
 * fail --fail-on-change with a region and a witness that `check` reproduces on both rule sets.
 */
class RulesDiffTest {
    static final Path RULES = Cli.ROOT.resolve("rules");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    Path copy;
    Path witnesses;

    @BeforeEach
    void copyTheRules() throws IOException {
        copy = temp.resolve("rules");
        RulesToolkitTest.copyTree(RULES, copy);
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("docs/examples"), temp.resolve("docs/examples"));
        witnesses = temp.resolve("witnesses");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    /** A new rule placed first in both profiles. */
    private void addFirstRule(String id, String condition, String verdict) throws IOException {
        edit("moving-on.json", "\"rules\": [", "\"rules\": [{\"id\": \"" + id + "\", \"when\": " + condition
                + ", \"verdict\": \"" + verdict + "\", \"summary\": \"s\", \"reason\": \"r\", \"sources\": [\"dumped-you\"]},");
        Path index = copy.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replace("\"precedence\": [", "\"precedence\": [\"" + id + "\","));
    }

    private Cli.Result diff(String... options) {
        List<String> args = new ArrayList<>(List.of("rules", "diff", "--base", RULES.toString(), "--rules",
                copy.toString(), "--witnesses", witnesses.toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private JsonNode changes() throws IOException {
        Cli.Result r = diff("--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("changes");
    }

    /** The change's witness, checked with the real `check` on both rule sets. */
    private void confirm(JsonNode change) throws IOException {
        String file = change.get("witnessFile").asText();
        String profile = change.get("profile").asText();
        JsonNode before = JSON.readTree(Cli.run("check", "--format", "json", "--rules", RULES.toString(), "--profile",
                profile, file).out());
        JsonNode after = JSON.readTree(Cli.run("check", "--format", "json", "--rules", copy.toString(), "--profile",
                profile, file).out());
        assertThat(before.get("verdict").asText()).isEqualTo(change.at("/from/verdict").asText());
        assertThat(before.at("/reasons/0/rule").asText()).isEqualTo(change.at("/from/rule").asText());
        assertThat(after.get("verdict").asText()).isEqualTo(change.at("/to/verdict").asText());
        assertThat(after.at("/reasons/0/rule").asText()).isEqualTo(change.at("/to/rule").asText());
        assertThat(before.get("reconsiderOn")).as("the day check prints, before").isEqualTo(change.at("/from/reconsiderOn"));
        assertThat(after.get("reconsiderOn")).as("the day check prints, after").isEqualTo(change.at("/to/reconsiderOn"));
    }

    /** The change from one verdict to another in a region that says {@code regionPart}, its witness confirmed. */
    private JsonNode find(JsonNode changes, String from, String to, String regionPart) throws IOException {
        for (JsonNode change : changes) {
            if (change.at("/from/verdict").asText().equals(from) && change.at("/to/verdict").asText().equals(to)
                    && change.get("region").asText().contains(regionPart)) {
                confirm(change);
                return change;
            }
        }
        throw new AssertionError("no change " + from + " -> " + to + " where " + regionPart + " in " + changes);
    }

    /**
     * One diff with --fail-on-change: it fails, and its witnesses reproduce with `check` on both rule
     * sets: the first of each kind of change (profile, verdicts, what changed) in a build, every one
     * with {@code -P thorough} ({@link Thorough}).
     */
    private JsonNode failsOnChangeAndEveryWitnessIsConfirmed() throws IOException {
        Cli.Result r = diff("--fail-on-change", "--format", "json");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        JsonNode changes = JSON.readTree(r.out()).get("changes");
        assertThat(changes).isNotEmpty();
        Set<String> kinds = new HashSet<>();
        for (JsonNode change : changes) {
            String kind = change.get("profile").asText() + change.at("/from/verdict") + change.at("/to/verdict")
                    + change.get("changed");
            if (kinds.add(kind) || Thorough.on()) {
                confirm(change);
            }
        }
        return changes;
    }

    @Test
    void chasingOnlyAtTwoOrThreeMessagesLetsFiveUnansweredReachOut() throws IOException {
        edit("ruleset.json", "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }",
                "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"in\": [2, 3] }");
        JsonNode change = find(failsOnChangeAndEveryWitnessIsConfirmed(), "DO_NOT_CONTACT", "REACH_OUT", "history.unansweredMessages is at least 4");
        assertThat(change.at("/witness/history/unansweredMessages").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void readinessThatWaitsTwoWeeksTurnsAnEarlyWarmReplyIntoABriefOne() throws IOException {
        edit("ruleset.json", "{ \"fact\": \"emotions.confidence\", \"atLeast\": 6 }",
                "{ \"fact\": \"emotions.confidence\", \"atLeast\": 6 },\n        { \"fact\": \"breakup.daysAgo\", \"atLeast\": 14 }");
        JsonNode change = find(failsOnChangeAndEveryWitnessIsConfirmed(), "REACH_OUT", "RESPOND_BRIEFLY", "breakup.daysAgo is at most 13");
        assertThat(change.at("/from/rule").asText()).isEqualTo("reply-warmly");
    }

    @Test
    void droppingFinancesFromTheBoundaryExceptionIsFoundWithBlockedAndAFinancesTie() throws IOException {
        edit("boundaries.json", "[\"children\", \"home\", \"finances\"]", "[\"children\", \"home\"]");
        JsonNode change = find(failsOnChangeAndEveryWitnessIsConfirmed(), "LOGISTICS_ONLY", "DO_NOT_CONTACT", "ties include finances");
        assertThat(change.get("region").asText()).contains("ties do not include children", "ties do not include home");
    }

    @Test
    void newRulesOnHighAngerManyMessagesOrARecentBreakupAreSeen() throws IOException {
        addFirstRule("too-angry", "{\"fact\": \"emotions.anger\", \"atLeast\": 7}", "SEEK_SUPPORT");
        addFirstRule("far-too-many", "{\"fact\": \"history.unansweredMessages\", \"atLeast\": 5}", "SEEK_SUPPORT");
        addFirstRule("too-soon", "{\"fact\": \"breakup.daysAgo\", \"atMost\": 14}", "SEEK_SUPPORT");
        JsonNode changes = failsOnChangeAndEveryWitnessIsConfirmed();
        find(changes, "DO_NOT_CONTACT", "SEEK_SUPPORT", "breakup.daysAgo is at most 14");
        find(changes, "DO_NOT_CONTACT", "SEEK_SUPPORT", "history.unansweredMessages is at least 5");
        find(changes, "DO_NOT_CONTACT", "SEEK_SUPPORT", "emotions.anger is at least 7");
        Cli.Result lint = Cli.run("rules", "lint", "--rules", copy.toString());
        assertThat(lint.out()).doesNotContain("too-angry.when", "far-too-many.when", "too-soon.when");
    }

    @Test
    void aLongerPeriodIsADateChangeExactlyWhereCheckShowsAnotherDay() throws IOException {
        edit("ruleset.json", "\"noContactDays\": 30", "\"noContactDays\": 45");
        JsonNode changes = failsOnChangeAndEveryWitnessIsConfirmed();
        for (JsonNode change : changes) {
            if (change.get("changed").toString().contains("date")) {
                assertThat(change.at("/from/reconsiderOn")).as("a date change shows two different days")
                        .isNotEqualTo(change.at("/to/reconsiderOn"));
            } else {
                assertThat(change.at("/from/reconsiderOn")).isEqualTo(change.at("/to/reconsiderOn"));
            }
        }
        assertThat(changes).as("a period held longer: the same advice, a later day")
                .anySatisfy(change -> assertThat(change.get("changed").toString()).isEqualTo("[\"date\"]"));
        assertThat(diff("--fail-on", "date").exitCode()).isEqualTo(1);
    }

    @Test
    void periodDataThatGivesTheSameDayIsNoChange() throws IOException {
        // Holding a running period, or beginning one where none runs, is the same for a rule that needs one running.
        edit("reconcile.json", "\"period\": \"holds\"", "\"period\": \"begins\"");
        Cli.Result r = diff("--fail-on-change");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("no situation changes outcome").endsWith("0 regions, 0 cases and 0 draft notes changed\n");
    }

    @Test
    void aDroppedPeriodReadsAsNoLookAgainDateAndOneCaseIsOneCase() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode standard =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(copy.resolve("tests/standard.json").toFile());
        com.fasterxml.jackson.databind.node.ArrayNode one = JSON.createArrayNode();
        standard.get("cases").forEach(c -> {
            if (c.get("name").asText().equals("row 9: no period yet starts one today")) {
                one.add(c);
            }
        });
        assertThat(one).hasSize(1);
        standard.set("cases", one);
        Files.writeString(copy.resolve("tests/standard.json"), JSON.writeValueAsString(standard));
        Files.delete(copy.resolve("tests/strict.json"));
        edit("reconcile.json", "\"period\": \"begins\",", "");
        Cli.Result r = diff();
        assertThat(r.out())
                .contains("(start-no-contact, look again on 2027-04-30) -> DO_NOT_CONTACT (start-no-contact, no look-again date)")
                .contains("changed: date; look again on ")
                .containsPattern("\\d+ regions?, 1 case and 0 draft notes changed\n$");
    }

    @Test
    void onlyDraftNotesChangedIsCountedInTheClosingLine() throws IOException {
        edit("drafts.json", "\"miss you\", ", "");
        Cli.Result r = diff("--fail-on-change");
        assertThat(r.exitCode()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("draft notes changed: ").endsWith("0 regions, 0 cases and 2 draft notes changed\n");
    }

    @Test
    void aChangedDecidingRuleFailsOnlyWhenAskedFor() throws IOException {
        edit("moving-on.json", "\"id\": \"moving-on\"", "\"id\": \"moving-on-now\"");
        edit("ruleset.json", "\"moving-on\",", "\"moving-on-now\",");
        assertThat(diff("--fail-on-change").exitCode()).isZero();
        Cli.Result r = diff("--fail-on", "rule");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("DO_NOT_CONTACT -> DO_NOT_CONTACT (profile standard): ")
                .contains("\n  moving-on -> moving-on-now; changed: rule:\n");
        for (JsonNode change : changes()) {
            confirm(change);
        }
    }

    @Test
    void anAddedOrRemovedProfileIsAChange() throws IOException {
        edit("ruleset.json", "\"strict\": {", "\"gentle\": {\"precedence\": [\"when-in-doubt\"]},\n    \"strict\": {");
        Cli.Result added = diff("--fail-on-change");
        assertThat(added.exitCode()).isEqualTo(1);
        assertThat(added.out()).contains("profile added: gentle");
        Cli.Result removed = Cli.run("rules", "diff", "--base", copy.toString(), "--rules", RULES.toString(),
                "--fail-on-change");
        assertThat(removed.exitCode()).isEqualTo(1);
        assertThat(removed.out()).contains("profile removed: gentle");
    }

    @Test
    void aNewDefaultProfileIsAVerdictChangeInEveryFormat() throws IOException {
        edit("ruleset.json", "\"defaultProfile\": \"standard\"", "\"defaultProfile\": \"strict\"");
        Cli.Result text = diff("--fail-on-change");
        assertThat(text.exitCode()).as(text.out()).isEqualTo(1);
        assertThat(text.out()).contains("default profile change: the default profile changed from standard to strict")
                .doesNotContain("no situation changes outcome\n");
        assertThat(diff("--fail-on", "verdict").exitCode()).isEqualTo(1);
        assertThat(diff("--fail-on", "rule").exitCode()).isEqualTo(1);
        assertThat(diff("--format", "github").out())
                .contains("::warning title=nocontact rules diff::default profile change: the default profile changed");
        JsonNode json = JSON.readTree(diff("--format", "json").out());
        assertThat(json.get("defaultProfileChange").asText()).contains("from standard to strict");
        assertThat(diff().exitCode()).as("without a gate the diff only reports").isZero();
    }

    @Test
    void aRewriteThatMeansTheSameChangesNothing() throws IOException {
        edit("logistics.json", "{ \"fact\": \"ties.count\", \"atLeast\": 1 }",
                "{ \"not\": { \"fact\": \"ties.count\", \"is\": 0 } }");
        Cli.Result r = diff("--fail-on", "verdict,date,rule");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains("no situation changes outcome")
                .containsPattern("profile standard: [0-9,]+ (region covers|regions cover) every situation")
                .containsPattern("profile strict: [0-9,]+ (region covers|regions cover) every situation");
        assertThat(witnesses).isEmptyDirectory();
    }

    @Test
    void aLongerDefaultPeriodMovesDatesAndVerdictsAndIsWitnessed() throws IOException {
        edit("ruleset.json", "\"noContactDays\": 30", "\"noContactDays\": 45");
        find(failsOnChangeAndEveryWitnessIsConfirmed(), "REACH_OUT", "DO_NOT_CONTACT", "noContact.complete");
        assertThat(diff().out()).contains("date change: the default no-contact period changed from 30 to 45 days");
    }

    @Test
    void aFolderWithFilesItDidNotWriteIsRefusedAndNothingInItIsTouched() throws IOException {
        Files.createDirectories(witnesses);
        Files.writeString(witnesses.resolve("invoice-2024-3.json"), "mine");
        Files.writeString(witnesses.resolve("notes-1.json"), "mine too");
        edit("gifts.json", "\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"LOGISTICS_ONLY\"");
        Cli.Result r = diff("--format", "json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(witnesses + ": --witnesses: it has files that nocontact did not write");
        try (var files = Files.list(witnesses)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("invoice-2024-3.json", "notes-1.json");
        }
        assertThat(witnesses.resolve("notes-1.json")).hasContent("mine too");
    }

    @Test
    void aSecondRunReplacesOnlyTheWitnessesTheFirstWrote() throws IOException {
        edit("gifts.json", "\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"LOGISTICS_ONLY\"");
        Cli.Result first = diff("--format", "json");
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> written = new ArrayList<>();
        JSON.readTree(first.out()).get("changes").forEach(c -> written.add(Path.of(c.get("witnessFile").asText())
                .getFileName().toString()));
        assertThat(written).isNotEmpty();
        Files.writeString(witnesses.resolve("standard-40.json"), "mine, written between the runs");
        Files.writeString(witnesses.resolve("notes.txt"), "mine");
        Cli.Result second = diff("--format", "json");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("removed " + written.size() + " witness file");
        List<String> expected = new ArrayList<>(written);
        expected.addAll(List.of("standard-40.json", "notes.txt", WitnessFolder.MANIFEST));
        try (var files = Files.list(witnesses)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(witnesses.resolve("standard-40.json")).hasContent("mine, written between the runs");
    }

    @Test
    void witnessFilesAreOwnerOnlyAndGithubAnnotationsPointAtTheRule() throws IOException {
        edit("gifts.json", "\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"LOGISTICS_ONLY\"");
        Cli.Result github = diff("--format", "github");
        assertThat(github.out()).startsWith("::warning file=" + copy.resolve("gifts.json").toString().replace(":", "%3A"))
                .contains("title=nocontact rules diff::profile standard: DO_NOT_CONTACT -> LOGISTICS_ONLY");
        try (var files = Files.list(witnesses)) {
            for (Path f : files.toList()) {
                assertThat(Files.getPosixFilePermissions(f)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE);
            }
        }
        assertThat(Files.getPosixFilePermissions(witnesses)).doesNotContain(PosixFilePermission.OTHERS_READ);
    }
}
