package org.nocontact.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The no-contact periods as rows: begun, ended (early or with a slip), and read back in order. */
final class PeriodTable {
    private PeriodTable() {
    }

    static Period insert(Connection c, LocalDate since, int days) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO period (since, days) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, since.toString());
            s.setInt(2, days);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return new Period(keys.getLong(1), since, days, Optional.empty(), Optional.empty());
            }
        }
    }

    static void end(Connection c, Period p, LocalDate on, Period.EndReason reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE period SET ended_on = ?, end_reason = ? WHERE id = ?")) {
            s.setString(1, on.toString());
            s.setString(2, reason.name().toLowerCase(Locale.ROOT));
            s.setLong(3, p.id());
            s.executeUpdate();
        }
    }

    /** The same period with another length (chosen the day it was begun by a slip). */
    static Period resize(Connection c, Period p, int days) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE period SET days = ? WHERE id = ?")) {
            s.setInt(1, days);
            s.setLong(2, p.id());
            s.executeUpdate();
        }
        return new Period(p.id(), p.since(), days, p.endedOn(), p.reason());
    }

    static List<Period> all(Connection c) throws SQLException {
        List<Period> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, since, days, ended_on, end_reason FROM period ORDER BY id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                list.add(new Period(r.getLong("id"), LocalDate.parse(r.getString("since")), r.getInt("days"),
                        Columns.text(r, "ended_on").map(LocalDate::parse),
                        Columns.text(r, "end_reason").map(x -> Period.EndReason.valueOf(x.toUpperCase(Locale.ROOT)))));
            }
        }
        return list;
    }
}
