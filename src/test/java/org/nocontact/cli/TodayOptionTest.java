package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nocontact.tracker.Dates;

/** --today reads a day as people type it, as the interview does, counted from the real today (lead's tour, session 14). */
class TodayOptionTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @TempDir
    Path data;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2027-02-14, 2027-02-14", "yesterday, 2026-12-06", "tomorrow, 2026-12-08", "14 feb, 2026-02-14",
            "last friday, 2026-12-04", "next friday, 2026-12-11", "in 3 days, 2026-12-10", "' today ', 2026-12-07"})
    void aDayTypedAsPeopleTypeItIsReadFromTheRealToday(String typed, LocalDate day) {
        assertThat(TodayOption.read(typed, MONDAY)).isEqualTo(day);
    }

    @Test
    void aTrackerCommandTakesTodayInWords() {
        Cli.Result r = Cli.run("start", "--data", data.toString(), "--today", "tomorrow");
        assertThat(r.exitCode()).as(r.err()).isZero();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String completes = Dates.longDate(tomorrow.plusDays(30), tomorrow);
        assertThat(r.out().replaceAll("\\s+", " ")).contains("Day 1 of 30 begins today. It is complete on " + completes);
    }

    @Test
    void wordsThatNameNoDayAreExitTwoNamingTheOptionAndWhatToType() {
        for (String command : new String[] {"status", "ask"}) {
            Cli.Result r = Cli.run(command, "--data", data.toString(), "--today", "blah");
            assertThat(r.exitCode()).as(command).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).as(command).containsExactly("--today: \"blah\" is not a date; try "
                    + LocalDate.now() + ", yesterday or 14 feb.");
        }
    }

    @Test
    void aDayThatReadsTwoWaysOrNearlyIsExitTwoWithTheDayToWrite() {
        Cli.Result twoWays = Cli.run("status", "--data", data.toString(), "--today", "03/04/2027");
        assertThat(twoWays.exitCode()).isEqualTo(2);
        assertThat(twoWays.err()).startsWith("--today: 03/04/2027 could be 3 April or 4 March; write the day as YYYY-MM-DD");
        Cli.Result rough = Cli.run("status", "--data", data.toString(), "--today", "end of october");
        assertThat(rough.exitCode()).isEqualTo(2);
        assertThat(rough.err()).startsWith("--today: \"end of october\" could be").contains("; if it is, give that day");
    }
}
