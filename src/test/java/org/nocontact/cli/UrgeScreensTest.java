package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.tracker.DataFolder;
import org.nocontact.tracker.Store;
import org.nocontact.tracker.Tracker;

/**
 * What urge shows. On the day the period is complete (s11 F26) how you feel decides the advice, and the kept answers
 * do not say it: the feelings are asked together, as ask asks them, leaving them unsaid is explained, and they can be
 * said then. A journal entry written there shows a prompt on every line.
 */
class UrgeScreensTest {
    /** Left, wants them back, has held no contact since 1 December (30 days: complete on 31 December); no feelings kept. */
    static final String NO_FEELINGS_KEPT = """
            {"today": "2026-11-30", "breakup": {"date": "2026-11-20", "initiatedBy": "them"}, "goal": "reconcile",
             "plan": {"action": "text", "purpose": "feelings"}}
            """;
    static final String SAFE = "no\nno\nno\nno\nno\n";
    static final String LAST_DAY = "2026-12-31";

    @TempDir
    Path temp;
    Path data;

    @BeforeEach
    void startedAndKept() {
        data = temp.resolve("data");
        assertThat(Cli.run("start", "--today", "2026-12-01", "--data", data.toString()).exitCode()).isZero();
        try (Tracker t = new Tracker(Store.open(DataFolder.resolve(Optional.of(data), Map.of(), "/none")))) {
            t.keep(NO_FEELINGS_KEPT, java.time.LocalDate.of(2026, 11, 30));
        }
    }

    Cli.Result urge(String typed) {
        return Cli.runWithStdin(typed, "urge", "--today", LAST_DAY, "--data", data.toString());
    }

    /** Session 13's closing tour (T20): "call him" where the kept plan is a text makes it a call, said back. */
    @Test
    void anotherWayTypedWhereThePlanIsAboutIsThePlanNow() {
        Cli.Result r = urge(SAFE + "call him\nmy feelings\n2 3 8\n\n\n\n\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("Read as: your plan is now to call them (it was to send a text).",
                "What would the call mainly be about?").doesNotContain("Please choose a number from 1 to 6");
    }

    @Test
    void theFeelingsAreAskedTogetherAsAskAsksThem() {
        Cli.Result r = urge(SAFE + "my feelings\n2 3 8\n\n\n\n\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("From 0 to 10, how angry, how sad and how confident do you feel?")
                .doesNotContain("how angry do you feel about the breakup?");
        assertThat(r.out()).doesNotContain("extend no contact");
        assertThat(r.err()).doesNotContain("You didn't say how you feel");
    }

    @Test
    void skippingThemSaysWhatThatMeansAndTheyCanBeSaidNow() {
        Cli.Result r = urge(SAFE + "my feelings\nskip\n\nyes\n2 3 8\n\n\n\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("You didn't say how you feel, so I can't tell whether you are ready",
                "Would you like to tell me how you feel? (yes or no) [no]");
        String[] verdicts = r.out().split("\nWhy\n");
        assertThat(verdicts).as(r.out()).hasSize(3); // the advice, then the advice again with the feelings said
        assertThat(verdicts[0]).contains("extend no contact");
        assertThat(verdicts[1]).doesNotContain("extend no contact");
        assertThat(r.err()).contains("The urge is logged.");
    }

    @Test
    void sayingNoKeepsTheAdviceGivenAndGoesOnToTheJournal() {
        Cli.Result r = urge(SAFE + "my feelings\nskip\n\nno\n\n\n\n");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().split("\nWhy\n")).hasSize(2);
        assertThat(r.out()).contains("extend no contact");
        assertThat(r.err()).contains("You didn't say how you feel", "private journal", "The urge is logged.");
    }

    @Test
    void statusSaysAnExtensionOnlyAdvisedIsNotThePeriodItHolds() {
        Cli.Result r = Cli.run("status", "--today", LAST_DAY, "--data", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out().replaceAll("\\s+", " ");
        assertThat(out).contains("Your 30 days are complete today.",
                "If you extend your period as advised, it is complete: a day to look again at what you want.")
                .doesNotContain("Your period is complete:");
    }

    /**
     * Session 13: after the period, the advised extension is only advised: its end moved a day with each day, and
     * status never said how to begin it. It says so now, on the day it is complete and after.
     */
    @Test
    void statusAfterThePeriodSaysHowToBeginTheAdvisedExtension() {
        for (String today : new String[] {LAST_DAY, "2027-01-05"}) {
            Cli.Result r = Cli.run("status", "--today", today, "--data", data.toString());
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out().replaceAll("\\s+", " ")).as(today).contains("Today: Don't contact them.",
                    "'nocontact start' begins it today, so the day it is complete stays put.");
        }
        Cli.Result running = Cli.run("status", "--today", "2026-12-10", "--data", data.toString());
        assertThat(running.out()).doesNotContain("'nocontact start' begins it");
    }

    @Test
    void eachLineOfAJournalEntryTypedThereHasItsPrompt() {
        Cli.Result r = Cli.runWithStdin(SAFE + "my feelings\n\nI miss you\nI still do\n\n\n\n", "urge", "--today",
                "2026-12-10", "--data", data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("(type it, then an empty line; or just press Enter to skip)\n> I miss you\n> I still do\n> \n",
                "Kept in your journal");
    }

    /** At 2 a.m., at 40 columns, the verdict is long enough: each source is named, not summed up again (ask does that). */
    @Test
    void theSourcesAreNamedInALineEachNotSummedUp() {
        Cli.Result r = Cli.runWithStdin(SAFE + "my feelings\n\n\n\n\n", "urge", "--today", "2026-12-10", "--data",
                data.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String sources = r.out().substring(r.out().indexOf("\nSources\n") + "\nSources\n".length());
        assertThat(sources.replaceAll("\\s+", " ")).contains("[1] An article on whether to contact an ex you want back. "
                + "[2] A step-by-step guide to no contact, with a psychologist and a dating coach.")
                .doesNotContain("it argues", "plan a period,");
        assertThat(sources.lines().takeWhile(line -> !line.isBlank())).hasSizeLessThanOrEqualTo(3);
        assertThat(r.out()).contains("more days.");
    }

    /** The path the launcher runs for a Ctrl-C that came before urge could answer it: stopped, kept nothing, help. */
    @Test
    void stoppedBeforeTheStartSaysNothingWasKeptWithTheHelpLine() {
        Cli.Result r = Cli.run("urge", "--country", "GB", "--data", data.toString(), AskCommand.STOPPED_BEFORE_START);
        assertThat(r.exitCode()).isEqualTo(130);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().replaceAll("\\s+", " ")).contains("nocontact: stopped. Nothing was kept.",
                "Help now: emergency 999 (or 112); Samaritans, 116 123 (free, 24/7).");
    }

    /** Tour 15a F7.1: leaving urge at "Do you feel unsafe because of your ex?" leaves the domestic-abuse line. */
    @Test
    void leavingAtTheUnsafeQuestionLeavesTheDomesticAbuseLine() {
        Cli.Result r = Cli.runWithStdin("no\n", "urge", "--today", LAST_DAY, "--data", data.toString(), "--country", "GB");
        assertThat(r.err().replaceAll("\\s+", " ")).contains(
                "Help now: emergency 999 (or 112); domestic abuse: National Domestic Abuse Helpline").doesNotContain("Samaritans");
    }
}
