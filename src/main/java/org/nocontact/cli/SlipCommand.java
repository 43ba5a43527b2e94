package org.nocontact.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.nocontact.tracker.Dates;
import org.nocontact.tracker.Entry;
import org.nocontact.tracker.Period;
import org.nocontact.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "slip",
        header = "Record that you contacted them; the count starts again the next day.",
        description = {"", "It happens. The day is kept in your history, and a new period of the same length begins "
                + "the next day. A message they have not answered counts toward chasing until they write.", ""},
        exitCodeList = {"0:the slip was kept", ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class SlipCommand implements Callable<Integer> {
    @Mixin
    TrackerOptions tracker;

    @Option(names = "--on", paramLabel = "DATE", description = "The day it happened (such as 15 nov, 3 weeks ago or 2026-11-15); default: today.")
    Optional<String> on = Optional.empty();

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "message",
            description = "message (the default), call, meeting or other.")
    String kind;

    @Option(names = "--days", paramLabel = "N", description = "How many days the new period holds (1 to 365); "
            + "default: as many as the one before. Given again on the day of a slip, it changes only the length.")
    Optional<Integer> days = Optional.empty();

    @Option(names = "--note", paramLabel = "TEXT", description = "A few words for yourself (optional).")
    Optional<String> note = Optional.empty();

    /** What the days held before the slip gave: said as it is, with no blame. */
    static String held(int days) {
        if (days < 1) {
            return "Kept. It happens, and it is not a failure.";
        }
        return "Kept. You held " + Dates.days(days) + " before this. " + (days == 1 ? "That day was" : "Those days were")
                + " real: " + (days == 1 ? "it" : "they") + " showed you can hold it.";
    }

    @Override
    public Integer call() {
        LocalDate day = tracker.pastDate("--on", on);
        Entry.SlipKind slipKind = org.nocontact.json.Named.byName(Entry.SlipKind.class, kind.trim().toLowerCase(
                Locale.ROOT)).orElseThrow(() -> org.nocontact.json.InputException.whole("--kind",
                "\"" + org.nocontact.text.Texts.printable(kind) + "\" is not a choice; use message, call, meeting or other."));
        OptionalInt length = days.map(TrackerOptions::length).map(OptionalInt::of).orElseGet(OptionalInt::empty);
        try (Tracker t = tracker.openExisting().orElseThrow(() -> StatusCommand.noTracker("slip"))) {
            Optional<Period> before = t.read().period();
            Period next = t.slip(day, slipKind, note.filter(n -> !n.isBlank()), length, tracker.now());
            LocalDate today = tracker.today();
            boolean onlyTheLength = before.filter(p -> p.id() == next.id()).isPresent() && length.isPresent();
            if (!onlyTheLength) {
                tracker.print(held(before.map(p -> p.dayOn(day).orElse(1) - 1).orElse(0)));
            }
            tracker.print((onlyTheLength ? "Your new period is " + Dates.days(next.days()) + " now. It "
                    : "The count starts again: a new period of " + Dates.days(next.days()) + " ")
                    + Dates.begins(next.since(), today) + ", and is complete on " + Dates.longDate(next.end(), today) + ".");
            if (!onlyTheLength && days.isEmpty()) {
                tracker.print("To choose another length, run 'nocontact slip --days N' (such as 14): the slip "
                        + "is kept once.");
            }
            if (slipKind == Entry.SlipKind.MESSAGE && !onlyTheLength) {
                tracker.print("If they don't answer, let it rest: another message would be "
                        + "chasing. 'nocontact heard' records it if they write.");
            }
        }
        return ExitCodes.OK;
    }
}
