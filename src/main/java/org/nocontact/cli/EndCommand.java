package org.nocontact.cli;

import java.util.concurrent.Callable;
import org.nocontact.tracker.Dates;
import org.nocontact.tracker.Period;
import org.nocontact.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "end",
        header = "End the running no-contact period early.",
        description = {"", "Ends the period today, by your choice; it stays in your history. 'nocontact start' "
                + "begins another when you want one.", ""},
        exitCodeList = {"0:the period was ended", ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class EndCommand implements Callable<Integer> {
    @Mixin
    TrackerOptions tracker;

    @Override
    public Integer call() {
        try (Tracker t = tracker.openExisting().orElseThrow(() -> StatusCommand.noTracker("end"))) {
            Period p = t.end(tracker.today());
            tracker.print("Your period is ended, after " + Dates.days(
                    p.dayOn(tracker.today()).orElse(1) - 1L) + " held. It stays in your history.");
        }
        return ExitCodes.OK;
    }
}
