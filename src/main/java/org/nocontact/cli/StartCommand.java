package org.nocontact.cli;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nocontact.json.InputException;
import org.nocontact.tracker.Dates;
import org.nocontact.tracker.ExDates;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.Period;
import org.nocontact.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "start",
        header = "Start a no-contact period in your private tracker.",
        description = {"", "Starts counting: day 1 is the day it begins, and it is complete after the number of days "
                + "you choose. You can also give their birthday and your anniversary, so the tracker can warn you "
                + "of those days. Everything stays in your data folder (see --data).", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  nocontact start", "  nocontact start --since \"15 nov\" --days 30 --birthday 03-14"},
        exitCodeList = {"0:the period was started (or the dates kept)", ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class StartCommand implements Callable<Integer> {
    @Mixin
    TrackerOptions tracker;

    @Mixin
    RuleOptions ruleOptions;

    @Option(names = "--since", paramLabel = "DATE", description = "The day it began (such as 15 nov, 3 weeks ago or 2026-11-15); default: today.")
    Optional<String> since = Optional.empty();

    @Option(names = "--days", paramLabel = "N", description = "How many days to hold it (1 to 365); default: the rule "
            + "set's (30).")
    Optional<Integer> days = Optional.empty();

    @Option(names = "--birthday", paramLabel = "MM-DD", description = "Their birthday, such as 03-14 (optional).")
    Optional<String> birthday = Optional.empty();

    @Option(names = "--anniversary", paramLabel = "MM-DD", description = "Your anniversary, such as 06-21 (optional).")
    Optional<String> anniversary = Optional.empty();

    @Override
    public Integer call() {
        LocalDate today = tracker.today();
        LocalDate from = tracker.pastDate("--since", since);
        int length = TrackerOptions.length(days.orElseGet(() -> ruleOptions.ruleSet().defaultNoContactDays()));
        Optional<MonthDay> theirBirthday = birthday.map(text -> monthDay("--birthday", text));
        Optional<MonthDay> ours = anniversary.map(text -> monthDay("--anniversary", text));
        boolean onlyDates = since.isEmpty() && days.isEmpty() && (theirBirthday.isPresent() || ours.isPresent());
        try (Tracker t = tracker.open()) {
            Kept kept = t.read();
            if (theirBirthday.isPresent() || ours.isPresent()) {
                ExDates before = kept.exDates();
                t.exDates(new ExDates(theirBirthday.or(before::birthday), ours.or(before::anniversary)));
            }
            if (onlyDates && kept.period().filter(p -> p.runningOn(today)).isPresent()) {
                tracker.print("Kept. The tracker will mark those days.");
                return ExitCodes.OK;
            }
            Period p = t.start(from, length, today);
            String begun = p.since().equals(today) ? "Day 1 of " + p.days() + " begins today."
                    : "Day " + p.dayOn(today).orElse(1) + " of " + p.days() + " today (it began on "
                    + Dates.longDate(p.since(), today) + ").";
            tracker.print(begun + " It is complete on " + Dates.longDate(p.end(), today) + ".");
            tracker.print("'nocontact status' shows where you are; 'nocontact urge' helps in "
                    + "the moment you want to text them.");
        }
        return ExitCodes.OK;
    }

    static MonthDay monthDay(String option, String text) {
        try {
            return MonthDay.parse("--" + text.trim());
        } catch (DateTimeParseException e) {
            throw InputException.whole(option, "\"" + org.nocontact.text.Texts.printable(text)
                    + "\" is not a day of the year; write it as MM-DD, such as 03-14 for 14 March.");
        }
    }
}
