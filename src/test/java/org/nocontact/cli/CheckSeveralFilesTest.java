package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.cli.Cli.example;
import static org.nocontact.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check a.json b.json`: a verdict for each file, labelled by its file; a wrong file stops them all. */
class CheckSeveralFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final String valentines = example("valentines-text.json").toString();
    private final String belongings = example("collect-belongings.json").toString();
    private final String unsafe = example("feeling-unsafe.json").toString();

    @Test
    void eachVerdictComesUnderItsFileInTheOrderGiven() {
        Cli.Result r = run("check", "--color", "never", valentines, belongings);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        String first = run("check", "--color", "never", valentines).out();
        String second = run("check", "--color", "never", belongings).out();
        assertThat(r.out()).isEqualTo("== " + valentines + " ==\n" + first + "\n== " + belongings + " ==\n" + second);
    }

    @Test
    void jsonIsOneArrayWhoseObjectsNameTheirFileFirst() throws IOException {
        Cli.Result r = run("check", "--format", "json", belongings, unsafe, valentines);
        assertThat(r.exitCode()).isZero();
        JsonNode all = JSON.readTree(r.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(3);
        String[] files = {belongings, unsafe, valentines};
        for (int i = 0; i < files.length; i++) {
            JsonNode alone = JSON.readTree(run("check", "--format", "json", files[i]).out());
            JsonNode labelled = all.get(i);
            assertThat(CheckCommandTest.fieldNames(labelled).get(0)).isEqualTo("file");
            assertThat(labelled.get("file").asText()).isEqualTo(files[i]);
            ((com.fasterxml.jackson.databind.node.ObjectNode) labelled).remove("file");
            assertThat(labelled).as("the same object as checking %s alone", files[i]).isEqualTo(alone);
        }
        assertThat(all.get(1).get("verdict").asText()).isEqualTo("SEEK_SUPPORT");
        assertThat(all.get(1).has("help")).as("a safety verdict keeps its help lines in the array").isTrue();
    }

    @Test
    void oneFileStillGivesTheObjectAloneWithoutAFileField() throws IOException {
        JsonNode v = JSON.readTree(run("check", "--format", "json", belongings).out());
        assertThat(v.isObject()).isTrue();
        assertThat(v.has("file")).isFalse();
    }

    @Test
    void aWrongFileAmongGoodOnesIsNamedAndNothingIsPrinted() throws IOException {
        Path bad = temp.resolve("mine.json");
        Files.writeString(bad, Files.readString(example("collect-belongings.json")).replace("\"reconcile\"", "\"reconcil\""));
        for (String format : new String[] {"text", "json"}) {
            Cli.Result r = run("check", "--format", format, valentines, bad.toString(), belongings);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.out()).as("nothing half-written").isEmpty();
            assertThat(r.err().lines()).containsExactly(bad + ":5:11: goal: \"reconcil\" is not a known value; did you "
                    + "mean \"reconcile\"? (allowed: reconcile, move-on, friends or unsure)");
        }
    }

    @Test
    void everyWrongFileIsNamedOnALineOfItsOwn() {
        Path missing = temp.resolve("missing.json");
        Cli.Result r = run("check", missing.toString(), valentines, temp.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(2);
        assertThat(r.err().lines().toList().get(0)).startsWith(missing + ": no such file");
        assertThat(r.err().lines().toList().get(1)).startsWith(temp + ": this is a folder");
    }

    @Test
    void standardInputCanBeGivenOnlyOnce() throws IOException {
        Cli.Result r = Cli.runWithStdin(Files.readString(example("collect-belongings.json")), "check", "-", valentines, "-");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("-: standard input can be read only once; give - a single time.");
    }

    @Test
    void standardInputAmongFilesIsLabelledWithADash() throws IOException {
        Cli.Result r = Cli.runWithStdin(Files.readString(example("collect-belongings.json")),
                "check", "--format", "json", valentines, "-");
        assertThat(r.exitCode()).isZero();
        JsonNode all = JSON.readTree(r.out());
        assertThat(all.get(1).get("file").asText()).isEqualTo("-");
        assertThat(all.get(1).get("verdict").asText()).isEqualTo("LOGISTICS_ONLY");
    }
}
