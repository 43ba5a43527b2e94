package org.nocontact.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nocontact.advice.Advisor;
import org.nocontact.json.InputException;
import org.nocontact.terminal.Screen;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.KeptPlan;
import org.nocontact.tracker.Status;
import org.nocontact.tracker.StatusJson;
import org.nocontact.tracker.StatusText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "status",
        header = "Where you are: day N of your period, today's advice, the hard days ahead.",
        description = {"", "Shows the day of your no-contact period and the day it is complete, today's verdict for "
                + "your kept answers with its reason, the hard days in the next 60 days with that day's verdict, the "
                + "urges you logged this week and last, and a small calendar (+ held, x slip, ! hard day, "
                + "* complete, [ ] today).", ""},
        exitCodeList = {"0:the status was shown", "1:no period has been started (it says how to start one)",
                ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class StatusCommand implements Callable<Integer> {
    @Mixin
    TrackerOptions tracker;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        LocalDate today = tracker.today();
        Advisor advisor = ruleOptions.advisor();
        Optional<Kept> kept = tracker.readExisting();
        if (kept.isEmpty() || kept.get().period().isEmpty()) {
            tracker.say(NOT_STARTED);
            return ExitCodes.FAILED;
        }
        Status status = status(kept.get(), advisor, today);
        tracker.out().print(format.json() ? StatusJson.render(status)
                : StatusText.render(status, Screen.width()));
        return ExitCodes.OK;
    }

    static Status status(Kept kept, Advisor advisor, LocalDate today) {
        return Status.of(kept, kept.period().orElseThrow(), advisor,
                TimelineAhead.choose(advisor, kept, KeptPlan.of(kept, today)), today);
    }

    static final String NOT_STARTED = "No no-contact period is started yet. Start one with 'nocontact start' (today), "
            + "or 'nocontact start --since YYYY-MM-DD' if it began earlier.";

    /** A tracker command that needs a tracker, where there is none yet. */
    static InputException noTracker(String command) {
        return InputException.whole(command, "there is no tracker yet. Start one with 'nocontact start'.");
    }
}
