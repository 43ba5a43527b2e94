package org.nocontact.cli;

import java.time.LocalDate;
import java.util.Optional;
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

    @Option(names = "--on", paramLabel = "DATE", description = "The day it happened (YYYY-MM-DD); default: today.")
    Optional<String> on = Optional.empty();

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "message",
            description = "message (the default), call, meeting or other.")
    String kind;

    @Option(names = "--note", paramLabel = "TEXT", description = "A few words for yourself (optional).")
    Optional<String> note = Optional.empty();

    @Override
    public Integer call() {
        LocalDate day = tracker.pastDate("--on", on);
        Entry.SlipKind slipKind = org.nocontact.json.Named.byName(Entry.SlipKind.class, kind.trim().toLowerCase(
                java.util.Locale.ROOT)).orElseThrow(() -> org.nocontact.json.InputException.whole("--kind",
                "\"" + org.nocontact.text.Texts.printable(kind) + "\" is not a choice; use message, call, meeting or other."));
        try (Tracker t = tracker.openExisting().orElseThrow(() -> StatusCommand.noTracker("slip"))) {
            Period next = t.slip(day, slipKind, note.filter(n -> !n.isBlank()), tracker.now());
            LocalDate today = tracker.today();
            tracker.print("Kept. One contact does not undo the days you held.");
            tracker.print("A new period of " + Dates.days(next.days()) + " " + Dates.begins(next.since(), today)
                    + ", and is complete on " + Dates.longDate(next.end(), today) + ".");
            if (slipKind == Entry.SlipKind.MESSAGE) {
                tracker.print("If they don't answer, let it rest: another message would be "
                        + "chasing. 'nocontact heard' records it if they write.");
            }
        }
        return ExitCodes.OK;
    }
}
