package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check tells a person the dates that are true for them, and with --ahead what the days ahead hold. */
class CheckAheadTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path file(String json) throws IOException {
        Path path = temp.resolve("s.json");
        Files.writeString(path, json);
        return path;
    }

    private static final String HOLDING = """
            { "today": "2027-03-12", "breakup": { "date": "2027-02-20", "initiatedBy": "them" }, "goal": "reconcile",
              "noContact": { "since": "2027-03-01" }, "plan": { "action": "text", "purpose": "reconcile" },
              "dates": { "exBirthday": "1996-04-02" } }""";

    @Test
    void aheadInTextListsThePeriodsEndAndTheirBirthdayAsDates() throws IOException {
        Cli.Result r = Cli.run("check", "--color", "never", "--ahead", file(HOLDING).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("You are on day 12 of 30", "Look again on Wednesday 31 March 2027, in 19 days.",
                "The days ahead", "The next 60 days",
                "Wednesday 31 March 2027 (the advice changes; your no-contact period is complete)",
                "Friday 2 April 2027 (their birthday)")
                .doesNotContain("2027-03-31", "1 days");
    }

    @Test
    void aDayWithANewReasonForTheSameAdviceSaysTheAdviceStays() throws IOException {
        String chasing = """
                { "today": "2026-12-07", "breakup": { "date": "2026-11-16", "initiatedBy": "them" }, "goal": "reconcile",
                  "noContact": { "since": "2026-11-16" }, "history": { "unansweredMessages": 4 },
                  "plan": { "action": "text", "purpose": "greeting", "occasion": "birthday" } }""";
        Cli.Result r = Cli.run("check", "--color", "never", "--ahead", file(chasing).toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains(
                "Wednesday 16 December 2026 (the reason changes; your no-contact period is complete)",
                "The advice stays: don't contact them.").doesNotContain("(the advice changes");
    }

    @Test
    void aheadInJsonHasIsoDatesMarksVerdictsAndWhy() throws IOException {
        Cli.Result r = Cli.run("check", "--format", "json", file(HOLDING).toString(), "--ahead", "30");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode ahead = JSON.readTree(r.out()).get("ahead");
        assertThat(ahead.get("days").asInt()).isEqualTo(30);
        JsonNode end = ahead.get("entries").get(0);
        assertThat(end.get("date").asText()).isEqualTo("2027-03-31");
        assertThat(end.get("marks").toString()).isEqualTo("[\"advice-changes\",\"period-complete\"]");
        assertThat(end.get("verdict").asText()).isEqualTo("DO_NOT_CONTACT");
        assertThat(end.get("rule").asText()).isEqualTo("extend-the-period");
        assertThat(end.get("open").toString()).contains("REACH_OUT");
        assertThat(end.get("why").asText()).contains("Friday 30 April 2027");
        assertThat(ahead.get("entries").get(1).get("marks").toString()).isEqualTo("[\"ex-birthday\"]");
        assertThat(JSON.readTree(Cli.run("check", "--format", "json", file(HOLDING).toString()).out()).has("ahead"))
                .as("only when asked").isFalse();
    }

    @Test
    void aheadOutsideOneToAYearIsABadCommandLine() throws IOException {
        Cli.Result r = Cli.run("check", "--ahead", "0", file(HOLDING).toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--ahead: 0 is not a number of days from 1 to 366").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aBirthdayGiftNamesNoDateAndStartsNoPeriod() throws IOException {
        Cli.Result r = Cli.run("check", "--color", "never", file("""
                { "today": "2027-06-02", "breakup": { "date": "2027-04-10", "initiatedBy": "them" }, "goal": "reconcile",
                  "plan": { "action": "gift", "purpose": "reconcile", "occasion": "birthday" } }""").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Don't send the gift").doesNotContain("Look again", "Starting today", "30 days");
    }

    @Test
    void strictValentinesDayWithFeelingsNeverToldSaysLookAgainTomorrow() throws IOException {
        Cli.Result r = Cli.run("check", "--color", "never", "--profile", "strict", file("""
                { "today": "2027-02-14", "breakup": { "date": "2027-01-20", "initiatedBy": "them", "feelingsExpressed": false },
                  "goal": "reconcile", "plan": { "action": "text", "purpose": "reconcile" } }""").toString());
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Look again on Monday 15 February 2027, tomorrow.").doesNotContain("30 days");
    }

    @Test
    void anOldRuleFileWithReconsiderOnIsRefusedWithTheFix() throws IOException {
        Path rules = temp.resolve("rules");
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("rules"), rules);
        Path reconcile = rules.resolve("reconcile.json");
        Files.writeString(reconcile, Files.readString(reconcile).replace("\"period\": \"holds\"",
                "\"reconsiderOn\": \"noContact.end\""));
        Cli.Result r = Cli.run("check", "--rules", rules.toString(), file(HOLDING).toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("reconcile.json", "reconsiderOn", "\"period\": \"holds\"").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aRuleSetWhoseDefaultProfileNamesNoProfileIsRefusedWithTheNamesThatExist() throws IOException {
        Path rules = temp.resolve("rules");
        RulesToolkitTest.copyTree(Cli.ROOT.resolve("rules"), rules);
        Path index = rules.resolve("ruleset.json");
        Files.writeString(index, Files.readString(index).replace("\"defaultProfile\": \"standard\"",
                "\"defaultProfile\": \"gentle\""));
        Cli.Result r = Cli.run("check", "--rules", rules.toString(), file(HOLDING).toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("ruleset.json", "defaultProfile: no profile is called \"gentle\"; use one of standard or strict.")
                .doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aHardDayWhereNothingChangesDoesNotBorrowTheWordsOfTheDayThePlanIsFor() throws IOException {
        Cli.Result r = Cli.run("check", "--color", "never", "--ahead", file("""
                { "today": "2026-12-06", "breakup": { "date": "2026-11-22", "initiatedBy": "them" }, "goal": "reconcile",
                  "plan": { "action": "text", "purpose": "greeting", "occasion": "valentines-day" } }""").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String christmas = r.out().replaceAll("\\s+", " ").split("Friday 25 December 2026 \\(Christmas Day\\)", 2)[1];
        assertThat(christmas).startsWith(" A day that tends to be hard; the advice stays as it is: don't contact them")
                .doesNotStartWith(" Don't contact them. Hold no contact: Valentine's Day");
    }
}
