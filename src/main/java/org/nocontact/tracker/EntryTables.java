package org.nocontact.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.nocontact.json.Named;
import org.nocontact.situation.ExContactAbout;

/** The dated entries as rows: slips, urges (with the message they would have sent), heard-from and the journal. */
final class EntryTables {
    private EntryTables() {
    }

    static void insertSlip(Connection c, Entry.Slip slip) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO slip (on_date, kind, note, logged_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, slip.on().toString());
            s.setString(2, slip.kind().wireName());
            Columns.setText(s, 3, slip.note());
            s.setString(4, slip.loggedAt().toString());
            s.executeUpdate();
        }
    }

    static void insertUrge(Connection c, Entry.Urge urge) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO urge (at, strength, trigger_text, message) VALUES (?, ?, ?, ?)")) {
            s.setString(1, urge.at().toString());
            if (urge.strength().isPresent()) {
                s.setInt(2, urge.strength().getAsInt());
            } else {
                s.setNull(2, Types.INTEGER);
            }
            Columns.setText(s, 3, urge.trigger());
            Columns.setText(s, 4, urge.message());
            s.executeUpdate();
        }
    }

    static void insertHeard(Connection c, LocalDate on, ExContactAbout about, LocalDateTime now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO heard (on_date, about, logged_at) VALUES (?, ?, ?)")) {
            s.setString(1, on.toString());
            s.setString(2, about.wireName());
            s.setString(3, now.toString());
            s.executeUpdate();
        }
    }

    static void insertJournal(Connection c, LocalDateTime at, String text) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO journal (at, body) VALUES (?, ?)")) {
            s.setString(1, at.toString());
            s.setString(2, text);
            s.executeUpdate();
        }
    }

    static List<Entry.Slip> slips(Connection c) throws SQLException {
        List<Entry.Slip> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT on_date, kind, note, logged_at FROM slip ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                list.add(new Entry.Slip(LocalDate.parse(r.getString("on_date")),
                        Named.byName(Entry.SlipKind.class, r.getString("kind")).orElse(Entry.SlipKind.OTHER),
                        Columns.text(r, "note"), LocalDateTime.parse(r.getString("logged_at"))));
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
                        Columns.text(r, "trigger_text"), Columns.text(r, "message")));
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
}
