package org.nocontact.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.files.AtomicFiles;
import org.nocontact.files.PendingTemporaryFile;

/**
 * The probes of issue 22 that need a real process: closed and odd standard streams, a full disk, the
 * C locale, and signals (Ctrl-\, Ctrl-C, SIGTERM, kill -9). They run the launcher (`./nocontact`,
 * which carries the JVM options that matter here) or the jar as a person's shell would. Each waits
 * for new output (a marker) before it sends a signal, never for a fixed time.
 */
class HostileEnvironmentIT {
    static final Path ROOT = BadInputCorpusTest.ROOT;
    static final Path LAUNCHER = ROOT.resolve("nocontact");
    static final Path JAR = ROOT.resolve("target/nocontact.jar");
    static final Path EXAMPLE = ROOT.resolve("docs/examples/valentines-text.json");

    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
    }

    /** A shell line, with $N the launcher, $J the jar and $E an example situation; stdin from /dev/null unless redirected. */
    Result shell(Map<String, String> env, String line) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", line);
        builder.environment().putAll(Map.of("N", LAUNCHER.toString(), "J", JAR.toString(), "E", EXAMPLE.toString()));
        builder.environment().putAll(env);
        builder.environment().remove("NO_COLOR");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish in 90 s: " + line);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    Result shell(String line) throws IOException, InterruptedException {
        return shell(Map.of(), line);
    }

    @Test
    void closedStandardInputIsEmptyInputNeverTheJdksOwnFiles() throws Exception {
        for (String command : List.of("\"$N\" check - <&-", "java -jar \"$J\" check - <&-")) {
            Result r = shell(command);
            assertThat(r.code()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).as(command).isEqualTo("<stdin>: the file is empty; it should hold one JSON object.\n");
        }
    }

    @Test
    void closedOrFullStandardOutputIsExit2NeverSuccess() throws Exception {
        Result launcher = shell("\"$N\" check \"$E\" >&-");
        assertThat(launcher.code()).isEqualTo(2);
        assertThat(launcher.err()).contains("nocontact: standard output is closed");
        Result jar = shell("java -jar \"$J\" check \"$E\" >&-");
        assertThat(jar.code()).isEqualTo(2);
        assertThat(jar.err()).contains("nocontact: the output could not be written to standard output");
        for (String format : List.of("text", "json")) {
            Result full = shell("\"$N\" check --format " + format + " \"$E\" > /dev/full");
            assertThat(full.code()).as(format).isEqualTo(2);
            assertThat(full.err()).contains("nocontact: the output could not be written to standard output (no space left on device)");
        }
    }

    @Test
    void standardInputThatIsAFolderIsRefusedWithExit2() throws Exception {
        for (String command : List.of("\"$N\" check - < /", "\"$N\" ask < /")) {
            Result r = shell(command);
            assertThat(r.code()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(command).contains("<stdin>: standard input is a folder").doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void aNonAsciiPathUnderTheCLocaleIsExit2WithASentence() throws Exception {
        Result r = shell(Map.of("LC_ALL", "C", "LANG", "C"), "\"$N\" check \"$0\"/caf\u00e9.json".replace("$0", temp.toString()));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("cannot be used", "run with a UTF-8 locale").doesNotContain("Exception");
    }

    @Test
    void jsonIsUtf8WhateverTheLocale() throws Exception {
        Path rules = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(ROOT.resolve("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = rules.resolve(ROOT.resolve("rules").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Path romantic = rules.resolve("occasions.json");
        String text = Files.readString(romantic);
        assertThat(text).contains("\"summary\": \"");
        Files.writeString(romantic, text.replace("\"summary\": \"", "\"summary\": \"Caf\u00e9 \u2014 \u00fc \ud83d\udc94 "));
        for (Map<String, String> locale : List.of(Map.of("LC_ALL", "C", "LANG", "C"), Map.of("LC_ALL", "POSIX"),
                Map.of("LC_ALL", "C.UTF-8"))) {
            Result r = shell(locale, "\"$N\" check --format json --rules " + rules + " \"$E\"");
            assertThat(r.code()).as(locale + r.err()).isZero();
            assertThat(r.out()).as(locale.toString()).contains("Caf\u00e9 \u2014 \u00fc \ud83d\udc94 ").doesNotContain("Caf?");
        }
    }

    @Test
    void aBrokenFileToStartFromIsOneMessageWithNoStoppedLineAfterIt() throws Exception {
        Files.writeString(temp.resolve("half.json"), "{\"today\":");
        Result r = shell("\"$N\" ask --from \"$T/half.json\"".replace("$T", temp.toString()));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as("one line, then the JVM ends without the Ctrl-C hook's 'stopped'")
                .endsWith("half.json:1:10: the JSON ends too early; check for a missing closing brace or quote.\n")
                .doesNotContain("stopped");
    }

    @Test
    void aDateForTodayFarAwayIsRefusedBeforeAnyQuestion() throws Exception {
        Result r = shell("\"$N\" ask --today +999999999-12-31");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("--today: +999999999-12-31 is too far from now to plan with; give a date from "
                + "1900-01-01 to 2999-12-31.\n");
    }

    @Test
    void ctrlBackslashPrintsNoThreadDumpOnStandardOutput() throws Exception {
        Path out = temp.resolve("ask-out.txt");
        Path err = temp.resolve("ask-err.txt");
        Process ask = new ProcessBuilder(withDefaultSignals(List.of(LAUNCHER.toString(), "ask"))).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream answers = ask.getOutputStream()) {
            awaitOutput(ask, err, text -> text.contains("Are you having any thoughts of hurting yourself?"));
            signal(ask, "QUIT");
            awaitOutput(ask, err, text -> text.contains("Full thread dump"));
            answers.write("n\n".getBytes(StandardCharsets.UTF_8));
            answers.flush();
            awaitOutput(ask, err, text -> text.contains("Do you feel unsafe because of your ex?"));
        }
        assertThat(ask.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ask.exitValue()).as("left at the second question").isEqualTo(1);
        assertThat(Files.readString(out)).doesNotContain("thread dump", "\"main\"");
    }

    @Test
    void temporaryFilesAreRemovedOnCtrlCAndSigterm() throws Exception {
        for (String signal : List.of("INT", "TERM")) {
            Path folder = Files.createDirectories(temp.resolve(signal));
            Process writer = pendingWrite(folder);
            Path pending = Path.of(firstLine(writer));
            assertThat(pending).exists().hasParent(folder);
            signal(writer, signal);
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(pending).as("after SIG" + signal).doesNotExist();
            assertThat(folder).isEmptyDirectory();
        }
    }

    @Test
    void aTemporaryFileLeftByKillMinus9IsRemovedByTheNextWriteThere() throws Exception {
        Process writer = pendingWrite(temp);
        Path stale = Path.of(firstLine(writer));
        writer.destroyForcibly();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(stale).as("kill -9 runs no hook").exists();
        assertThat(Files.getPosixFilePermissions(stale)).hasSize(2);
        AtomicFiles.write(temp.resolve("next.json"), "{}");
        assertThat(stale).doesNotExist();
    }

    private Process pendingWrite(Path folder) throws IOException {
        List<String> command = withDefaultSignals(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PendingTemporaryFile.class.getName(), folder.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * A build started as a background job (`mvn verify &`, some CI runners) inherits Ctrl-C and Ctrl-\ as
     * ignored, and a JVM started with SIGINT ignored installs no handler for it: the signal would be lost
     * and the test would wait in vain. A person's shell starts `nocontact` with both at their default, so
     * the child is started that way too (GNU env resets them; without it, an ignored SIGINT skips the probe).
     */
    private static List<String> withDefaultSignals(List<String> command) throws IOException {
        List<String> reset = new ArrayList<>(List.of("env", "--default-signal=INT,QUIT,TERM"));
        if (envResetsSignals()) {
            reset.addAll(command);
            return reset;
        }
        Assumptions.assumeFalse(ignoredHere("SigIgn", 2), "SIGINT is ignored in this build and env cannot reset it");
        return command;
    }

    private static boolean envResetsSignals() {
        try {
            return new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether this process ignores the signal, from /proc/self/status (false where there is no /proc). */
    private static boolean ignoredHere(String field, int signal) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.substring(field.length() + 1).trim(), 16))
                .anyMatch(mask -> (mask & (1L << (signal - 1))) != 0);
    }

    private static String firstLine(Process process) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = process.getInputStream().read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }

    private static void signal(Process process, String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }

    /** Waits until the file's text passes the test (new output, not a fixed time); fails if the process ends first. */
    private static void awaitOutput(Process process, Path file, Predicate<String> ready) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ready.test(Files.readString(file, StandardCharsets.UTF_8))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no such output yet: " + Files.readString(file, StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
    }
}
