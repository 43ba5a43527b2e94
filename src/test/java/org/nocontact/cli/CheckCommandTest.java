package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.cli.Cli.example;
import static org.nocontact.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> VERDICTS = Set.of("SEEK_SUPPORT", "DO_NOT_CONTACT", "LOGISTICS_ONLY", "RESPOND_BRIEFLY", "REACH_OUT");

    @TempDir
    Path temp;

    /** Each shipped example, with its verdict under each profile. A new example must be added here. */
    static final Map<String, String[]> EXAMPLES = Map.of(
            "valentines-text.json", new String[] {"DO_NOT_CONTACT", "DO_NOT_CONTACT"},
            "collect-belongings.json", new String[] {"LOGISTICS_ONLY", "LOGISTICS_ONLY"},
            "books-and-feelings.json", new String[] {"LOGISTICS_ONLY", "LOGISTICS_ONLY"},
            "birthday-gift.json", new String[] {"DO_NOT_CONTACT", "DO_NOT_CONTACT"},
            "they-wrote-first.json", new String[] {"RESPOND_BRIEFLY", "RESPOND_BRIEFLY"},
            "ready-after-30-days.json", new String[] {"REACH_OUT", "DO_NOT_CONTACT"},
            "i-ended-it.json", new String[] {"REACH_OUT", "REACH_OUT"},
            "day-12-of-30.json", new String[] {"DO_NOT_CONTACT", "DO_NOT_CONTACT"},
            "feeling-unsafe.json", new String[] {"SEEK_SUPPORT", "SEEK_SUPPORT"},
            "strict-waiting.json", new String[] {"REACH_OUT", "DO_NOT_CONTACT"});

    @Test
    void everyShippedExampleGivesItsVerdictInBothProfilesAndBothFormats() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(Cli.ROOT.resolve("docs/examples"))) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("docs/examples and this test list the same files").containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
        for (String file : files) {
            String[] expected = EXAMPLES.get(file);
            String[] profiles = {"standard", "strict"};
            for (int i = 0; i < 2; i++) {
                Cli.Result json = run("check", "--format", "json", "--profile", profiles[i], example(file).toString());
                assertThat(json.exitCode()).as(file + " " + json.err()).isZero();
                assertThat(json.err()).isEmpty();
                assertThat(JSON.readTree(json.out()).get("verdict").asText()).as(file + " " + profiles[i]).isEqualTo(expected[i]);
                Cli.Result text = run("check", "--profile", profiles[i], example(file).toString());
                assertThat(text.exitCode()).isZero();
                assertThat(text.out()).contains(expected[i].equals("SEEK_SUPPORT") ? "Put your safety first" : org.nocontact.rules.Verdict.valueOf(expected[i]).headline() + "\n",
                        "Why");
                assertThat(text.out().contains("\nSources\n")).as(file + ": the sources block, except under SEEK_SUPPORT")
                        .isEqualTo(!expected[i].equals("SEEK_SUPPORT"));
            }
        }
    }

    @Test
    void jsonOutputFollowsTheContractFieldForField() throws IOException {
        for (String file : EXAMPLES.keySet()) {
            JsonNode v = JSON.readTree(run("check", "--format", "json", example(file).toString()).out());
            List<String> fields = new ArrayList<>();
            v.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as("the contract's fields, in order; an optional added field may follow")
                    .startsWith("verdict", "summary", "reconsiderOn", "reasons", "overridden", "doInstead", "wouldChange");
            assertThat(fields.subList(7, fields.size())).isSubsetOf("help", "draft");
            assertThat(v.has("help")).as(file + ": help lines on safety verdicts only")
                    .isEqualTo(v.get("verdict").asText().equals("SEEK_SUPPORT"));
            boolean hasDraft = JSON.readTree(example(file).toFile()).at("/plan/message").isTextual();
            assertThat(v.has("draft")).as(file + ": a draft object exactly when the situation has a draft")
                    .isEqualTo(hasDraft);
            if (hasDraft) {
                assertThat(fields.get(fields.size() - 1)).isEqualTo("draft");
                assertDraftFollowsTheContract(v);
            }
            assertThat(VERDICTS).contains(v.get("verdict").asText());
            assertThat(v.get("summary").isTextual()).isTrue();
            assertThat(v.get("reconsiderOn").isNull() || v.get("reconsiderOn").asText().matches("\\d{4}-\\d{2}-\\d{2}")).isTrue();
            assertThat(v.get("reasons")).isNotEmpty().allSatisfy(reason -> {
                assertThat(fieldNames(reason)).containsExactly("rule", "text", "sources");
                assertThat(reason.get("sources")).isNotEmpty();
            });
            assertThat(v.get("overridden")).allSatisfy(o -> {
                assertThat(fieldNames(o)).containsExactly("rule", "verdict", "by");
                assertThat(o.get("by").asText()).isEqualTo(v.get("reasons").get(0).get("rule").asText());
                assertThat(VERDICTS).contains(o.get("verdict").asText());
            });
            assertThat(v.get("doInstead")).allSatisfy(item -> assertThat(item.isTextual()).isTrue());
            assertThat(v.get("wouldChange")).allSatisfy(c -> {
                assertThat(fieldNames(c)).containsExactly("change", "verdict");
                assertThat(c.get("verdict").asText()).isNotEqualTo(v.get("verdict").asText());
            });
        }
    }

    /** The draft object of docs/situation-format.md: reviewed, notes (line, column, length, rule, text, instead, sources), wordsYouCouldUse. */
    static void assertDraftFollowsTheContract(JsonNode v) {
        JsonNode draft = v.get("draft");
        assertThat(fieldNames(draft)).containsExactly("reviewed", "notes", "wordsYouCouldUse");
        boolean allowsContact = !Set.of("SEEK_SUPPORT", "DO_NOT_CONTACT").contains(v.get("verdict").asText());
        assertThat(draft.get("reviewed").asBoolean()).isEqualTo(allowsContact);
        if (!allowsContact) {
            assertThat(draft.get("notes")).isEmpty();
            assertThat(draft.get("wordsYouCouldUse").isNull()).isTrue();
        }
        assertThat(draft.get("notes")).allSatisfy(note -> {
            assertThat(fieldNames(note)).containsExactly("line", "column", "length", "rule", "text", "instead", "sources");
            assertThat(note.get("line").asInt()).isNotNegative();
            assertThat(note.get("length").asInt()).isPositive();
            assertThat(note.get("sources")).isNotEmpty();
        });
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void textOutputReadsAsAdviceForAPerson() {
        Cli.Result r = run("check", "--color", "never", example("valentines-text.json").toString());
        assertThat(r.out()).startsWith("Don't contact them\nHold no contact: Valentine's Day is not an exception.\n")
                .contains("Look again on Saturday 20 February 2027, in 6 days.").doesNotContain("2027-02-20")
                .contains("What to do instead", "What would change it", "Sources\n  [1] A relationship coach")
                .doesNotContain("\u001b[");
        assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void underSeekSupportTheTextShowsNoContactAdvice() {
        Cli.Result r = run("check", example("feeling-unsafe.json").toString());
        assertThat(r.out()).contains("Put your safety first", "emergency number", "Everything else can wait")
                .doesNotContain("Keep to the matter at hand", "What would change it");
    }

    @Test
    void readsStandardInputWithADash() throws IOException {
        String situation = Files.readString(example("collect-belongings.json"));
        Cli.Result r = Cli.runWithStdin(situation, "check", "--format", "json", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"LOGISTICS_ONLY\"");
    }

    @Test
    void aBadFileGivesExit2OneLineNamingFileFieldAndPlaceAndNothingOnStdout() throws IOException {
        Path bad = temp.resolve("mine.json");
        Files.writeString(bad, Files.readString(example("collect-belongings.json")).replace("\"reconcile\"", "\"reconcil\""));
        Cli.Result r = run("check", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith(bad + ":5:11: goal: \"reconcil\" is not a known value; did you mean \"reconcile\"?");
    }

    @Test
    void badStandardInputIsNamedAsStdin() {
        Cli.Result r = Cli.runWithStdin("{\"goal\": }", "check", "-");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("<stdin>:1:10: this is not valid JSON");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "check nowhere.json|nowhere.json: no such file; check the path",
            "check|Missing required parameter: 'FILE'",
            "check --format yaml FILE|--format: \"yaml\" is not a choice; use text or json.",
            "check --profile gentle FILE|--profile: there is no profile \"gentle\"; use standard or strict.",
            "check --rules /nonexistent FILE|/nonexistent: no such folder; check the path given to --rules.",
            "check --colour never FILE|Did you mean --color",
            "chekc FILE|Did you mean check",
            "check FILE extra|extra: no such file"})
    void commandLineMistakesGiveExit2AndAShortMessage(String line, String message) {
        String[] args = line.replace("FILE", example("collect-belongings.json").toString()).split(" ");
        Cli.Result r = run(args);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message).doesNotContain("\tat ", "Exception");
        assertThat(r.err().lines().count()).isLessThanOrEqualTo(3);
    }

    @Test
    void aFolderIsNotASituation() {
        Cli.Result r = run("check", temp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("this is a folder");
    }

    @Test
    void helpAndVersionWorkEverywhere() {
        assertThat(run("--help").out()).contains("Usage: nocontact", "check", "emergency");
        assertThat(run("check", "--help").out()).contains("Usage: nocontact check", "--format", "--profile", "--rules", "Exit status");
        assertThat(run("--version").out()).startsWith("nocontact ");
        assertThat(run("check", "--version").exitCode()).isZero();
    }

    @Test
    void noCommandPrintsUsageOnStderrWithExit2() {
        Cli.Result none = run();
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("give a command: ask, check, rules", "Usage: nocontact");
        Cli.Result rules = run("rules");
        assertThat(rules.exitCode()).isEqualTo(2);
        assertThat(rules.out()).isEmpty();
        assertThat(rules.err()).contains("nocontact rules: give a command: test, lint, diff", "Usage: nocontact rules");
    }

    @Test
    void aRulesFolderCanBeGiven() {
        Cli.Result r = run("check", "--rules", Cli.ROOT.resolve("rules").toString(), "--format", "json",
                example("i-ended-it.json").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"you-ended-it\"");
    }

    @Test
    void aBrokenRulesFolderGivesExit2NamingTheRuleFile() throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Cli.ROOT.resolve("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        Path gifts = rules.resolve("gifts.json");
        Files.writeString(gifts, Files.readString(gifts).replace("\"DO_NOT_CONTACT\"", "\"DO_NOT_CONTCT\""));
        Cli.Result r = run("check", "--rules", rules.toString(), example("i-ended-it.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith(gifts + ":7:18: rules[0].verdict: \"DO_NOT_CONTCT\" is not a known value; did you mean \"DO_NOT_CONTACT\"?");
    }

    @Test
    void colourOnlyWhenAskedOrOnATerminalAndNeverWithNoColor() throws Exception {
        String file = example("valentines-text.json").toString();
        assertThat(run("check", "--color", "always", file).out()).contains("\u001b[");
        assertThat(run("check", file).out()).as("not a terminal").doesNotContain("\u001b[");

        List<String> onATerminal = List.of("-Dnocontact.stdout.tty=1");
        assertThat(Cli.process(Map.of(), onATerminal, "", "check", file).out()).contains("\u001b[");
        assertThat(Cli.process(Map.of("NO_COLOR", "1"), onATerminal, "", "check", file).out()).doesNotContain("\u001b[");
    }

    @Test
    void asARealProcessErrorsGoToStderrWithExit2AndNoStackTrace() throws Exception {
        Cli.Result r = Cli.process(Map.of(), List.of(), "[1, 2", "check", "-");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("<stdin>:1:").doesNotContain("\tat ", "Exception");
        Cli.Result ok = Cli.process(Map.of(), List.of(), Files.readString(example("i-ended-it.json")), "check", "--format", "json", "-");
        assertThat(ok.exitCode()).isZero();
        assertThat(JSON.readTree(ok.out()).get("verdict").asText()).isEqualTo("REACH_OUT");
    }
}
