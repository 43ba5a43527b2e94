package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.interview.RandomSituations;
import org.nocontact.situation.SituationWriter;

/**
 * Random situations replayed through the real launcher (`./nocontact ask --replay FILE --save OUT`)
 * agree with `./nocontact check`: OUT gets FILE's verdict and look-again date. A few dozen here, to
 * keep the build quick; src/bench/replay-agreement.sh runs hundreds on demand.
 */
class ReplayThroughTheLauncherIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();
    static final int SITUATIONS = 12;

    @TempDir
    Path temp;

    @Test
    void randomSituationsReplayedAndSavedGetTheVerdictAndDateOfCheck() throws Exception {
        RandomSituations random = new RandomSituations(20271);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < SITUATIONS; i++) {
            Path file = temp.resolve("situation-" + i + ".json");
            Files.writeString(file, SituationWriter.write(random.next()));
            String profile = i % 2 == 0 ? "standard" : "strict";
            Path out = temp.resolve("out-" + i + ".json");
            Run asked = run("ask", "--replay", file.toString(), "--profile", profile, "--save", out.toString());
            assertThat(asked.code()).as(asked.err()).isZero();
            JsonNode expected = verdict(file, profile);
            if (Files.exists(out)) {
                JsonNode got = verdict(out, profile);
                if (!got.get("verdict").equals(expected.get("verdict"))
                        || !got.get("reconsiderOn").equals(expected.get("reconsiderOn"))) {
                    wrong.add(profile + " " + Files.readString(file));
                }
            } else {
                assertThat(expected.get("verdict").asText()).as("nothing saved only after a safety stop").isEqualTo("SEEK_SUPPORT");
                assertThat(asked.out()).contains("Put your safety first").doesNotContain("SEEK_SUPPORT");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private JsonNode verdict(Path file, String profile) throws Exception {
        Run checked = run("check", "--format", "json", "--profile", profile, file.toString());
        assertThat(checked.code()).as(checked.err()).isZero();
        return JSON.readTree(checked.out());
    }

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("nocontact").toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nocontact did not finish in 60 s: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
