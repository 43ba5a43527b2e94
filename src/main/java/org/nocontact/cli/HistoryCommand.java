package org.nocontact.cli;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nocontact.text.Texts;
import org.nocontact.tracker.Dates;
import org.nocontact.tracker.Entry;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.HistoryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "history",
        header = "Everything in your tracker, newest first.",
        description = {"", "Periods, slips, urges, their messages and your journal, newest first.", ""},
        exitCodeList = {"0:the history was shown", "1:there is nothing in the tracker yet", ExitCodes.WRONG_INPUT,
                ExitCodes.FAULT})
final class HistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @Mixin
    TrackerOptions tracker;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Kept kept = tracker.readExisting().orElse(null);
        if (kept == null) {
            tracker.say("Nothing is kept yet. 'nocontact start' begins a period.");
            return ExitCodes.FAILED;
        }
        if (format.json()) {
            tracker.out().print(HistoryJson.render(kept));
            return ExitCodes.OK;
        }
        if (kept.history().isEmpty()) {
            tracker.say("Nothing is kept yet. 'nocontact start' begins a period.");
            return ExitCodes.FAILED;
        }
        for (Entry entry : kept.history()) {
            String when = Dates.shortDate(entry.at().toLocalDate());
            String timed = when + " " + TIME.format(entry.at());
            String line = line(entry, when, timed);
            tracker.out().print(Texts.wrap(line, org.nocontact.terminal.Screen.width(), "", "      "));
        }
        return ExitCodes.OK;
    }

    private static String line(Entry entry, String when, String timed) {
        if (entry instanceof Entry.PeriodMark m) {
            return when + (m.start() ? "  Period begun: " + Dates.days(m.period().days()) + "."
                    : "  Period ended early, by your choice.");
        }
        if (entry instanceof Entry.Slip s) {
            return when + "  You contacted them (" + s.kind().wireName() + ")."
                    + s.note().map(n -> " " + Texts.printable(n)).orElse("");
        }
        if (entry instanceof Entry.Urge u) {
            return timed + "  Urge" + (u.strength().isPresent() ? " (" + u.strength().getAsInt() + "/10)" : "")
                    + u.trigger().map(x -> ": " + Texts.printable(x)).orElse("") + ".";
        }
        if (entry instanceof Entry.Heard h) {
            return when + "  They wrote (" + (h.about() == org.nocontact.situation.ExContactAbout.LOGISTICS
                    ? "practical" : "personal") + ").";
        }
        Entry.Journal j = (Entry.Journal) entry;
        return timed + "  Journal: " + Texts.printable(Texts.abbreviate(j.text(), 200));
    }
}
