package org.nocontact.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nocontact.cli.Main;

/**
 * Every file of the public JSONTestSuite (vendored in src/test/resources/jsontestsuite, MIT; see its
 * README.md) through `nocontact check`:
 * not-JSON (n_) is refused as not JSON, valid JSON (y_) and implementation-defined files (i_) are
 * refused as not a situation; none crashes, hangs, or prints anything on standard output.
 */
class JsonTestSuiteTest {
    static final Path SUITE = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath()
            .resolve("src/test/resources/jsontestsuite/test_parsing");

    @Test
    void everyFileIsRefusedCleanlyAndQuickly() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SUITE)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("the vendored suite at " + SUITE).hasSize(318);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (Path file : files) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Main.run(new String[] {"check", file.toString()}, new PrintWriter(out), new PrintWriter(err));
                String name = file.getFileName().toString();
                assertThat(code).as(name + ": " + err).isEqualTo(2);
                assertThat(out.toString()).as(name).isEmpty();
                assertThat(err.toString().lines()).as(name).hasSize(1);
                assertThat(err.toString()).as(name).startsWith(file.toString()).doesNotContain("Exception");
                String message = err.toString().substring(file.toString().length());
                if (name.startsWith("n_")) {
                    assertThat(message).as(name + " is not JSON, and is told so")
                            .containsAnyOf("JSON", "UTF-8", "empty", "nested", "far too large");
                }
                if (name.startsWith("y_")) {
                    assertThat(message).as(name + " is JSON but not a situation")
                            .doesNotContain("not valid JSON", "UTF-8");
                }
            }
        });
    }
}
