package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AskReplayTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    static List<String> asked(Cli.Result r) {
        return Arrays.stream(r.err().split("\n")).filter(line -> line.startsWith("asked: "))
                .map(line -> line.substring("asked: ".length())).toList();
    }

    static JsonNode verdict(String... args) throws IOException {
        Cli.Result r = Cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Cli.example("").getParent().resolve("examples"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theSavedSituationGetsTheExamplesVerdictAndDateUnderEachProfile(String example) throws IOException {
        for (String profile : List.of("standard", "strict")) {
            Path out = temp.resolve(profile + "-" + example);
            String file = Cli.example(example).toString();
            Cli.Result r = Cli.run("ask", "--replay", file, "--profile", profile, "--save", out.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode expected = verdict("check", "--format", "json", "--profile", profile, file);
            String verdict = expected.get("verdict").asText();
            assertThat(r.out()).contains(verdict.equals("SEEK_SUPPORT") ? "Put your safety first" : org.nocontact.rules.Verdict.valueOf(verdict).headline() + "\n");
            if (Files.exists(out)) {
                JsonNode got = verdict("check", "--format", "json", "--profile", profile, out.toString());
                assertThat(got.get("verdict")).as(profile).isEqualTo(expected.get("verdict"));
                assertThat(got.get("reconsiderOn")).as(profile).isEqualTo(expected.get("reconsiderOn"));
            } else {
                assertThat(r.err().replaceAll("\\s+", " ")).as("fitted to the screen").contains(org.nocontact.interview.SaveDialogue.NOT_SAVED_FOR_SAFETY);
                assertThat(expected.get("verdict").asText()).isEqualTo("SEEK_SUPPORT");
            }
        }
    }

    @Test
    void namesEveryQuestionOnStderrAndPrintsTheVerdictOnStdout() {
        Cli.Result r = Cli.run("ask", "--replay", Cli.example("valentines-text.json").toString());
        assertThat(r.exitCode()).isZero();
        // the day of the breakup and the goal are said with "Who ended it, when, and what do you want now?", not named
        // as questions of their own
        assertThat(asked(r)).startsWith("safety.selfHarm").contains("breakup.initiatedBy", "plan.action")
                .doesNotContain("goal", "breakup.date");
        assertThat(r.out()).contains("Don't contact them").doesNotContain("asked:");
        assertThat(r.err()).doesNotContain("Who ended it", "More?");
    }

    @Test
    void aSafetyStopSavesNothingAndSaysWhy() {
        Path out = temp.resolve("out.json");
        Cli.Result r = Cli.run("ask", "--replay", Cli.example("feeling-unsafe.json").toString(), "--save", out.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Put your safety first").doesNotContain("SEEK_SUPPORT");
        assertThat(r.err()).contains("Nothing was saved: we stopped early for your safety");
        assertThat(out).doesNotExist();
        assertThat(asked(r)).last().isEqualTo("safety.threatened");
    }

    @Test
    void aBadFileIsExit2NamingTheFieldWithNothingOnStdout() throws IOException {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"today\": \"2027-02-14\", \"breakup\": {\"date\": \"2027-01-20\", \"initiatedBy\": \"them\"}, \"goal\": \"reconcil\","
                + " \"plan\": {\"action\": \"text\", \"purpose\": \"greeting\"}}");
        Cli.Result r = Cli.run("ask", "--replay", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(bad.toString(), "goal", "did you mean \"reconcile\"").doesNotContain("asked:", "Exception");
        Cli.Result missing = Cli.run("ask", "--replay", temp.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void todayComesFromTheFileSoTodayIsRefused() {
        Cli.Result r = Cli.run("ask", "--replay", Cli.example("valentines-text.json").toString(), "--today", "2027-03-01");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--replay takes every answer and today from its file");
    }
}
