package org.nocontact.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.nocontact.json.InputException;
import org.nocontact.tracker.DataFolder;
import org.nocontact.tracker.Store;
import org.nocontact.tracker.Tracker;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** --data and --today, on every tracker command, and where the command writes (its standard output and error). */
final class TrackerOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Mixin
    DataOption data;

    @Option(names = "--today", paramLabel = "DATE",
            description = "Act as if today were DATE (such as 2027-02-14, yesterday or 14 feb); default: today.")
    Optional<String> todayOption = Optional.empty();

    DataFolder folder() {
        return data.folder();
    }

    LocalDate today() {
        LocalDate now = LocalDate.now();
        return todayOption.map(typed -> TodayOption.read(typed, now)).orElse(now);
    }

    /** Now, on the day given by --today (the time of day is the real one). */
    LocalDateTime now() {
        return today().atTime(LocalTime.now().withNano(0));
    }

    /** Opens the tracker, creating it on first use. */
    Tracker open() {
        return new Tracker(Store.open(folder()));
    }

    /** Opens the tracker if there is one; never creates anything. */
    Optional<Tracker> openExisting() {
        return Store.openExisting(folder()).map(Tracker::new);
    }

    /** Everything kept, if there is a tracker; never creates anything. */
    Optional<org.nocontact.tracker.Kept> readExisting() {
        try (Tracker t = openExisting().orElse(null)) {
            return t == null ? Optional.empty() : Optional.of(t.read());
        }
    }

    /** The command's standard output: its result. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** The command's standard error: what it says to the person along the way. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** A paragraph of the command's result on standard output, wrapped to the screen's width. */
    void print(String text) {
        say(out(), text);
    }

    /** A paragraph for the person on standard error, wrapped to the screen's width. */
    void say(String text) {
        say(err(), text);
    }

    /** A paragraph for the person, wrapped to the screen's width. */
    static void say(PrintWriter out, String text) {
        out.print(org.nocontact.text.Texts.wrap(text, org.nocontact.terminal.Screen.width(), "", ""));
        out.flush();
    }

    /** A period's length as given with --days: 1 to 365. */
    static int length(int days) {
        if (days < 1 || days > 365) {
            throw InputException.whole("--days", days + " is not a length this tracker keeps; give 1 to 365 days.");
        }
        return days;
    }

    /** A date in the words `ask` reads ("15 nov", "3 weeks ago", 2026-11-15). */
    static LocalDate dateInWords(String option, String text, LocalDate today) {
        org.nocontact.interview.DateWords.Read read = org.nocontact.interview.DateWords.read(text, today);
        if (read instanceof org.nocontact.interview.DateWords.Unclear unclear) {
            throw InputException.whole(option, unclear.fix());
        }
        return ((org.nocontact.interview.DateWords.Day) read).date();
    }

    /** A date the person gives for something that happened, in the words `ask` reads: not after today. */
    LocalDate pastDate(String option, Optional<String> text) {
        LocalDate today = today();
        LocalDate date = text.map(t -> dateInWords(option, t, today)).orElse(today);
        if (date.isAfter(today)) {
            throw InputException.whole(option, date + " is after today (" + today + "); give a day that has come.");
        }
        return date;
    }
}
