package org.nocontact.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nocontact.hardening.BadInputCorpusTest.GOOD;
import static org.nocontact.hardening.BadInputCorpusTest.ROOT;
import static org.nocontact.hardening.BadInputCorpusTest.assertRefusedCleanly;
import static org.nocontact.hardening.BadInputCorpusTest.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.cli.Main;
import org.nocontact.hardening.BadInputCorpusTest.Outcome;
import org.nocontact.files.AtomicFiles;

/**
 * The probes of issue 22 that run inside one JVM: files that must stay in their folder, writes that
 * must not lie, output a rule file cannot hijack, and faults of the environment that are the input's,
 * not nocontact's. The probes that need a real process (closed streams, signals, the locale) are in
 * {@link HostileEnvironmentIT}. Every input is generated here; nothing large is committed.
 */
class HostileInputTest {
    /** Piped answers to `ask` that reach a verdict (Valentine's Day, a text to say hello). */
    static final String ANSWERS = "n\nn\nn\nn\nn\ntext her happy valentines\n5\nthey did, 3 weeks ago\nto get back together\n"
            + "since 2 weeks ago\n30" + "\nno\n\n"; // 5 at where things stand: holding no contact; the draft "no", then Enter after the verdict
    static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path temp;
    Path rules;
    Path situation;

    @BeforeEach
    void aCopyOfTheRulesAndASituation() throws IOException {
        rules = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(ROOT.resolve("rules"))) {
            for (Path f : files.toList()) {
                Path target = rules.resolve(ROOT.resolve("rules").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        situation = Files.writeString(temp.resolve("situation.json"), GOOD);
    }

    // Files stay in their folder

    @Test
    void aRuleFileThatIsALinkToASecretIsRefusedWithoutReadingIt() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "hunter2 the first token of a secret file");
        Path gifts = rules.resolve("gifts.json");
        Files.delete(gifts);
        Files.createSymbolicLink(gifts, secret);
        for (String[] command : List.of(new String[] {"rules", "lint", "--rules", rules.toString()},
                new String[] {"check", "--rules", rules.toString(), situation.toString()})) {
            Outcome o = run(command);
            assertRefusedCleanly(o, gifts + ": this is a symbolic link, not an ordinary file",
                    "copy the file there instead of linking to it");
            assertThat(o.err()).doesNotContain("hunter2");
        }
    }

    @Test
    void aRuleFileThatIsANamedPipeIsRefusedAtOnceInsteadOfWaiting() throws Exception {
        Path gifts = rules.resolve("gifts.json");
        Files.delete(gifts);
        mkfifo(gifts);
        for (String[] command : List.of(new String[] {"rules", "lint", "--rules", rules.toString()},
                new String[] {"rules", "test", "--rules", rules.toString()},
                new String[] {"check", "--rules", rules.toString(), situation.toString()},
                new String[] {"ask", "--rules", rules.toString()})) {
            Outcome o = Assertions.assertTimeoutPreemptively(AT_ONCE, () -> run(command));
            assertThat(o.code()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(o.err()).contains(gifts + ": this is a named pipe (FIFO), not an ordinary file");
        }
    }

    @Test
    void aRuleIndexThatIsALinkToStandardInputIsRefused() throws IOException {
        Path index = rules.resolve("ruleset.json");
        Files.delete(index);
        Files.createSymbolicLink(index, Path.of("/dev/stdin"));
        Outcome o = Assertions.assertTimeoutPreemptively(AT_ONCE, () -> run("rules", "lint", "--rules", rules.toString()));
        assertRefusedCleanly(o, index + ": this is a symbolic link, not an ordinary file");
    }

    @Test
    void aCaseFileThatIsANamedPipeOrALinkIsRefusedAtOnce() throws Exception {
        Path cases = Files.createDirectories(temp.resolve("cases"));
        mkfifo(cases.resolve("pipe.json"));
        Outcome piped = Assertions.assertTimeoutPreemptively(AT_ONCE,
                () -> run("rules", "test", "--rules", rules.toString(), cases.toString()));
        assertThat(piped.code()).isEqualTo(2);
        assertThat(piped.err()).contains(cases.resolve("pipe.json") + ": this is a named pipe (FIFO), not an ordinary file");
        Path linked = Files.createSymbolicLink(temp.resolve("linked.json"), rules.resolve("tests/standard.json"));
        Outcome link = run("rules", "test", "--rules", rules.toString(), linked.toString());
        assertThat(link.code()).isEqualTo(2);
        assertThat(link.err()).contains(linked + ": this is a symbolic link", "name the file itself, not a link to it");
    }

    @Test
    void aCasesSituationFileOutsideItsRepositoryIsRefused() throws IOException {
        Path outside = Files.writeString(Files.createDirectories(temp.resolve("elsewhere")).resolve("s.json"), GOOD);
        Path project = Files.createDirectories(temp.resolve("project/.git")).getParent();
        Path tests = Files.createDirectories(project.resolve("tests"));
        for (String path : List.of(outside.toString(), "../../elsewhere/s.json")) {
            Path cases = Files.writeString(tests.resolve("cases.json"), "{\"cases\": [{\"name\": \"x\", \"situationFile\": \""
                    + path + "\", \"expect\": {\"verdict\": \"REACH_OUT\"}}]}");
            Outcome o = run("rules", "test", "--rules", rules.toString(), cases.toString());
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err()).contains(cases + ":1:", "cases[0].situationFile: " + path + " is outside " + project);
        }
    }

