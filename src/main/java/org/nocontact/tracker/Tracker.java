package org.nocontact.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.nocontact.json.InputException;
import org.nocontact.json.Named;
import org.nocontact.situation.ExContactAbout;

/**
 * What the tracker keeps, read and changed one transaction at a time: the periods, slips, urges,
 * their messages, the journal, the kept situation and the ex's dates.
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
        return new Kept(periods(c), slips(c), urges(c), heard(c), journal(c), keptSituation(c), exDates(c));
    }

    public Period start(LocalDate since, int days, LocalDate today) {
        return store.transaction(c -> {
            Optional<Period> current = Kept.latest(periods(c));
            if (current.isPresent() && current.get().runningOn(today)) {
                Period p = current.get();
                throw InputException.whole("start", "a period is running already, since "
                        + Dates.longDate(p.since(), today) + " (" + days(p) + "). To begin another, end this one "
                        + "first with 'nocontact end'.");
            }
            return insertPeriod(c, since, days);
        });
    }

    /** Ends the running period on {@code on}, by choice. */
    public Period end(LocalDate on) {
        return store.transaction(c -> {
            Period p = Kept.latest(periods(c)).filter(x -> x.runningOn(on))
                    .orElseThrow(() -> InputException.whole("end", "no period is running; 'nocontact start' begins one."));
            endPeriod(c, p, on, Period.EndReason.EARLY);
            return p;
        });
    }

    /**
     * A slip on {@code on}: kept, and the count starts again the next day with the same length.
     * A second slip on the same day is kept without starting again twice.
     * @return the period that begins the next day
     */
    public Period slip(LocalDate on, Entry.SlipKind kind, Optional<String> note, LocalDateTime now) {
        return store.transaction(c -> {
            Period p = Kept.latest(periods(c)).orElseThrow(() -> InputException.whole("slip",
                    "no period has been started yet; 'nocontact start' begins one."));
            boolean sameDayAgain = p.since().equals(on.plusDays(1)) && !slips(c).stream()
                    .filter(s -> s.on().equals(on)).toList().isEmpty();
            if (on.isBefore(p.since()) && !sameDayAgain) {
                throw InputException.whole("slip --on", Dates.longDate(on, now.toLocalDate()) + " is before your period "
                        + "began (" + Dates.longDate(p.since(), now.toLocalDate()) + "); give a day within it.");
            }
            insertSlip(c, new Entry.Slip(on, kind, note, now));
            if (sameDayAgain) {
                return p;
            }
            endPeriod(c, p, on, Period.EndReason.SLIP);
            return insertPeriod(c, on.plusDays(1), p.days());
        });
    }

    static void insertSlip(Connection c, Entry.Slip slip) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO slip (on_date, kind, note, logged_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, slip.on().toString());
            s.setString(2, slip.kind().wireName());
            setText(s, 3, slip.note());
            s.setString(4, slip.loggedAt().toString());
            s.executeUpdate();
        }
    }

    /** Logs an urge, and the message it would have sent in the journal when there is one, together. */
    public void urge(Entry.Urge urge, Optional<String> journalEntry) {
        store.transaction(c -> {
            insertUrge(c, urge);
            if (journalEntry.isPresent()) {
                insertJournal(c, urge.at(), journalEntry.get());
            }
            return null;
        });
    }

    static void insertUrge(Connection c, Entry.Urge urge) throws SQLException {
        {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO urge (at, strength, trigger_text, message) VALUES (?, ?, ?, ?)")) {
                s.setString(1, urge.at().toString());
                if (urge.strength().isPresent()) {
                    s.setInt(2, urge.strength().getAsInt());
                } else {
                    s.setNull(2, Types.INTEGER);
                }
                setText(s, 3, urge.trigger());
                setText(s, 4, urge.message());
                s.executeUpdate();
            }
        }
    }

    public void heard(LocalDate on, ExContactAbout about, LocalDateTime now) {
        store.transaction(c -> {
            insertHeard(c, on, about, now);
            return null;
        });
    }

    static void insertHeard(Connection c, LocalDate on, ExContactAbout about, LocalDateTime now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO heard (on_date, about, logged_at) VALUES (?, ?, ?)")) {
            s.setString(1, on.toString());
            s.setString(2, about.wireName());
            s.setString(3, now.toString());
            s.executeUpdate();
        }
    }

    public void journal(LocalDateTime at, String text) {
        store.transaction(c -> {
            insertJournal(c, at, text);
            return null;
        });
    }

    static void insertJournal(Connection c, LocalDateTime at, String text) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO journal (at, body) VALUES (?, ?)")) {
            s.setString(1, at.toString());
            s.setString(2, text);
            s.executeUpdate();
        }
    }

    /** Keeps the person's answers (a situation file's text), replacing those kept before. */
    public void keep(String situationJson, LocalDate on) {
        store.transaction(c -> {
            keep(c, situationJson, on);
            return null;
        });
    }

    static void keep(Connection c, String situationJson, LocalDate on) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO kept (id, situation, kept_on) VALUES (1, ?, ?)")) {
            s.setString(1, situationJson);
            s.setString(2, on.toString());
            s.executeUpdate();
        }
    }

    public void exDates(ExDates dates) {
        store.transaction(c -> {
            setExDates(c, dates);
            return null;
        });
    }

    static void setExDates(Connection c, ExDates dates) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO ex_dates (id, birthday, anniversary) VALUES (1, ?, ?)")) {
            setText(s, 1, dates.birthday().map(MonthDay::toString));
            setText(s, 2, dates.anniversary().map(MonthDay::toString));
            s.executeUpdate();
        }
    }

    private static String days(Period p) {
        return p.days() + " days";
    }

    static Period insertPeriod(Connection c, LocalDate since, int days) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO period (since, days) VALUES (?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, since.toString());
            s.setInt(2, days);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new Period(keys.getLong(1), since, days, Optional.empty(), Optional.empty());
            }
        }
    }

    static void endPeriod(Connection c, Period p, LocalDate on, Period.EndReason reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE period SET ended_on = ?, end_reason = ? WHERE id = ?")) {
            s.setString(1, on.toString());
            s.setString(2, reason.name().toLowerCase(java.util.Locale.ROOT));
            s.setLong(3, p.id());
            s.executeUpdate();
        }
    }

    static void setText(PreparedStatement s, int index, Optional<String> text) throws SQLException {
        if (text.isPresent()) {
            s.setString(index, text.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    private static Optional<String> text(ResultSet r, String column) throws SQLException {
        return Optional.ofNullable(r.getString(column));
    }

    static List<Period> periods(Connection c) throws SQLException {
        List<Period> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, since, days, ended_on, end_reason FROM period ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                list.add(new Period(r.getLong("id"), LocalDate.parse(r.getString("since")), r.getInt("days"),
                        text(r, "ended_on").map(LocalDate::parse),
                        text(r, "end_reason").map(x -> Period.EndReason.valueOf(x.toUpperCase(java.util.Locale.ROOT)))));
            }
        }
        return list;
    }

    static List<Entry.Slip> slips(Connection c) throws SQLException {
        List<Entry.Slip> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT on_date, kind, note, logged_at FROM slip ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                list.add(new Entry.Slip(LocalDate.parse(r.getString("on_date")),
                        Named.byName(Entry.SlipKind.class, r.getString("kind")).orElse(Entry.SlipKind.OTHER),
                        text(r, "note"), LocalDateTime.parse(r.getString("logged_at"))));
            }
        }
        return list;
    }

    static List<Entry.Urge> urges(Connection c) throws SQLException {
        List<Entry.Urge> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT at, strength, trigger_text, message FROM urge ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                int strength = r.getInt("strength");
                OptionalInt given = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(strength);
                list.add(new Entry.Urge(LocalDateTime.parse(r.getString("at")), given,
                        text(r, "trigger_text"), text(r, "message")));
            }
        }
        return list;
    }

    static List<Entry.Heard> heard(Connection c) throws SQLException {
        List<Entry.Heard> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT on_date, about, logged_at FROM heard ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                list.add(new Entry.Heard(LocalDate.parse(r.getString("on_date")),
                        Named.byName(ExContactAbout.class, r.getString("about")).orElse(ExContactAbout.PERSONAL),
                        LocalDateTime.parse(r.getString("logged_at"))));
            }
        }
        return list;
    }

    static List<Entry.Journal> journal(Connection c) throws SQLException {
        List<Entry.Journal> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT at, body FROM journal ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                list.add(new Entry.Journal(LocalDateTime.parse(r.getString("at")), r.getString("body")));
            }
        }
        return list;
    }

    static Optional<String> keptSituation(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT situation FROM kept WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
    }

    static ExDates exDates(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT birthday, anniversary FROM ex_dates WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return ExDates.NONE;
            }
            return new ExDates(text(r, "birthday").map(MonthDay::parse), text(r, "anniversary").map(MonthDay::parse));
        }
    }
}
