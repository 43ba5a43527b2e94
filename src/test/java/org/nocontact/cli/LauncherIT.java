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
}
