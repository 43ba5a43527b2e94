package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskCommandTest {
    static final String SAFE = "n\nn\nn\nn\nn\n";
    /**
     * Wants them back, a Valentine's greeting by text; no contact since 2 weeks ago, no draft. The plan with what it
     * is for, where things stand as one list (5: holding no contact), who ended it and when, the goal, since when,
     * for how long, the draft.
     */
    static final String VALENTINE = SAFE + "text her happy valentines\n5\nthey did, 3 weeks ago\nto get back together\n"
            + "since 2 weeks ago\n30\n\n";

    @TempDir
    Path temp;

    @Test
    void givesTheVerdictOnStdoutAndTheQuestionsOnStderr() {
        Cli.Result r = Cli.runWithStdin(VALENTINE + "\n", "ask", "--today", "2027-02-14");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Don't contact them\n", "Valentine's Day is not an exception")
                .doesNotContain("What are you thinking of doing, and what is it for?");
        assertThat(r.err()).contains("First, your safety.", "What are you thinking of doing, and what is it for?");
    }

    @Test
    void howAndWhatIfExplainOnRequest() {
        Cli.Result r = Cli.runWithStdin(VALENTINE + "how\nwhat if\n\n", "ask", "--today", "2027-02-14");
        assertThat(r.out()).contains("How this was decided", "Decided by romantic-occasion (don't contact them)",
                "valentines-coach").contains("What would change it");
        for (org.nocontact.rules.Verdict verdict : org.nocontact.rules.Verdict.values()) {
            assertThat(r.out()).as("a person reads the verdicts in words").doesNotContain(verdict.name());
        }
    }

    @Test
    void saveWritesAnOwnerOnlyFileThatCheckAgreesWith() throws IOException {
        Path file = temp.resolve("mine.json");
        Cli.Result asked = Cli.runWithStdin(VALENTINE + "\n", "ask", "--today", "2027-02-14", "--save", file.toString());
        assertThat(asked.exitCode()).isZero();
        assertThat(asked.err()).contains("Saved to " + file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Cli.Result checked = Cli.run("check", file.toString());
        assertThat(checked.exitCode()).isZero();
        assertThat(asked.out()).contains(checked.out());
        assertThat(new ObjectMapper().readTree(file.toFile()).get("today").asText()).isEqualTo("2027-02-14");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void saveOfferedAtTheEndAsksBeforeReplacing() throws IOException {
        Path file = temp.resolve("old.json");
        Files.writeString(file, "keep me");
        Cli.Result r = Cli.runWithStdin(VALENTINE + "save\n" + file + "\nno\ncancel\n\n", "ask", "--today", "2027-02-14");
        assertThat(r.err()).contains("exists already. Replace it?", "I'll leave it as it is.", "Not saved.");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        Cli.Result replaced = Cli.runWithStdin(VALENTINE + "save\n" + file + "\nyes\n\n", "ask", "--today", "2027-02-14");
        assertThat(replaced.err()).contains("Saved to " + file);
        assertThat(Files.readString(file)).contains("\"goal\": \"reconcile\"");
    }

    @Test
    void fromASavedFileEnterKeepsEachAnswerAndGivesTheSameVerdict() {
        Path example = Cli.example("valentines-text.json");
        Cli.Result checked = Cli.run("check", example.toString());
        Cli.Result r = Cli.runWithStdin(SAFE + "\n".repeat(30), "ask", "--from", example.toString(), "--today", "2027-02-14");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // who ended it, when and the goal asked as one: Enter keeps every part
        assertThat(r.err()).contains("[they did, Wednesday 20 January 2027, to get back together] > ")
                .doesNotContain("When did it end?", "What do you want now?");
        assertThat(r.out()).contains(checked.out().lines().findFirst().orElseThrow());
    }

    @Test
    void fromAMissingFileIsAClearErrorBeforeAnyQuestion() {
        Cli.Result r = Cli.runWithStdin(SAFE, "ask", "--from", temp.resolve("gone.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("gone.json", "no such file").doesNotContain("your safety");
    }

    @Test
    void aFileSavedWhilePlanningAheadIsRefusedOnAnEarlierDayWithTheDayItWasSavedFor() throws IOException {
        Path ahead = Files.writeString(temp.resolve("ahead.json"), """
                {"today": "2027-02-11", "breakup": {"date": "2027-01-21", "initiatedBy": "them"}, "goal": "reconcile",
                 "plan": {"action": "text", "purpose": "feelings"}}
                """);
        Cli.Result r = Cli.runWithStdin(SAFE, "ask", "--from", ahead.toString(), "--today", "2026-12-07");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).as("never a default the interview then refuses, again and again")
                .contains("ahead.json:1:", "breakup.date", "after today (2026-12-07)", "add --today 2027-02-11")
                .doesNotContain("your safety");
        Cli.Result onItsDay = Cli.runWithStdin(SAFE + "\n".repeat(30), "ask", "--from", ahead.toString(), "--today", "2027-02-11");
        assertThat(onItsDay.exitCode()).as(onItsDay.err()).isZero();
        Cli.Result later = Cli.runWithStdin(SAFE + "\n".repeat(30), "ask", "--from", ahead.toString(), "--today", "2027-03-01");
        assertThat(later.exitCode()).as("a file saved earlier goes on from a later day").isZero();
    }

    @Test
    void afterTheVerdictOneAnswerCanBeChanged() {
        // The breakup was "they did"; changed to "I did", the rest kept.
        // Numbered in the order of the question list: the five safety questions, then 6: who ended it, when and the
        // goal (one entry: asked as one, the day said with it, the goal asked back alone), 7: the plan with what it
        // is for and the day.
        // having ended it, whether they told them is asked, with no answer offered they never gave
        Cli.Result r = Cli.runWithStdin(VALENTINE + "change\n6\nI did\nnot sure\n\n", "ask", "--today", "2027-02-14");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err().replaceAll("\\s+", " ")).contains("Which answer would you like to change?",
                "6) Who ended it, when, and what do you want now? [they did, Sunday 24 January 2027, to get back together]",
                "7) What are you thinking of doing, and what is it for? [send a text, a",
                "[they did, Sunday 24 January 2027, to get back together] > I did")
                .doesNotContain("When did it end? [", "What would your message mainly be about? [");
        assertThat(r.err().split("What do you want now\\?\n", -1)).as("the other answers stand").hasSize(2);
        assertThat(r.out().split("Sources", -1)).as("a second verdict").hasSize(3);
    }

    @Test
    void aheadAtTheEndListsTheDaysToComeWithTheirDates() {
        Cli.Result r = Cli.runWithStdin(VALENTINE + "ahead\n\n", "ask", "--today", "2027-02-14");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("The days ahead", "The next 60 days, if you keep to today's advice",
                "Monday 15 February 2027").doesNotContain("2027-02-15");
    }

    @Test
    void savingAfterAChangeKeepsTheAnswersGivenBefore() throws IOException {
        Path file = temp.resolve("changed.json");
        String before = VALENTINE;
        // In the change list (the order of the question list), where things stand is answer 8 ([5]: holding no
        // contact; who ended it, when and the goal are one entry). Ticking the block too (1) lists the ties (a block
        // makes them worth asking), not ticked: none. The period, ticked again, keeps its day and length unasked.
        Cli.Result r = Cli.runWithStdin(before + "change\n8\n1 5\nsave\n" + file + "\n\n", "ask", "--today",
                "2027-02-10");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String saved = Files.readString(file);
        assertThat(saved).contains("\"blocked\": true", "\"since\": \"2027-01-27\"", "\"days\": 30",
                "\"occasion\": \"valentines-day\"", "\"ties\": [ ]");
        assertThat(r.err()).contains(" 8) Which of these are true now? Type the numbers, or none. [5]", "[5] > 1 5");
        assertThat(r.err().substring(r.err().indexOf("[5] > 1 5"))).as("nothing asked again after the list")
                .doesNotContain("Since when have you held no contact?", "For how many days");
        Cli.Result check = Cli.run("check", "--color", "never", file.toString());
        assertThat(check.out().lines().findFirst().orElseThrow()).startsWith("Don't contact them");
    }

    @Test
    void afterTheVerdictOneCanStartOver() {
        Cli.Result r = Cli.runWithStdin(VALENTINE + "start over\n" + "y\n\n", "ask", "--today", "2027-02-14");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err().split("Are you having any thoughts of hurting yourself\\?", -1)).hasSize(3);
        assertThat(r.err()).contains("More? Type how, what if, ahead, change, start over or save.");
        assertThat(r.err()).as("a blank line sets the new start apart").contains("start over\n\nLet's look at this together");
    }

    @Test
    void savingWhereItCannotBeWrittenIsAClearMessageAndAnotherTry() throws IOException {
        Path file = temp.resolve("kept.json");
        Cli.Result r = Cli.runWithStdin(VALENTINE + "save\n/proc/nocontact-test.json\n" + temp.resolve("no/such/x.json")
                + "\n" + file + "\n\n", "ask", "--today", "2027-02-14");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err().replaceAll("\\s+", " ")).contains("I can't save there: I can't write in /proc", "Type another file name, or cancel.",
                "I can't save there: the folder " + temp.resolve("no/such") + " does not exist", "Saved to " + file)
                .doesNotContain("Exception", "something went wrong");
        assertThat(file).exists();
    }

    @Test
    void saveIntoAFolderThatCannotBeWrittenStopsBeforeAnyQuestion() {
        Cli.Result r = Cli.runWithStdin(VALENTINE, "ask", "--save", "/proc/nocontact-test.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--save /proc/nocontact-test.json: I can't write in /proc")
                .doesNotContain("your safety", "Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void saveOverAnExistingFileIsRefusedWhenPipedUnlessForced() throws IOException {
        Path file = temp.resolve("old.json");
        Files.writeString(file, "keep me");
        Cli.Result refused = Cli.runWithStdin(VALENTINE + "\n", "ask", "--today", "2027-02-14", "--save", file.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("this file exists already; add --force to replace it").doesNotContain("your safety");
        assertThat(Files.readString(file)).isEqualTo("keep me");
        Cli.Result forced = Cli.runWithStdin(VALENTINE + "\n", "ask", "--today", "2027-02-14", "--save", file.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(file)).contains("\"goal\": \"reconcile\"");
    }

    @Test
    void leavingEarlyWritesNothingAndExitsNonZero() throws IOException {
        Path file = temp.resolve("never.json");
        Cli.Result r = Cli.runWithStdin(SAFE + "1\n", "ask", "--save", file.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Goodbye for now. Nothing was saved").doesNotContain("Exception");
        assertThat(file).doesNotExist();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} columns")
    @org.junit.jupiter.params.provider.ValueSource(ints = {40, 80})
    void leavingMessagesFitTheScreenWithoutSplittingAWord(int width) throws Exception {
        java.util.Map<String, String> columns = java.util.Map.of("COLUMNS", Integer.toString(width));
        Cli.Result early = Cli.process(columns, java.util.List.of(), SAFE + "1\n", "ask");
        Cli.Result afterChange = Cli.process(columns, java.util.List.of(), VALENTINE + "change\n1\n", "ask",
                "--today", "2027-02-14");
        assertThat(early.err()).satisfies(err -> fitsAndReads(err, width,
                "Goodbye for now. Nothing was saved; you can start again any time."));
        assertThat(afterChange.err()).satisfies(err -> fitsAndReads(err, width,
                "Goodbye for now. The verdict above is for your answers before the change."));
    }

    private static void fitsAndReads(String err, int width, String message) {
        assertThat(err.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(width));
        assertThat(err.lines()).noneSatisfy(line -> assertThat(line).startsWith(" that"));
        assertThat(err.replaceAll("\\s+", " ")).contains(message);
    }

    @Test
    void anUnsafePersonGetsSupportStraightAway() {
        Cli.Result r = Cli.runWithStdin("y\n\n", "ask");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Put your safety first", "crisis line");
        assertThat(r.err()).doesNotContain("What are you thinking of doing, and what is it for?");
    }

    @Test
    void wrongOptionsGiveExit2() {
        assertThat(Cli.run("ask", "--today", "whenever").exitCode()).isEqualTo(2);
        assertThat(Cli.run("ask", "--today", "whenever").err()).contains("--today: \"whenever\" is not a date");
        Cli.Result folder = Cli.run("ask", "--save", temp.resolve("missing/x.json").toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("missing does not exist. Choose another place.");
        assertThat(Cli.run("ask", "--profile", "nope").exitCode()).isEqualTo(2);
    }

    /** The path the launcher runs for a Ctrl-C that came before Java could answer it: the lines a later Ctrl-C gives. */
    @Test
    void stoppedBeforeTheStartSaysStoppedWithTheCountrysHelpLine() {
        Cli.Result r = Cli.run("ask", "--country", "GB", AskCommand.STOPPED_BEFORE_START);
        assertThat(r.exitCode()).isEqualTo(130);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().replaceAll("\\s+", " ")).contains("nocontact: stopped. Nothing was saved.",
                "Help now: emergency 999 (or 112); Samaritans, 116 123 (free, 24/7).");
    }

    @Test
    void ctrlCInAPipedRunSaysNothingWasSaved() throws Exception {
        // A build started in the background of a script inherits SIGINT ignored, and a JVM keeps an ignored
        // SIGINT ignored: the child gets the default action back, as in a person's terminal.
        ProcessBuilder builder = new ProcessBuilder("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ask");
        builder.redirectErrorStream(false);
        Process process = builder.start();
        process.getOutputStream().write("n\n".getBytes());
        process.getOutputStream().flush();
        String prompt = readUntil(process.getErrorStream(), "unsafe");
        assertThat(prompt).contains("unsafe");
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        assertThat(process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String rest = new String(process.getErrorStream().readAllBytes());
        assertThat(process.exitValue()).isEqualTo(130);
        assertThat(rest).contains("nocontact: stopped. Nothing was saved.").doesNotContain("Exception");
        assertThat(new String(process.getInputStream().readAllBytes())).isEmpty();
    }

    private static String readUntil(java.io.InputStream in, String marker) throws IOException {
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!seen.toString().contains(marker) && System.currentTimeMillis() < deadline) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            seen.append((char) c);
        }
        return seen.toString();
    }

    @Test
    void underSeekSupportTheHelpLinesComeBackInBriefJustAboveMore() {
        Cli.Result r = Cli.runWithStdin("yes\n\n", "ask", "--country", "GB");
        String beforeMore = r.err().substring(0, r.err().lastIndexOf("More?"));
        String lastLines = beforeMore.substring(beforeMore.lastIndexOf("Put your safety first. "));
        assertThat(lastLines.replaceAll("\\s+", " "))
                .contains("Help now: emergency 999 (or 112); Samaritans, 116 123 (free, 24/7)");
        assertThat(lastLines.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void withoutASafetyConcernThereIsNoHelpReminderAtMore() {
        Cli.Result r = Cli.runWithStdin(VALENTINE + "\n", "ask", "--today", "2027-02-14", "--country", "GB");
        assertThat(r.err()).doesNotContain("Help now:");
    }

    /**
     * Tour 15a F7.1: leaving (Ctrl-D, the end of the answers) at a safety question leaves the help that fits it: the
     * crisis line at thoughts of self-harm, the domestic-abuse line where they feel unsafe, were threatened or a
     * protection order is asked about (both lines of Germany's), a counsellor at the urge to watch them. It was the
     * crisis line at every one.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "GB||Help now: emergency 999 (or 112); Samaritans, 116 123 (free, 24/7).",
            "GB|n|Help now: emergency 999 (or 112); domestic abuse: National Domestic Abuse Helpline, 0808 2000 247",
            "GB|n/n|Help now: emergency 999 (or 112); domestic abuse: National Domestic Abuse Helpline",
            "GB|n/n/n|Help now: emergency 999 (or 112); domestic abuse: National Domestic Abuse Helpline",
            "GB|n/n/n/n|Support: a therapist or counsellor.",
            "DE|n/n|Help now: emergency 112; domestic abuse: for women, Hilfetelefon Gewalt gegen Frauen, 116 016; for men, "
                    + "Hilfetelefon Gewalt an M\u00e4nnern, 0800 123 99 00.",
            "JP||Help now: your local emergency number"})
    void leavingAtASafetyQuestionLeavesTheHelpThatFitsIt(String country, String answered, String help) {
        String typed = answered == null ? "" : answered.replace("/", "\n") + "\n";
        Cli.Result r = Cli.runWithStdin(typed, "ask", "--country", country);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        String err = r.err().replaceAll("\\s+", " ");
        assertThat(err).as("left after: " + answered).contains(help).contains("Goodbye for now.").doesNotContain("nocontact:");
        if (answered != null) {
            assertThat(err).as("no crisis line where self-harm had its no").doesNotContain("Samaritans", "TelefonSeelsorge");
        }
    }

    @Test
    void leavingAfterEverySafetyQuestionHadAClearNoShowsNoHelpLines() {
        Cli.Result r = Cli.runWithStdin(SAFE + "1\n", "ask", "--country", "GB");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Help now", "Samaritans");
    }
    /** Tour F36: "stop" (or "bye") at a safety question is leaving, as quit is: the help line and goodbye, no crisis screen. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"stop", "Stop.", "bye"})
    void stopAtASafetyQuestionLeavesWithTheHelpLine(String typed) {
        Cli.Result r = Cli.runWithStdin(typed + "\n", "ask", "--country", "GB");
        assertThat(r.exitCode()).isEqualTo(1);
        String all = (r.out() + r.err()).replaceAll("\\s+", " ");
        assertThat(all).contains("Goodbye for now. Nothing was saved", "Samaritans")
                .doesNotContain("careful path", "Thank you for telling me");
    }

    @Test
    void leavingAfterStartingOverExitsOneAndKeepsTheHelpForWhatWasToldBefore() {
        Cli.Result r = Cli.runWithStdin("no\nsometimes when hes drunk\nstart over\n", "ask", "--country", "GB");
        assertThat(r.exitCode()).isEqualTo(1);
        String err = r.err().replaceAll("\\s+", " ");
        assertThat(err).contains("Goodbye for now. Nothing was saved", "domestic abuse:", "Samaritans")
                .doesNotContain("the verdict above is for your answers", "The verdict above");
    }
}
