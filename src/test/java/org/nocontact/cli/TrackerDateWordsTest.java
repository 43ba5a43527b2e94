package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tracker's date options read the same words as `ask` (tour 12, F12). */
class TrackerDateWordsTest {
    @TempDir
    Path data;

    Cli.Result run(String... args) {
        return Cli.run(Stream.concat(Stream.of(args), Stream.of("--data", data.toString(), "--today", "2026-12-07"))
                .toArray(String[]::new));
    }

    @Test
    void startSinceTakesTheDateWordsAskReads() {
        for (String since : new String[] {"15 nov", "since the 15th", "3 weeks ago", "Nov 15th"}) {
            Cli.Result r = run("start", "--since", since);
            assertThat(r.exitCode()).as(since + ": " + r.err()).isZero();
            assertThat(r.out().replaceAll("\\s+", " ")).as(since)
                    .contains(since.equals("3 weeks ago") ? "began on Monday 16 November" : "began on Sunday 15 November");
            run("end");
        }
    }

    @Test
    void aDateSplitByTheShellSaysToPutItInQuotesNotParserTalk() {
        Cli.Result r = run("start", "--since", "15", "nov", "--birthday", "12-12");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly("--since takes one date: put it in quotes, like --since \"15 nov\".");
    }

    @Test
    void aNoteSplitByTheShellIsAskedForInQuotes() {
        run("start");
        Cli.Result r = run("slip", "--note", "after", "the", "party");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).containsExactly("--note: put the words in quotes, like --note \"after the party\".");
    }

    @Test
    void aDateThatReadsTwoWaysOrNotAtAllIsExitTwoWithHowToGiveIt() {
        Cli.Result rough = run("start", "--since", "end of october");
        assertThat(rough.exitCode()).isEqualTo(2);
        assertThat(rough.err()).contains("Saturday 31 October", "2026-10-31").doesNotContain("Type yes");
        Cli.Result unreadable = run("slip", "--on", "blah");
        assertThat(unreadable.exitCode()).isEqualTo(2);
        assertThat(unreadable.out()).isEmpty();
        assertThat(unreadable.err().lines()).singleElement().asString().startsWith("--on: I couldn't read \"blah\" as a date");
    }

    @Test
    void slipOnTakesWordsAndADayToComeIsStillRefused() {
        run("start", "--since", "2026-11-15");
        assertThat(run("slip", "--on", "2 days ago").out().replaceAll("\\s+", " ")).contains("began on Sunday 6 December");
        assertThat(run("slip", "--on", "tomorrow").exitCode()).isEqualTo(2);
    }
}
