package org.nocontact.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.cli.Main;
import org.nocontact.cli.TmuxPane;
import picocli.CommandLine;

/**
 * The release as a person gets it (`mvn -P release verify` builds it, then runs this): the tarball
 * and the .deb unpacked into a temporary folder and run from there with neither Maven nor a JDK on
 * the PATH. Runs only in that profile (see pom.xml): the release takes minutes to build.
 */
class ReleaseIT {
    static final Path ROOT = Path.of(System.getProperty("nocontact.root", ".")).toAbsolutePath();
    static final Path TARGET = ROOT.resolve("target");

    @TempDir
    static Path dir;
    static Path fromTarball;
    static Path fromDeb;
    /** A PATH with only what the launcher and its line editor call (JLine runs stty and tty): no java, no mvn. */
    static Path bareBin;
    static Path work;

    record Run(int exitCode, String out, String err) {
    }

    @RegisterExtension
    final TmuxPane pane = new TmuxPane("nocontact-release");

    @BeforeAll
    static void unpackTheTarballAndTheDeb() throws Exception {
        Path tarball = only("nocontact-*-linux-x64.tar.gz");
        Path deb = only("nocontact_*.deb");
        Path tarDir = Files.createDirectories(dir.resolve("from-tarball"));
        assertThat(exec(List.of("tar", "-xzf", tarball.toString(), "-C", tarDir.toString())).exitCode()).isZero();
        fromTarball = tarDir.resolve("nocontact/bin/nocontact");
        Path debDir = Files.createDirectories(dir.resolve("from-deb"));
        assertThat(exec(List.of("dpkg-deb", "-x", deb.toString(), debDir.toString())).exitCode()).isZero();
        fromDeb = debDir.resolve("opt/nocontact/bin/nocontact");
        bareBin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : List.of("bash", "env", "stty", "tty", "readlink")) {
            Files.createSymbolicLink(bareBin.resolve(tool), Path.of(which(tool)));
        }
        work = Files.createDirectories(dir.resolve("work"));
        Files.copy(ROOT.resolve("docs/examples/valentines-text.json"), work.resolve("valentines-text.json"));
        // The rules and their cases, with the examples the cases name (../../docs/examples/...).
        copyTree(ROOT.resolve("rules"), work.resolve("rules"));
        copyTree(ROOT.resolve("docs/examples"), work.resolve("docs/examples"));
    }

    @Test
    void theBarePathHasNeitherJavaNorMaven() throws Exception {
        Run java = bare(List.of("bash", "-c", "command -v java || command -v mvn || command -v javac || echo none"));
        assertThat(java.out().trim()).isEqualTo("none");
    }

    @Test
    void theTarballChecksAsksAndTestsRulesWithoutAJdk() throws Exception {
        answersEveryCommand(fromTarball);
    }

    @Test
    void theDebChecksAsksAndTestsRulesWithoutAJdk() throws Exception {
        answersEveryCommand(fromDeb);
    }

    private static void answersEveryCommand(Path launcher) throws Exception {
        Run check = bare(List.of(launcher.toString(), "check", "valentines-text.json"));
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).startsWith("Don't contact them\n");
        assertThat(check.err()).isEmpty();

        Run ask = bare(List.of(launcher.toString(), "ask", "--replay", "valentines-text.json"));
        assertThat(ask.exitCode()).as(ask.err()).isZero();
        assertThat(ask.out()).contains("Don't contact them");
        assertThat(ask.err()).contains("asked: plan.action");

        Run rules = bare(List.of(launcher.toString(), "rules", "test", "--rules", "rules"));
        assertThat(rules.exitCode()).as(rules.out() + rules.err()).isZero();
        assertThat(rules.out()).containsPattern("\\d+ passed, 0 failed");

        // The runtime has no java.sql: the JSON tree writer of rules diff works without it.
        Run diff = bare(List.of(launcher.toString(), "rules", "diff", "--base", "rules", "--rules", "rules", "--format", "json"));
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(diff.out()).startsWith("{");
    }

    /**
     * The interview in a real terminal, from the image: the line editor finds what it needs in the small
     * runtime (its log in java.logging, the signals of jdk.unsupported), and Ctrl-C at a safety question
     * stops with the help line, as it does from a clone.
     */
    @Test
    void theInterviewOpensInATerminalAndCtrlCGivesTheHelpLine() throws Exception {
        pane.start(work, "env -i PATH=" + bareBin + " HOME=" + dir + " LANG=C.UTF-8 TERM=xterm-256color "
                + fromTarball + " ask --country GB", 80);
        pane.answer("thoughts of hurting yourself?", "no");
        pane.waitForNew("unsafe because of your ex?");
        pane.keys("C-c");
        assertThat(pane.waitForNew("EXIT=")).contains("stopped. Nothing was saved.", "Help now: emergency 999 (or 112)",
                "EXIT=130").doesNotContain("went wrong", "Exception");
    }

    /** Ctrl-C while the image's Java is still starting says "stopped" and the help line too (tour T3). */
    @Test
    void ctrlCWhileJavaIsStillStartingGivesTheHelpLine() throws Exception {
        pane.start(work, "env -i PATH=" + bareBin + " HOME=" + dir + " LANG=C.UTF-8 TERM=xterm-256color "
                + fromTarball + " ask --country GB", 80);
        pane.waitForProgram("java");
        pane.keys("C-c");
        assertThat(pane.waitForNew("EXIT=")).contains("stopped. Nothing was saved.", "Help now: emergency 999 (or 112)",
                "EXIT=130").doesNotContain("went wrong", "Exception", "command not found");
    }

    @Test
    void theAheadOfTimeCacheIsUsedWhereverTheFolderIsUnpacked() throws Exception {
        Path app = fromTarball.getParent().getParent();
        // AOTMode=on refuses to start when the cache cannot be used (moved jar, another runtime).
        Run run = bare(List.of(app.resolve("lib/runtime/bin/java").toString(),
                "-XX:AOTCache=" + app.resolve("lib/app/nocontact.aot"), "-XX:AOTMode=on",
                "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xss1m",
                "--enable-native-access=ALL-UNNAMED",
                "-jar", app.resolve("lib/app/nocontact.jar").toString(), "check", "valentines-text.json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Don't contact them");
    }

    @Test
    void theImageHoldsNoTestOrBenchmarkClassesAndOnlyTheModulesUsed() throws Exception {
        Path app = fromTarball.getParent().getParent();
        try (ZipFile jar = new ZipFile(app.resolve("lib/app/nocontact.jar").toFile())) {
            List<String> names = jar.stream().map(e -> e.getName()).toList();
            assertThat(names).contains("org/nocontact/cli/Main.class");
            assertThat(names).noneMatch(n -> n.matches(".*(Test|IT|Tests|Benchmark)(\\$.*)?\\.class"));
            assertThat(names).noneMatch(n -> n.startsWith("org/nocontact/bench/") || n.startsWith("org/junit/")
                    || n.startsWith("org/assertj/") || n.startsWith("net/jqwik/") || n.startsWith("com/code_intelligence/")
                    || n.startsWith("org/openjdk/jmh/") || n.startsWith("picocli/codegen/") || n.startsWith("org/asciidoctor/"));
        }
        String modules = Files.readString(app.resolve("lib/runtime/release"));
        assertThat(modules).contains("java.base").doesNotContain("java.desktop").doesNotContain("jdk.compiler");
    }

    @Test
    void everyCommandHasAManPageThatManRenders() throws Exception {
        Path man1 = fromDeb.getParent().getParent().resolve("lib/share/man/man1");
        List<String> expected = new ArrayList<>();
        pages(Main.everyCommand(), "nocontact", expected);
        for (String page : expected) {
            Path file = man1.resolve(page + ".1");
            assertThat(file).as(page).exists();
            Run man = exec(List.of("man", "-l", file.toString()), "MANPAGER=cat", "MANWIDTH=80");
            assertThat(man.exitCode()).as(man.err()).isZero();
            assertThat(man.out()).as(page).contains("NAME").contains("SYNOPSIS").contains(page.replace('-', ' '));
        }
    }

    @Test
    void theDebCarriesItsMaintainerScriptsAndTheCompletionScripts() throws Exception {
        Path control = Files.createDirectories(dir.resolve("control"));
        assertThat(exec(List.of("dpkg-deb", "-e", only("nocontact_*.deb").toString(), control.toString())).exitCode()).isZero();
        assertThat(Files.readString(control.resolve("postinst"))).contains("/usr/bin/nocontact").contains("/usr/share/man/man1");
        Path share = fromDeb.getParent().getParent().resolve("lib/share");
        assertThat(share.resolve("bash-completion/completions/nocontact")).content().contains("_complete_nocontact");
        assertThat(share.resolve("zsh/site-functions/_nocontact")).content().startsWith("#compdef nocontact");
        assertThat(Files.readString(control.resolve("postinst"))).contains("/usr/share/zsh/vendor-completions/_nocontact");
        assertThat(share.resolve("fish/vendor_completions.d/nocontact.fish")).content().contains("complete -c nocontact");
        // The tarball's share/ is where man looks for the pages of a bin/ folder on the PATH.
        assertThat(fromTarball.getParent().getParent().resolve("share/man/man1/nocontact-check.1")).exists();
    }

    private static void pages(CommandLine command, String name, List<String> into) {
        into.add(name);
        command.getSubcommands().forEach((sub, line) -> pages(line, name + "-" + sub, into));
    }

    private static Run bare(List<String> command) throws Exception {
        return exec(command, "PATH=" + bareBin, "HOME=" + dir, "LANG=C.UTF-8");
    }

    private static Run exec(List<String> command, String... environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work == null ? dir.toFile() : work.toFile());
        if (environment.length > 0) {
            builder.environment().clear();
            for (String variable : environment) {
                builder.environment().put(variable.substring(0, variable.indexOf('=')), variable.substring(variable.indexOf('=') + 1));
            }
        }
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path copy = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy);
                }
            }
        }
    }

    private static String which(String tool) throws IOException {
        for (String folder : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toRealPath().toString();
            }
        }
        throw new IllegalStateException(tool + " is not on the PATH");
    }

    private static Path only(String glob) throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            var matcher = TARGET.getFileSystem().getPathMatcher("glob:" + glob);
            List<Path> found = files.filter(p -> matcher.matches(p.getFileName())).toList();
            assertThat(found).as("target/" + glob + " (built by mvn -P release package)").hasSize(1);
            return found.get(0);
        }
    }
}
