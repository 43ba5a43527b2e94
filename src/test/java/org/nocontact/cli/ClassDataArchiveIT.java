package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * src/build/make-cds-archive.sh, as the build runs it, in a copy of the checkout's layout (target/
 * with the built jar, docs/examples, rules/): the start-up archive is trained on real commands, and a
 * training command that does not run through is said, never swallowed.
 */
class ClassDataArchiveIT {
    static final Path ROOT = LauncherIT.ROOT;

    @TempDir
    Path checkout;
    Path target;

    record Result(int exitCode, String err) {
    }

    @BeforeEach
    void aCheckoutWithTheBuiltJar() throws IOException {
        RulesToolkitTest.copyTree(ROOT.resolve("rules"), checkout.resolve("rules"));
        RulesToolkitTest.copyTree(ROOT.resolve("docs/examples"), checkout.resolve("docs/examples"));
        target = Files.createDirectories(checkout.resolve("target"));
        Files.copy(ROOT.resolve("target/nocontact.jar"), target.resolve("nocontact.jar"));
    }

    Result makeTheArchive() throws Exception {
        Path err = checkout.resolve("err.txt");
        Process process = new ProcessBuilder(List.of("bash", ROOT.resolve("src/build/make-cds-archive.sh").toString(),
                target.toString())).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(err));
    }

    @Test
    void theShippedRulesAndCasesTrainAnArchiveWithItsStampAndNothingIsSaid() throws Exception {
        Result made = makeTheArchive();

        assertThat(made.err()).isEmpty();
        assertThat(made.exitCode()).isZero();
        assertThat(target.resolve("nocontact.jsa")).isNotEmptyFile();
        assertThat(Files.readAllLines(target.resolve("nocontact.jsa.java")))
                .last().isEqualTo(target.toAbsolutePath().resolve("nocontact.jar").toString());
    }

    @Test
    void aCaseFileThatCannotBeReadFailsTheArchiveAndSaysWhichCommandStoppedAndWhy() throws Exception {
        Files.writeString(checkout.resolve("rules/tests/broken.json"), "{\"cases\": [\n");

        Result made = makeTheArchive();

        assertThat(made.exitCode()).isEqualTo(1);
        assertThat(made.err())
                .contains("the class-data training run failed")
                .contains("'nocontact rules test --rules " + checkout.resolve("rules") + "' exited 2")
                .contains("broken.json");
        assertThat(target.resolve("nocontact.jsa")).doesNotExist();
        assertThat(target.resolve("nocontact.jsa.java")).doesNotExist();
    }
}
