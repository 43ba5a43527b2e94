package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestSituations;

/**
 * ./nocontact in a copy of the checkout's layout (launcher, built jar, pom.xml, src/main, rules/):
 * rule authors iterate on rules, not Java, so an edited rule never waits for a rebuild.
 */
class LauncherIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();

    @TempDir
    Path checkout;
    Path jar;
    FileTime built;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeEach
    void aCheckoutWithAFreshJar() throws IOException {
        Files.copy(ROOT.resolve("nocontact"), checkout.resolve("nocontact"));
        Files.copy(ROOT.resolve("pom.xml"), checkout.resolve("pom.xml"));
        Files.createDirectories(checkout.resolve("src/main/java"));
        Files.writeString(checkout.resolve("src/main/java/Placeholder.java"), "class Placeholder {}\n");
        RulesToolkitTest.copyTree(ROOT.resolve("rules"), checkout.resolve("rules"));
        RulesToolkitTest.copyTree(ROOT.resolve("docs/examples"), checkout.resolve("docs/examples"));
        jar = Files.createDirectories(checkout.resolve("target")).resolve("nocontact.jar");
        Files.copy(ROOT.resolve("target/nocontact.jar"), jar);
        Instant past = Instant.now().minusSeconds(3600);
        try (var files = Files.walk(checkout)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, FileTime.from(past));
            }
        }
        built = FileTime.from(past.plusSeconds(60));
        Files.setLastModifiedTime(jar, built);
    }

    Result launch(String stdin, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", checkout.resolve("nocontact").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Path out = checkout.resolve("out.txt");
        Path err = checkout.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void anEditedRuleIsTriedAtOnceWithoutARebuild() throws Exception {
        Path gifts = checkout.resolve("rules/gifts.json");
        Files.writeString(gifts, Files.readString(gifts).replace("\"summary\": \"Don't send the {plan.action}:",
                "\"summary\": \"EDITED Don't send the {plan.action}:"));
        var gift = TestSituations.base();
        gift.with("plan").put("action", "gift");
        Result r = launch(TestSituations.JSON.writeValueAsString(gift), "check", "--format", "json", "-");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("EDITED Don't send the gift:");
        assertThat(r.err()).doesNotContain("building");
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(built);
    }

    @Test
    void theRuleToolsNeverRebuildEvenAfterAJavaChange() throws Exception {
        Files.writeString(checkout.resolve("src/main/java/Placeholder.java"), "class Placeholder { }\n");
        Result r = launch("", "rules", "test", "--rules", checkout.resolve("rules").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).doesNotContain("building")
                .contains("the Java sources changed since the last build; the rule tools run the jar as built");
        assertThat(Files.getLastModifiedTime(jar)).isEqualTo(built);
    }

    /** The JVM options the launcher passes for a rules command, read by a stand-in `java` first on PATH. */
    private String jvmOptions(java.util.Map<String, String> env, String... args) throws Exception {
        Path bin = Files.createDirectories(checkout.resolve("fake-bin"));
        Path seen = checkout.resolve("java-args.txt");
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + seen + "'\n");
        bin.resolve("java").toFile().setExecutable(true);
        List<String> command = new java.util.ArrayList<>(List.of("bash", checkout.resolve("nocontact").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile());
        builder.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
        builder.environment().remove("NOCONTACT_JAVA_OPTS");
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(checkout.resolve("launch.txt").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(checkout.resolve("launch.txt"))).isZero();
        return Files.readString(seen);
    }

    /** A rule set folder of about {@code kib} KiB of JSON (one large file; its size is what counts). */
    private Path rulesOf(String name, int kib) throws IOException {
        Path dir = Files.createDirectories(checkout.resolve(name));
        Files.writeString(dir.resolve("ruleset.json"), "{}" + " ".repeat(kib * 1024 - 2));
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("tests/large-case.json"), " ".repeat(2048 * 1024));
        return dir;
    }

    /** A rule set folder of {@code n} rules, each with its verdict (what the launcher counts). */
    private Path rulesWithVerdicts(String name, int n) throws IOException {
        Path dir = Files.createDirectories(checkout.resolve(name));
        Files.writeString(dir.resolve("rules.json"), "{\"rules\": [" + String.join(", ", java.util.Collections.nCopies(n,
                "{\"id\": \"r\", \"verdict\": \"REACH_OUT\"}")) + "]}");
        return dir;
    }

    @Test
    void theRuleToolsGetAHeapSizedFromTheRuleSetsTheyRead() throws Exception {
        // the shipped rules (./rules by default): the 1 GiB every rules command stays within
        assertThat(jvmOptions(java.util.Map.of(), "rules", "lint")).contains("-Xmx1024m\n");
        // 512 KiB of rules: 4 MiB more per KiB over 256 (its test cases are not counted)
        Path large = rulesOf("large", 512);
        assertThat(jvmOptions(java.util.Map.of(), "rules", "lint", "--rules", large.toString()))
                .contains("-Xmx2048m\n");
        // a diff reads both rule sets
        assertThat(jvmOptions(java.util.Map.of(), "rules", "diff", "--base=" + large, "--rules", large.toString()))
                .contains("-Xmx4096m\n"); // 1024 KiB: 1 GiB + 768 x 4 MiB
    }

    @Test
    void rulesTestOfASmallRuleSetUsesTheQuickCompilerAloneAndOfALargeOneTheFullJit() throws Exception {
        // the shipped rules: a run of a few seconds, where C1 alone costs half the CPU
        assertThat(jvmOptions(java.util.Map.of(), "rules", "test")).contains("-XX:TieredStopAtLevel=1\n");
        assertThat(jvmOptions(java.util.Map.of(), "rules", "test", "--no-interview", "--rules=rules"))
                .contains("-XX:TieredStopAtLevel=1\n");
        // the other rule tools keep the full JIT
        assertThat(jvmOptions(java.util.Map.of(), "rules", "lint")).doesNotContain("TieredStopAtLevel");
        // 300 rules and their catch-all: C1 alone still took 0.6 of the full JIT's CPU (docs/performance.md)
        Path measured = rulesWithVerdicts("measured-rules", 301);
        assertThat(jvmOptions(java.util.Map.of(), "rules", "test", "--rules", measured.toString()))
                .contains("-XX:TieredStopAtLevel=1\n");
        // past the sizes measured (400 rules, each with its verdict), the full JIT is kept
        Path large = rulesWithVerdicts("many-rules", 400);
        assertThat(jvmOptions(java.util.Map.of(), "rules", "test", "--rules", large.toString()))
                .doesNotContain("TieredStopAtLevel");
        // and NOCONTACT_JAVA_OPTS, given last, can always choose otherwise
        String chosen = jvmOptions(java.util.Map.of("NOCONTACT_JAVA_OPTS", "-XX:TieredStopAtLevel=4"), "rules", "test");
        assertThat(chosen.lastIndexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(chosen.indexOf("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void rulesTestOfASmallRuleSetAsksForHugePagesAndFixedCompilerThreadsAndTheOtherToolsDoNot() throws Exception {
        // ~100 MiB filled once in a few seconds: 2 MiB pages instead of tens of thousands of 4 KiB page faults;
        // and no look at the free memory after each of its thousands of compilations
        assertThat(jvmOptions(java.util.Map.of(), "rules", "test")).contains("-XX:+UseTransparentHugePages\n",
                "-XX:-UseDynamicNumberOfCompilerThreads\n");
        assertThat(jvmOptions(java.util.Map.of(), "rules", "lint")).doesNotContain("HugePages", "CompilerThreads");
        assertThat(jvmOptions(java.util.Map.of(), "check", "situation.json")).doesNotContain("HugePages", "CompilerThreads");
        // past the sizes measured, as the other tools
        Path large = rulesWithVerdicts("many-rules", 400);
        assertThat(jvmOptions(java.util.Map.of(), "rules", "test", "--rules", large.toString()))
                .doesNotContain("HugePages", "CompilerThreads");
        // NOCONTACT_JAVA_OPTS, given last, can turn it off
        String chosen = jvmOptions(java.util.Map.of("NOCONTACT_JAVA_OPTS", "-XX:-UseTransparentHugePages"), "rules", "test");
        assertThat(chosen.lastIndexOf("-XX:-UseTransparentHugePages")).isGreaterThan(chosen.indexOf("-XX:+UseTransparentHugePages"));
    }

    @Test
    void aHeapTooSmallForTheRuleSetSaysHowToGiveItMoreInOneLineWithoutAStackTrace() throws Exception {
        // 3 MiB of rules (under the 4 MiB a rule file may have) cannot even be read into a 4 MiB heap
        Path huge = rulesOf("huge", 3 * 1024);
        List<String> command = List.of("bash", checkout.resolve("nocontact").toString(), "rules", "lint", "--rules",
                huge.toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile());
        builder.environment().put("NOCONTACT_JAVA_OPTS", "-Xmx4m");
        Path out = checkout.resolve("out.txt");
        Path err = checkout.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(err);
        assertThat(process.exitValue()).as(said).isEqualTo(70);
        assertThat(said).startsWith("nocontact: ran out of memory (a heap of ").contains("NOCONTACT_JAVA_OPTS=-Xmx")
                .doesNotContain("\tat ", "Exception in thread");
        assertThat(said.lines()).hasSize(1);
        assertThat(Files.readString(out)).isEmpty();
    }

    @Test
    void aHeapGivenInNocontactJavaOptsIsTheOneThatCounts() throws Exception {
        Path large = rulesOf("large", 512);
        String options = jvmOptions(java.util.Map.of("NOCONTACT_JAVA_OPTS", "-Xmx700m"), "rules", "lint", "--rules",
                large.toString());
        assertThat(options).doesNotContain("-Xmx2048m").contains("-Xmx700m\n");
        assertThat(options.indexOf("-Xmx700m")).isGreaterThan(options.lastIndexOf("-Xmx1024m"));
    }
}
