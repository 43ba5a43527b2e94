package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.cli.Cli.example;
import static org.nocontact.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in rules come from the build's snapshot; a folder given with --rules is still read as JSON. */
class BuiltInRulesTest {
    static final String SHIPPED = "You ended it and now want them back: tell them directly, once, and respect their answer.";
    static final String EDITED = "Edited here: say it once, kindly, and let them answer.";

    @TempDir
    Path temp;

    @Test
    void aRulesFolderIsReadAsJsonNotFromTheSnapshot() throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        try (Stream<Path> files = Files.list(Cli.ROOT.resolve("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path reconcile = rules.resolve("reconcile.json");
        Files.writeString(reconcile, Files.readString(reconcile).replace(SHIPPED, EDITED));
        String situation = example("i-ended-it.json").toString();

        Cli.Result edited = run("check", "--format", "json", "--rules", rules.toString(), situation);
        Cli.Result builtIn = run("check", "--format", "json", situation);

        assertThat(edited.exitCode()).isZero();
        assertThat(edited.out()).contains(EDITED).doesNotContain(SHIPPED);
        assertThat(builtIn.out()).contains(SHIPPED).doesNotContain(EDITED);
    }
}
