package org.nocontact.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.nocontact.interview.Console;
import org.nocontact.interview.Interview;
import org.nocontact.interview.Remembered;
import org.nocontact.tracker.DataFolder;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.KeptPlan;
import org.nocontact.tracker.Period;
import org.nocontact.tracker.Store;
import org.nocontact.tracker.Tracker;

/**
 * What {@code ask} does with the tracker, for someone who uses one (a tracker database exists; ask
 * never creates it): the kept answers come back as defaults, and after the verdict it offers to keep
 * the new ones. Without a tracker it does nothing, and SQLite is never loaded.
 */
final class KeepHook {
    private final DataFolder folder;
    private Optional<String> keptInThisSession = Optional.empty();

    KeepHook(DataFolder folder) {
        this.folder = folder;
    }

    /** The kept answers as remembered ones (Enter keeps each), or none. */
    Remembered remembered(LocalDate today, Console console) {
        if (!folder.hasDatabase()) {
            return Remembered.none();
        }
        try (Tracker t = new Tracker(Store.open(folder))) {
            Kept kept = t.read();
            Optional<KeptPlan> plan = KeptPlan.of(kept, today);
            if (plan.isEmpty()) {
                return runningPeriod(kept, today, console);
            }
            console.say("Your kept answers come back as defaults: Enter keeps each one.\n");
            return Remembered.from(plan.get().on(today));
        }
    }

    /** No answers kept, but a period started with 'start' and running today: it comes back as the default. */
    private static Remembered runningPeriod(Kept kept, LocalDate today, Console console) {
        Optional<Period> running = kept.period().filter(p -> p.runningOn(today));
        if (running.isEmpty()) {
            return Remembered.none();
        }
        console.say("The no-contact period in your tracker comes back as the default: Enter keeps it.\n");
        return Remembered.none().holdingNoContactSince(running.get().since(), running.get().days());
    }

    /** After a verdict: offers to keep these answers for status and urge. */
    void afterVerdict(Console console, Interview.Outcome outcome, LocalDate today,
                      Function<Interview.Outcome, Optional<Interview.Outcome>> forAFile) {
        Optional<String> asAnswered = outcome.file();
        if (!folder.hasDatabase() || asAnswered.isEmpty() || asAnswered.equals(keptInThisSession)) {
            return;
        }
        Optional<String> answer = console.readLine("\nKeep these answers in your tracker, for status and urge? "
                + "(yes or no) [yes] > ");
        if (Offers.declined(answer)) {
            console.say("Not kept.");
            return;
        }
        Optional<String> file = forAFile.apply(outcome).flatMap(Interview.Outcome::file);
        if (file.isEmpty()) {
            console.say("Not kept.");
            return;
        }
        try (Tracker t = new Tracker(Store.open(folder))) {
            t.keep(file.get(), today);
        }
        keptInThisSession = asAnswered;
        console.say("Kept. 'nocontact status' and 'nocontact urge' will use them.");
    }
}
