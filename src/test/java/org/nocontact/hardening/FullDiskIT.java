package org.nocontact.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while `rules diff --witnesses` writes (issue 22): the earlier witnesses stay
 * exactly as they were, nothing half-written is left, and the run says so and exits 2.
 *
 * <p>The full disk is real: a 512 KiB tmpfs mounted in a private mount namespace (`unshare -m`, or
 * `unshare -Urm` for a user without root), so it vanishes with the shell and nothing on the machine
 * sees it. Everything is checked inside that shell, which writes what it saw to files outside.
 */
class FullDiskIT {
    @TempDir
    Path temp;

    private Path base;
    private Path changed;

    @BeforeEach
    void twoRuleSetsThatDisagree() throws IOException {
        base = copy(HostileEnvironmentIT.ROOT.resolve("rules"), temp.resolve("base"));
        changed = copy(base, temp.resolve("changed"));
        Path gifts = changed.resolve("gifts.json");
        String text = Files.readString(gifts);
        assertThat(text).contains("\"verdict\": \"DO_NOT_CONTACT\"");
        Files.writeString(gifts, text.replace("\"verdict\": \"DO_NOT_CONTACT\"", "\"verdict\": \"LOGISTICS_ONLY\""));
    }

    @Test
    void aFullDiskDuringWitnessesLeavesTheEarlierSetAsItWasAndSaysSo() throws Exception {
        Path report = temp.resolve("report");
        Files.createDirectories(report);
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=512k,mode=0700 tmpfs \"$DISK\" || exit 97",
                "diff_into() { \"$N\" rules diff --base \"$BASE\" --rules \"$CHANGED\" --witnesses \"$DISK/w\" --format json; }",
                "diff_into > \"$R/first.out\" 2> \"$R/first.err\"; echo $? > \"$R/first.code\"",
                "(cd \"$DISK/w\" && ls -A | sort && cat -- * .nocontact-witnesses | sha256sum) > \"$R/before\"",
                "dd if=/dev/zero of=\"$DISK/filler\" bs=4k 2>/dev/null; df -k \"$DISK\" | tail -1 > \"$R/df\"",
                "diff_into > \"$R/second.out\" 2> \"$R/second.err\"; echo $? > \"$R/second.code\"",
                "(cd \"$DISK/w\" && ls -A | sort && cat -- * .nocontact-witnesses | sha256sum) > \"$R/after\"",
                "");
        Process shell = privateMountNamespace(script, report);
        assumeTrue(shell.exitValue() != 97 && shell.exitValue() != 98,
                "this machine lets no test mount a tmpfs in a private namespace (unshare -m / -Urm)");
        assertThat(shell.exitValue()).as(read(report, "first.err")).isZero();

        assertThat(read(report, "first.code").trim()).as(read(report, "first.err")).isEqualTo("0");
        assertThat(read(report, "first.out")).contains("\"witnessFile\"");
        assertThat(read(report, "df")).as("the disk is full before the second run").matches("(?s).*\\s0\\s+100%.*");

        assertThat(read(report, "second.code").trim()).as(read(report, "second.err")).isEqualTo("2");
        assertThat(read(report, "second.out")).isEmpty();
        assertThat(read(report, "second.err")).contains("--witnesses: the witnesses could not be written")
                .contains("no space left on device").contains("the folder is as it was before this run")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(read(report, "after")).as("the earlier witnesses, byte for byte, and no staging folder")
                .isEqualTo(read(report, "before")).doesNotContain(".nocontact-staging");
    }

    /** Runs the script as root in a new mount namespace, or as a user mapped to root in a new user one. */
    private Process privateMountNamespace(String script, Path report) throws IOException, InterruptedException {
        Path disk = Files.createDirectories(temp.resolve("disk"));
        String unshare = "root".equals(System.getProperty("user.name")) ? "-m" : "-Urm";
        ProcessBuilder builder = new ProcessBuilder("unshare", unshare, "bash", "-c", script);
        builder.environment().putAll(java.util.Map.of("N", HostileEnvironmentIT.LAUNCHER.toString(),
                "BASE", base.toString(), "CHANGED", changed.toString(), "DISK", disk.toString(), "R", report.toString()));
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(report.resolve("shell.out").toFile()).redirectError(report.resolve("shell.err").toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException noUnshare) {
            return new ProcessBuilder("bash", "-c", "exit 98").start().onExit().join();
        }
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the full-disk script did not finish in 240 s: " + read(report, "shell.err"));
        }
        if (process.exitValue() != 0 && read(report, "shell.err").contains("unshare:")) {
            return new ProcessBuilder("bash", "-c", "exit 98").start().onExit().join();
        }
        return process;
    }

    private static String read(Path report, String name) throws IOException {
        Path file = report.resolve(name);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(" + name + " was not written)";
    }

    /** The rule files only: the cases (tests/) point at examples by a path relative to the repository. */
    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
