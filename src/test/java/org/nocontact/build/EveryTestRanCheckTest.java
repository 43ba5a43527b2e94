package org.nocontact.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** src/build/check-every-test-ran.sh, which `mvn verify` runs last: a test class that never ran fails the build. */
class EveryTestRanCheckTest {
    static final Path SCRIPT = Path.of(System.getProperty("nocontact.root", ".")).resolve("src/build/check-every-test-ran.sh");

    @TempDir
    Path dir;
    Path sources;
    Path surefire;
    Path failsafe;

    @BeforeEach
    void aProjectWithAUnitTestAnEndToEndTestAPropertyClassAndAHelper() throws IOException {
        sources = Files.createDirectories(dir.resolve("src/test/java"));
        surefire = Files.createDirectories(dir.resolve("surefire-reports"));
        failsafe = Files.createDirectories(dir.resolve("failsafe-reports"));
        write(sources.resolve("a/FooTest.java"), "package a;\nclass FooTest {\n    @Test\n    void works() {}\n}\n");
        write(sources.resolve("a/b/EndToEndIT.java"), "package a.b;\nclass EndToEndIT {\n  @ParameterizedTest\n  void runs(int x) {}\n}\n");
        write(sources.resolve("a/EngineProperties.java"), "package a;\nclass EngineProperties {\n    @Property\n    void holds() {}\n}\n");
        write(sources.resolve("a/Helper.java"), "package a;\n/** Used by tests; mentions @Test only in a comment. */\nclass Helper {}\n");
        report(surefire, "a.FooTest", 2);
        report(failsafe, "a.b.EndToEndIT", 1);
    }

    @Test
    void aPropertyClassThatMatchesNoPatternFailsTheBuildByName() throws Exception {
        Result result = run();
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("never ran", "  a.EngineProperties\n", "*Test").doesNotContain("a.FooTest", "Helper");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aReportWithNoTestsInItDoesNotCount() throws Exception {
        report(surefire, "a.EngineProperties", 0);
        assertThat(run().err()).contains("a.EngineProperties");
    }

    @Test
    void whenEveryClassHasAReportTheBuildGoesOn() throws Exception {
        report(surefire, "a.EngineProperties", 7);
        Result result = run();
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("3 classes");
    }

    @Test
    void reportsOfNestedClassesCountForTheirOuterClass() throws Exception {
        report(surefire, "a.EngineProperties$WhenUnsafe", 3);
        assertThat(run().code()).isZero();
    }

    @Test
    void aClassThatRunsOnlyOnDemandIsNotMissedButOnlyThatOne() throws Exception {
        write(sources.resolve("a/ReleaseIT.java"), "package a;\nclass ReleaseIT {\n    @Test\n    void unpacks() {}\n}\n");
        Result result = run("a.ReleaseIT");
        assertThat(result.err()).contains("a.EngineProperties").doesNotContain("a.ReleaseIT");
        report(surefire, "a.EngineProperties", 1);
        assertThat(run("a.ReleaseIT").code()).isZero();
        assertThat(run("").err()).contains("a.ReleaseIT");
    }

    @Test
    void theRealBuildHasNoTestClassOutsideThePatterns() throws IOException {
        // The same rule, checked on this project's sources without a build: every class with tests is *Test or *IT.
        try (var files = Files.walk(Path.of(System.getProperty("nocontact.root", ".")).resolve("src/test/java"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).filter(EveryTestRanCheckTest::hasTests)
                    .map(f -> f.getFileName().toString()))
                    .isNotEmpty()
                    .allMatch(name -> name.endsWith("Test.java") || name.endsWith("IT.java"));
        }
    }

    private static boolean hasTests(Path file) {
        try {
            return Files.readString(file).matches("(?s).*\\n\\s*@(Test|ParameterizedTest|Property|FuzzTest|TestFactory)\\b.*");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Result(int code, String out, String err) {
    }

    private Result run() throws Exception {
        return run("");
    }

    /** With ON_DEMAND_TESTS, as the pom passes the classes that run only in a profile. */
    private Result run(String onDemand) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), sources.toString(), surefire.toString(),
                failsafe.toString()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("ON_DEMAND_TESTS", onDemand);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    private static void report(Path folder, String className, int tests) throws IOException {
        write(folder.resolve("TEST-" + className + ".xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"" + className + "\" time=\"0.1\" tests=\""
                + tests + "\" errors=\"0\" skipped=\"0\" failures=\"0\">\n</testsuite>\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
