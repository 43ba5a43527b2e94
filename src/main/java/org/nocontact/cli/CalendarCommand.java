package org.nocontact.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.nocontact.files.AtomicFiles;
import org.nocontact.interview.SaveTarget;
import org.nocontact.json.InputException;
import org.nocontact.tracker.DaysAhead;
import org.nocontact.tracker.HardDay;
import org.nocontact.tracker.Ics;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.KeptPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "calendar",
        header = "Export the hard days ahead as a calendar file (.ics).",
        description = {"", "Writes the day your period is complete and the hard days ahead (Valentine's Day, "
                + "Christmas, New Year, their birthday, your anniversary) as all-day events. Calendars sync "
                + "to other people's servers, so by default the events are discreet: no name, no advice, only a "
                + "gentle title. --full writes each day's advice into its event.", ""},
        exitCodeList = {"0:the calendar was written", "1:no period has been started", ExitCodes.WRONG_INPUT,
                ExitCodes.FAULT})
final class CalendarCommand implements Callable<Integer> {
    @Mixin
    TrackerOptions tracker;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--ics", paramLabel = "FILE", required = true, description = "The calendar file to write.")
    String file;

    @Option(names = "--full", description = "Write each day's advice into its event (not discreet).")
    boolean full;

    @Option(names = "--days", paramLabel = "N", defaultValue = "60", description = "How many days ahead (1 to 366; "
            + "default 60).")
    int days;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        if (days < 1 || days > 366) {
            throw InputException.whole("--days", days + " is out of range; give 1 to 366.");
        }
        Path path = SaveTarget.resolve(file);
        SaveTarget.problem(path).ifPresent(problem -> {
            throw InputException.whole("--ics " + file, problem + " Choose another place.");
        });
        if (Files.exists(path) && !force) {
            throw InputException.whole("--ics " + file, "this file exists already; add --force to replace it.");
        }
        Kept kept = tracker.readExisting().orElse(null);
        if (kept == null || kept.period().isEmpty()) {
            tracker.say(StatusCommand.NOT_STARTED);
            return ExitCodes.FAILED;
        }
        DaysAhead ahead = TimelineAhead.choose(ruleOptions.advisor(), kept, KeptPlan.of(kept, tracker.today()));
        List<HardDay> list = ahead.ahead(tracker.today(), days).stream()
                .filter(h -> h.what() != HardDay.What.ADVICE_CHANGES).toList();
        try {
            AtomicFiles.write(path, Ics.write(list, full, LocalDateTime.now(ZoneOffset.UTC).withNano(0)));
        } catch (IOException e) {
            throw InputException.whole("--ics " + file, "could not be written"
                    + SaveTarget.reason(e).map(r -> " (" + r + ")").orElse("") + "; choose another place.");
        }
        tracker.print(list.size() + (list.size() == 1 ? " day" : " days")
                + " written to " + path + (full ? "." : ", discreetly (no names, no advice in the events)."));
        return ExitCodes.OK;
    }
}
