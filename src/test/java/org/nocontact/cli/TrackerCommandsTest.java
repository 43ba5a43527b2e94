package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nocontact.tracker.DataFolder;
import org.nocontact.tracker.Store;
import org.nocontact.tracker.Tracker;

class TrackerCommandsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Someone who was left, wants them back, holds no contact; nothing else special. */
    static final String SITUATION = """
            {"today": "2026-11-30", "breakup": {"date": "2026-11-20", "initiatedBy": "them"}, "goal": "reconcile",
             "emotions": {"anger": 6, "sadness": 7, "confidence": 3},
             "plan": {"action": "text", "purpose": "feelings"}}
            """;

    @TempDir
    Path temp;
    Path data;

    @BeforeEach
    void folder() {
        data = temp.resolve("data");
    }

    Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return Cli.run(all);
    }

    Cli.Result piped(String stdin, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return Cli.runWithStdin(stdin, all);
    }

    void keep(String situation) {
        try (Tracker t = new Tracker(Store.open(DataFolder.resolve(Optional.of(data), Map.of(), "/none")))) {
            t.keep(situation, java.time.LocalDate.of(2026, 11, 30));
        }
    }

    @Test
    void statusWithNothingStartedSaysHowToStartExitsOneAndCreatesNothing() {
        Cli.Result r = run("status", "--today", "2026-12-01");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("nocontact start");
        assertThat(data).doesNotExist();
    }

    @Test
    void statusNamesNewYearsEveAndDaySeparatelyAndSaysWhatTheEndOfThePeriodIsFor() {
        assertThat(run("start", "--today", "2026-12-01").exitCode()).isZero();
        keep(SITUATION);
        Cli.Result r = run("status", "--today", "2026-12-12");
        assertThat(r.exitCode()).isZero();
        String out = r.out().replaceAll("\\s+", " ");
        assertThat(out).contains("Thu 31 Dec Your period is complete: a day to look again at what you want; New Year's "
                        + "Eve. The advice that day: don't contact them.", "Fri 1 Jan New Year's Day: don't contact them.")
                .doesNotContain("Your period is complete: don't contact them", "Dec New Year:", "Dec New Year.");
        // One column for what each day is, whatever the day's number ("Fri  1 Jan" beside "Thu 31 Dec").
        assertThat(r.out().lines().filter(line -> line.matches("  [A-Z][a-z]{2} +\\d{1,2} [A-Z][a-z]{2}  .*")))
                .contains("  Fri  1 Jan  New Year's Day: don't contact them.")
                .anySatisfy(line -> assertThat(line).startsWith("  Thu 31 Dec  "))
                .allSatisfy(line -> assertThat(line.substring(12, 15)).as(line).matches("  [A-Z]"));
    }

    @Test
    void onTheirBirthdayStatusSaysTodayIsTheirBirthdayAndTheAdviceNamesIt() throws Exception {
        assertThat(run("start", "--today", "2026-12-01", "--birthday", "12-10").exitCode()).isZero();
        keep(SITUATION);
        String text = run("status", "--today", "2026-12-10").out().replaceAll("\\s+", " ");
        assertThat(text).contains("Today is their birthday. Be gentle with yourself today.",
                        "Not even their birthday is a reason to make an exception to no contact.")
                .doesNotContain("The occasion (", "Today is Christmas");
        assertThat(JSON.readTree(run("status", "--format", "json", "--today", "2026-12-10").out()).at("/today/is"))
                .extracting(JsonNode::asText).containsExactly("birthday");
        assertThat(run("status", "--today", "2026-12-09").out()).doesNotContain("Today is");
        assertThat(JSON.readTree(run("status", "--format", "json", "--today", "2026-12-09").out()).at("/today/is"))
                .isEmpty();
    }

    @Test
    void statusJsonCountsDaysFromOneWithTheEndHardDaysVerdictAndUrges() throws Exception {
        assertThat(run("start", "--today", "2026-12-01", "--birthday", "12-20").exitCode()).isZero();
        keep(SITUATION);
        piped("n\nn\nn\nn\nn\nmy feelings\n\n6\nour song\n", "urge", "--today", "2026-12-10");
        Cli.Result r = run("status", "--format", "json", "--today", "2026-12-12");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode status = JSON.readTree(r.out());
        assertThat(status.at("/period/since").asText()).isEqualTo("2026-12-01");
        assertThat(status.at("/period/day").asInt()).isEqualTo(12);
        assertThat(status.at("/period/days").asInt()).isEqualTo(30);
        assertThat(status.at("/period/end").asText()).isEqualTo("2026-12-31");
        assertThat(status.at("/today/verdict").asText()).isEqualTo("DO_NOT_CONTACT");
        assertThat(status.at("/urges/thisWeek").asInt()).isEqualTo(1);
        assertThat(status.at("/urges/lastWeek").asInt()).isZero();
        assertThat(status.get("hardDays").findValuesAsText("what")).contains("birthday", "christmas", "period-complete");
        for (JsonNode day : status.get("hardDays")) {
            assertThat(day.get("date").asText()).isBetween("2026-12-13", "2027-02-10");
            assertThat(day.get("verdict").asText()).isNotEmpty();
        }
    }

    @Test
    void aSlipOnDayFiveStartsTheCountAgainTheNextDay() throws Exception {
        run("start", "--today", "2026-12-01");
        Cli.Result slip = run("slip", "--today", "2026-12-05");
        assertThat(slip.exitCode()).as(slip.err()).isZero();
        assertThat(slip.out()).contains("begins tomorrow").doesNotContainIgnoringCase("fail");
        JsonNode status = JSON.readTree(run("status", "--format", "json", "--today", "2026-12-06").out());
        assertThat(status.at("/period/since").asText()).isEqualTo("2026-12-06");
        assertThat(status.at("/period/day").asInt()).isEqualTo(1);
        assertThat(status.at("/period/end").asText()).isEqualTo("2027-01-05");
        String text = run("status", "--today", "2026-12-06").out();
        assertThat(text).contains(" 5x", "[ 6+]");
    }

    @Test
    void statusOnADayBeforeTheNewPeriodSaysTheDayItBeginsNotTomorrow() {
        run("start", "--today", "2026-12-01");
        assertThat(run("slip", "--today", "2026-12-10").out().replaceAll("\\s+", " ")).contains("begins tomorrow, Friday 11 December");
        assertThat(run("status", "--today", "2026-12-09").out())
                .contains("Your new period begins on Friday 11 December, in 2 days")
                .doesNotContain("tomorrow");
        assertThat(run("status", "--today", "2026-12-10").out()).contains("Your new period begins tomorrow, Friday 11 December");
    }

    @Test
    void onTheDayOfASlipStatusNamesOneEndDayTheNewPeriods() throws Exception {
        keep(SITUATION);
        run("start", "--today", "2026-11-27");
        assertThat(run("slip", "--today", "2026-12-08").out().replaceAll("\\s+", " ")).contains("complete on Friday 8 January 2027");

        String text = run("status", "--today", "2026-12-08").out().replaceAll("\\s+", " ");

        // The advice read for today, with no period under way, began another one today and named
        // Thursday 7 January beside the new period's Friday 8 January (newcomer tour).
        assertThat(text).contains("Your new period begins tomorrow, Wednesday 9 December: 30 days, complete on "
                + "Friday 8 January 2027.", "From tomorrow, when it begins: Don't contact them.")
                .doesNotContain("7 January", "Thu 7 Jan", "from today");
        JsonNode json = JSON.readTree(run("status", "--format", "json", "--today", "2026-12-08").out());
        assertThat(json.at("/today/adviceFor").asText()).isEqualTo("2026-12-09");
        assertThat(run("status", "--today", "2026-12-09").out()).contains("Today: Don't contact them.")
                .contains("8 January").doesNotContain("7 January");
    }

    @Test
    void aSlipRecordedDaysLaterSaysTheNewPeriodBeganNotThatItBeginsTomorrow() {
        run("start", "--today", "2026-12-01");
        Cli.Result slip = run("slip", "--on", "2026-12-03", "--today", "2026-12-10");
        assertThat(slip.exitCode()).as(slip.err()).isZero();
        assertThat(slip.out().replaceAll("\\s+", " ")).contains("a new period of 30 days began on Friday 4 December").doesNotContain("tomorrow");
    }

    @Test
    void wrongDatesAndUnknownCommandsAreExitTwoWithOneLineAndNothingOnStdout() {
        run("start", "--today", "2026-12-01");
        for (String[] args : new String[][] {
                {"start", "--since", "2027-01-01", "--today", "2026-12-01"},
                {"slip", "--on", "2026-11-20", "--today", "2026-12-01"},
                {"slip", "--on", "2026-12-24", "--today", "2026-12-01"},
                {"status", "--today", "whenever"},
                {"stauts"}}) {
            Cli.Result r = run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aCorruptDatabaseIsExitTwoWithWhatToDoAndNoStackTrace() throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("tracker.db"), "x".repeat(4096));
        Cli.Result r = run("status", "--today", "2026-12-01");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("forget").contains("--data").doesNotContain("Exception");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void exportThenForgetThenImportGivesBackEverything() throws Exception {
        run("start", "--today", "2026-12-01", "--anniversary", "06-21");
        keep(SITUATION);
        run("journal", "--today", "2026-12-02", "I", "wanted", "to", "write");
        run("slip", "--today", "2026-12-03", "--note", "after the party");
        Cli.Result export = run("export", "--today", "2026-12-04");
        assertThat(export.exitCode()).as(export.err()).isZero();
        Path backup = temp.resolve("backup.json");
        Files.writeString(backup, export.out());
        Cli.Result refused = piped("", "forget");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--yes");
        assertThat(run("forget", "--yes").exitCode()).isZero();
        assertThat(data).doesNotExist();
        Cli.Result imported = run("import", backup.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(JSON.readTree(run("export", "--today", "2026-12-04").out())).isEqualTo(JSON.readTree(export.out()));
        Cli.Result again = run("import", backup.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("not empty");
    }

    @Test
    void aBackupWithAProblemChangesNothingAndSaysWhere() throws Exception {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"nocontact-tracker\", \"version\": 2, \"periods\": [{\"since\": \"2026-12-01\","
                + " \"days\": 400}], \"slips\": [], \"urges\": [], \"heard\": [], \"journal\": []}");
        Cli.Result r = run("import", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("periods[0].days");
        Files.writeString(bad, "{\n  \"format\": ");
        Cli.Result broken = run("import", bad.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("bad.json").containsPattern("2:\\d+");
        assertThat(JSON.readTree(run("export").out()).get("periods")).isEmpty();
    }

    @Test
    void theUrgePathAsksSafetyFirstAndAnythingButAClearNoTakesTheSafePath() throws Exception {
        run("start", "--today", "2026-12-01");
        keep(SITUATION);
        Cli.Result r = piped("sometimes\n", "urge", "--today", "2026-12-04");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Put your safety first", "If you need help now").doesNotContain("SEEK_SUPPORT");
        assertThat(JSON.readTree(run("status", "--format", "json", "--today", "2026-12-04").out())
                .at("/urges/thisWeek").asInt()).isEqualTo(1);
    }

    @Test
    void anUrgeWithNothingKeptPassesTheCountryAndColourOnToTheInterview() {
        Cli.Result r = piped("not sure\n", "urge", "--today", "2026-12-04", "--country", "GB", "--color", "always");
        assertThat(r.err()).contains("'nocontact ask'");
        assertThat(r.out()).as("the help lines of the country given to urge")
                .contains("Samaritans, 116 123").doesNotContain("988");
        assertThat(r.out()).as("colour, as asked of urge").contains("\u001b[");
        Cli.Result plain = piped("not sure\n", "urge", "--today", "2026-12-04", "--country", "GB", "--color", "never");
        assertThat(plain.out()).contains("Samaritans, 116 123").doesNotContain("\u001b[");
    }

    @Test
    void anUrgeWithNothingKeptOffersTheTrackersPeriodAndCountsTheSameDayAsStatus() {
        run("start", "--today", "2026-11-27");
        Cli.Result r = piped("no\nno\nno\nno\nno\ntext\n\nmy feelings\n\nthey did, 3 weeks ago, i want us to get back together\n"
                + "\n\n\n\n\nskip\n\nno\n\n", "urge", "--today", "2026-12-07"); // where things stand: Enter keeps [5]
        assertThat(r.err()).as("the period running in the tracker is the default, not [no]")
                .contains("[since Friday 27 November 2026, 30 days] > ");
        assertThat(r.out()).as(r.err()).contains("day 11 of 30", "Sunday 27 December 2026");
        assertThat(run("status", "--today", "2026-12-07").out()).contains("Day 11 of 30", "Sunday 27 December");
    }

    /** Session 13's closing tour: "ok" keeps the answers and puts the message in the journal, as yes and Enter do. */
    @ParameterizedTest
    @CsvSource({"yes,''", "ok,ok", "sure,k"})
    void aFirstUrgeThatKeepsItsAnswersStillOffersTheJournalAndAsksHowStrongAndWhy(String keep, String journal)
            throws Exception {
        run("start", "--today", "2026-11-27");
        Cli.Result r = piped("no\nno\nno\nno\nno\ntext him, i miss him\n\n\nhe did 3 weeks ago, i want him back\n"
                + "\ni miss you so much\n\n" + keep + "\n\n" + journal + "\n8\nheard our song\n", "urge", "--today", "2026-12-07");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Kept. 'nocontact status'", "put your message in your private journal",
                "How strong is the urge", "What set it off?", "Kept in your journal, and the urge is logged.",
                "You paused first: that counts.");
        assertThat(r.err()).as("no promise that it will pass").doesNotContain("will pass");
        JsonNode history = JSON.readTree(run("history", "--format", "json").out()).get("history");
        assertThat(history.findValuesAsText("kind")).containsOnlyOnce("urge").contains("journal");
        assertThat(history.findValuesAsText("strength")).containsExactly("8");
        assertThat(history.findValuesAsText("trigger")).containsExactly("heard our song");
    }

    @Test
    void aFirstUrgeWhoseAnswersAreNotKeptIsLoggedWithoutMoreQuestions() throws Exception {
        run("start", "--today", "2026-11-27");
        Cli.Result r = piped("no\nno\nno\nno\nno\ntext him, i miss him\n\n\nhe did 3 weeks ago, i want him back\n"
                + "\ni miss you so much\n\nno\n\n", "urge", "--today", "2026-12-07");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Not kept.").doesNotContain("How strong is the urge", "private journal?");
        JsonNode history = JSON.readTree(run("history", "--format", "json").out()).get("history");
        assertThat(history.findValuesAsText("kind")).containsOnlyOnce("urge").doesNotContain("journal");
    }

    /** Session 13's closing tour (T20): "8 maybe 9" at the urge's strength is the stronger, said back; it was refused. */
    @Test
    void aStrengthBetweenTwoNumbersIsTheStrongerSaidBack() throws Exception {
        run("start", "--today", "2026-12-01");
        keep(SITUATION);
        Cli.Result r = piped("no\nno\nno\nno\nno\nmy feelings\nI miss you so much\n\n\n8 maybe 9\nher photo\n",
                "urge", "--today", "2026-12-04");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Read as: 9, the stronger of 8 and 9.")
                .doesNotContain("Please type a number from 1 to 10");
        JsonNode history = JSON.readTree(run("history", "--format", "json").out()).get("history");
        assertThat(history.findValuesAsText("strength")).containsExactly("9");
    }

    @Test
    void theUrgePathAsksAtMostTwoMoreQuestionsAndKeepsTheMessageInTheJournal() throws Exception {
        run("start", "--today", "2026-12-01");
        keep(SITUATION);
        Cli.Result r = piped("no\nno\nno\nno\nno\nmy feelings\nI miss you so much\n\n\n8\nher photo\n", // the draft ends at an empty line
                "urge", "--today", "2026-12-04");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Don't contact them\n");
        long questions = r.err().lines().filter(line -> line.endsWith("?") || line.contains("? (")).count();
        assertThat(r.err()).doesNotContain("Who ended", "When did it end", "What do you want now");
        assertThat(questions).as(r.err()).isLessThanOrEqualTo(5 + 2 + 2);
        JsonNode history = JSON.readTree(run("history", "--format", "json").out()).get("history");
        assertThat(history.findValuesAsText("kind")).contains("urge", "journal", "period-start");
        assertThat(history.findValuesAsText("trigger")).contains("her photo");
    }

    @Test
    void theExWroteRecordsItAndAdvisesABriefReplyWithTheDraftRead() {
        run("start", "--today", "2026-12-01");
        keep(SITUATION);
        Cli.Result r = run("heard", "--about", "logistics", "--today", "2026-12-09",
                "--reply", "Sure, Saturday at 10 works.\nI miss you");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Reply, briefly\n").contains("miss you");
        assertThat(run("history", "--today", "2026-12-09").out()).contains("They wrote (practical)");
    }

    @Test
    void aWrongCountryForHeardIsSaidBeforeAnythingIsKept() {
        run("start", "--today", "2026-12-01");
        Cli.Result r = run("heard", "--about", "personal", "--today", "2026-12-09", "--country", "XX");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--country: \"XX\" is not a country code");
        assertThat(run("history", "--today", "2026-12-09").out()).doesNotContain("They wrote");
    }

    @Test
    void askOffersToKeepItsAnswersWhereATrackerExistsAndOffersThemBackNextTime() throws Exception {
        run("start", "--today", "2026-12-01");
        String answers = "n\nn\nn\nn\nn\ntext\n5\n4\n\n1, 3 weeks ago, to get back together\nsince 2 weeks ago\n30\n\nyes\n\n";
        Cli.Result asked = piped(answers, "ask", "--today", "2026-12-01");
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(asked.err()).contains("Keep these answers in your tracker").contains("Kept.");
        JsonNode backup = JSON.readTree(run("export").out());
        assertThat(backup.at("/situation/goal").asText()).isEqualTo("reconcile");
        // Enter keeps the plan, where things stand, what it is for and the day, up to who ended it, when and the goal,
        // asked as one
        Cli.Result again = piped("n\nn\nn\nn\nn\n" + "\n".repeat(6), "ask", "--today", "2026-12-02");
        assertThat(again.err()).contains("Your kept answers come back").contains("[they did, ", ", to get back together]");
    }

    @Test
    void theUrgeStrengthIsReadLikeTheInterviewsNumbersWithHedges() throws Exception {
        run("start", "--today", "2026-12-01");
        keep(SITUATION);
        Cli.Result r = piped("no\nno\nno\nno\nno\nmy feelings\nI miss you\n\n\nlike 8\n\n", "urge", "--today", "2026-12-04");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Please type a number");
        Cli.Result again = piped("no\nno\nno\nno\nno\nmy feelings\nI miss you\n\n\nidk like 6?\n\n", "urge", "--today", "2026-12-04");
        assertThat(again.err()).doesNotContain("Please type a number");
        JsonNode history = JSON.readTree(run("history", "--format", "json").out()).get("history");
        assertThat(history.findValuesAsText("strength")).contains("8", "6");
    }

    @Test
    void leavingAnUrgeWithCtrlDSaysAPlainGoodbyeThatTellsWhatWasKept() {
        run("start", "--today", "2026-12-01");
        keep(SITUATION);
        Cli.Result r = piped("no\n", "urge", "--today", "2026-12-04");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Goodbye for now. The urge is logged; nothing else was kept.")
                .doesNotContain("you left before the end");
    }
}
