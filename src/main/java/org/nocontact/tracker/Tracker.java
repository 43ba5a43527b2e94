package org.nocontact.tracker;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.nocontact.json.InputException;
import org.nocontact.situation.ExContactAbout;

/**
 * What the tracker keeps, read and changed one transaction at a time: the periods, slips, urges,
 * their messages, the journal, the kept situation and the ex's dates. The rows themselves are
 * written and read by {@link PeriodTable}, {@link EntryTables} and {@link KeptTables}.
 */
public final class Tracker implements AutoCloseable {
    private final Store store;

    public Tracker(Store store) {
        this.store = store;
    }

    public Store store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }

    /** Everything kept, read in one transaction (so two parts never disagree). */
    public Kept read() {
        return store.transaction(Tracker::readAll);
    }

    static Kept readAll(Connection c) throws SQLException {
        return new Kept(PeriodTable.all(c), EntryTables.slips(c), EntryTables.urges(c), EntryTables.heard(c),
                EntryTables.journal(c), KeptTables.situation(c), KeptTables.exDates(c));
    }

    public Period start(LocalDate since, int days, LocalDate today) {
        return store.transaction(c -> {
            Optional<Period> current = Kept.latest(PeriodTable.all(c));
            if (current.isPresent() && current.get().runningOn(today)) {
                Period p = current.get();
                throw InputException.whole("start", "a period is running already, since "
                        + Dates.longDate(p.since(), today) + " (" + p.days() + " days). To begin another, end this one "
                        + "first with 'nocontact end'.");
            }
            return PeriodTable.insert(c, since, days);
        });
    }

    /** Ends the running period on {@code on}, by choice. */
    public Period end(LocalDate on) {
        return store.transaction(c -> {
            Period p = Kept.latest(PeriodTable.all(c)).filter(x -> x.runningOn(on))
                    .orElseThrow(() -> InputException.whole("end", "no period is running; 'nocontact start' begins one."));
            PeriodTable.end(c, p, on, Period.EndReason.EARLY);
            return p;
        });
    }

    /**
     * A slip on {@code on}: kept, and the count starts again the next day with the same length.
     * A second slip on the same day is kept without starting again twice.
     * @return the period that begins the next day
     */
    public Period slip(LocalDate on, Entry.SlipKind kind, Optional<String> note, LocalDateTime now) {
        return slip(on, kind, note, OptionalInt.empty(), now);
    }

    /**
     * A slip, and the new period's length ({@code days}; empty: the same as before). Given again on
     * the day of a slip with another length, it only changes the new period's length: the slip is kept once.
     */
    public Period slip(LocalDate on, Entry.SlipKind kind, Optional<String> note, OptionalInt days, LocalDateTime now) {
        return store.transaction(c -> {
            Period p = Kept.latest(PeriodTable.all(c)).orElseThrow(() -> InputException.whole("slip",
                    "no period has been started yet; 'nocontact start' begins one."));
            boolean sameDayAgain = p.since().equals(on.plusDays(1)) && !EntryTables.slips(c).stream()
                    .filter(s -> s.on().equals(on)).toList().isEmpty();
            if (on.isBefore(p.since()) && !sameDayAgain) {
                throw InputException.whole("slip --on", Dates.longDate(on, now.toLocalDate()) + " is before your period "
                        + "began (" + Dates.longDate(p.since(), now.toLocalDate()) + "); give a day within it.");
            }
            if (sameDayAgain && days.isPresent() && days.getAsInt() != p.days()) {
                return PeriodTable.resize(c, p, days.getAsInt());
            }
            EntryTables.insertSlip(c, new Entry.Slip(on, kind, note, now));
            if (sameDayAgain) {
                return p;
            }
            PeriodTable.end(c, p, on, Period.EndReason.SLIP);
            return PeriodTable.insert(c, on.plusDays(1), days.orElse(p.days()));
        });
    }

    /** Logs an urge, and the message it would have sent in the journal when there is one, together. */
    public void urge(Entry.Urge urge, Optional<String> journalEntry) {
        store.transaction(c -> {
            EntryTables.insertUrge(c, urge);
            if (journalEntry.isPresent()) {
                EntryTables.insertJournal(c, urge.at(), journalEntry.get());
            }
            return null;
        });
    }

    public void heard(LocalDate on, ExContactAbout about, LocalDateTime now) {
        store.transaction(c -> {
            EntryTables.insertHeard(c, on, about, now);
            return null;
        });
    }

    public void journal(LocalDateTime at, String text) {
        store.transaction(c -> {
            EntryTables.insertJournal(c, at, text);
            return null;
        });
    }

    /** Keeps the person's answers (a situation file's text), replacing those kept before. */
    public void keep(String situationJson, LocalDate on) {
        store.transaction(c -> {
            KeptTables.keepSituation(c, situationJson, on);
            return null;
        });
    }

    public void exDates(ExDates dates) {
        store.transaction(c -> {
            KeptTables.setExDates(c, dates);
            return null;
        });
    }
}