    @Test
    void aSituationFileInsideTheRepositoryThatLinksOutIsRefused() throws IOException {
        Path outside = Files.writeString(temp.resolve("s.json"), GOOD);
        Path project = Files.createDirectories(temp.resolve("project/.git")).getParent();
        Files.createSymbolicLink(project.resolve("s.json"), outside);
        Path cases = Files.writeString(project.resolve("cases.json"),
                "{\"cases\": [{\"name\": \"x\", \"situationFile\": \"s.json\", \"expect\": {\"verdict\": \"REACH_OUT\"}}]}");
        Outcome o = run("rules", "test", "--rules", rules.toString(), cases.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(project.resolve("s.json") + ": this is a symbolic link");
    }

    // Writes that never lie

    @Test
    void saveWithForceAndJunitRefuseAnythingThatIsNotARegularFile() throws Exception {
        Path pipe = temp.resolve("pipe");
        mkfifo(pipe);
        Path link = Files.createSymbolicLink(temp.resolve("link.json"), temp.resolve("target.json"));
        for (Path target : List.of(pipe, link, Path.of("/dev/null"))) {
            Outcome save = Assertions.assertTimeoutPreemptively(AT_ONCE, () -> BadInputCorpusTest.run("ask", "--save",
                    target.toString(), "--force", "--replay", situation.toString()));
            assertRefusedCleanly(save, "is not an ordinary file");
            Outcome junit = run("rules", "test", "--rules", rules.toString(), "--junit", target.toString());
            assertRefusedCleanly(junit, "--junit: this is not an ordinary file");
        }
        assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(temp.resolve("target.json")).doesNotExist();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void aFileCreatedDuringTheInterviewIsNotReplacedAndTheRunSaysSoWithExit2() throws IOException {
        Path target = temp.resolve("mine.json");
        // The last answer ("no" draft) has no newline: reading it meets the end of input, and that is when the other run writes.
        String lastAnswerUnended = ANSWERS.substring(0, ANSWERS.length() - 2);
        InputStream answers = new ByteArrayInputStream(lastAnswerUnended.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (n < 0 && !Files.exists(target)) {
                    try {
                        Files.writeString(target, "written by another run meanwhile");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return n;
            }
        };
        Outcome o = withStdin(answers, "ask", "--today", "2027-02-14", "--save", target.toString());
        assertThat(target).hasContent("written by another run meanwhile");
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        assertThat(o.err().replaceAll("\\s+", " ")).contains("I couldn't save to " + target + " (a file of that name appeared meanwhile",
                "nocontact: your answers were not saved to " + target).doesNotContain("Saved to");
        assertThat(o.out()).contains("Don't contact them");
    }

    @Test
    void twoRunsSavingToOneNewNameCannotBothWin() throws Exception {
        Path target = temp.resolve("same.json");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String text = "run " + i;
                Callable<Boolean> save = () -> {
                    try {
                        AtomicFiles.write(target, text, AtomicFiles.Replace.NEVER);
                        return true;
                    } catch (FileAlreadyExistsException e) {
                        return false;
                    }
                };
                runs.add(pool.submit(save));
            }
            int won = 0;
            for (Future<Boolean> r : runs) {
                won += r.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(Files.readString(target)).matches("run [0-7]");
        assertThat(leftovers()).containsExactlyInAnyOrder("same.json", "situation.json", "rules");
    }

    @Test
    void aLongLegalNameCanBeSavedAndStaleTemporaryFilesOfDeadRunsAreRemoved() throws IOException {
        Path stale = Files.writeString(temp.resolve(".nocontact-999999999-0123456789ab.tmp"), "left by kill -9");
        Path notOurs = Files.writeString(temp.resolve(".nocontact-notes.tmp"), "someone else's");
        Path longName = temp.resolve("s".repeat(250) + ".json");
        Outcome o = run("ask", "--replay", situation.toString(), "--save", longName.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(longName).exists();
        assertThat(stale).doesNotExist();
        assertThat(notOurs).hasContent("someone else's");
    }

    @Test
    void aFailedWriteToStandardOutputIsExit2NotSuccess() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", situation.toString()}, new PrintWriter(full), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("nocontact: the output could not be written to standard output");
    }

    // Output that cannot be hijacked

    @Test
    void controlCharactersInARuleFileReachTheTextOnlyAsVisibleEscapes() throws IOException {
        Path gifts = rules.resolve("gifts.json");
        Files.writeString(gifts, Files.readString(gifts).replaceFirst("\"summary\": \"",
                "\"summary\": \"\\\\u001b[2J\\\\r\\\\u0000\\\\u009b31m "));
        Path gift = Files.writeString(temp.resolve("gift.json"), GOOD.replace("\"action\": \"text\"", "\"action\": \"gift\""));
        Outcome o = run("check", "--rules", rules.toString(), gift.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("\\u001b[2J\\u000d\\u0000\\u009b31m");
        assertThat(o.out().chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f)).isEmpty();
    }

    @Test
    void aFileNameWithEscapesIsShownEscapedWhenSaved() {
        Path target = temp.resolve("red\u001b[31m\r.json");
        Outcome o = run("ask", "--replay", situation.toString(), "--save", target.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(target).exists();
        assertThat(o.err()).contains("Saved to " + temp.resolve("red\\u001b[31m\\u000d.json")).doesNotContain("\u001b", "\r");
    }

    // The right exit status for faults of the environment

    @Test
    void aDateForTodayFarOutOfRangeIsRefusedBeforeTheFirstQuestion() {
        for (String today : List.of("+999999999-12-31", "-999999999-01-01", "3000-01-01", "1899-12-31")) {
            Outcome o = withStdin(new ByteArrayInputStream(ANSWERS.getBytes(StandardCharsets.UTF_8)), "ask", "--today", today);
            assertRefusedCleanly(o, "--today: " + today + " is too far from now to plan with; give a date from 1900-01-01 to 2999-12-31.");
        }
    }

    @Test
    void aFileThatCannotBeReadIsTheInputsFaultNotNocontacts() {
        assertRefusedCleanly(run("check", "/proc/self/mem"), "/proc/self/mem: this file could not be read");
        assertRefusedCleanly(run("check", "a\u0000b.json"), "nocontact: the path \"a\\u0000b.json\" cannot be used");
    }

    private Outcome withStdin(InputStream stdin, String... args) {
        synchronized (System.class) {
            InputStream original = System.in;
            System.setIn(stdin);
            try {
                return run(args);
            } finally {
                System.setIn(original);
            }
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
