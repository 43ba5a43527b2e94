package org.nocontact.tracker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The two one-row tables: the person's kept answers (a situation file's text) and the ex's dates.
 * Writing either replaces what was kept before.
 */
final class KeptTables {
    private KeptTables() {
    }

    static void keepSituation(Connection c, String situationJson, LocalDate on) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO kept (id, situation, kept_on) VALUES (1, ?, ?)")) {
            s.setString(1, situationJson);
            s.setString(2, on.toString());
            s.executeUpdate();
        }
    }

    static Optional<String> situation(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT situation FROM kept WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
    }

    static void setExDates(Connection c, ExDates dates) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO ex_dates (id, birthday, anniversary) VALUES (1, ?, ?)")) {
            Columns.setText(s, 1, dates.birthday().map(MonthDay::toString));
            Columns.setText(s, 2, dates.anniversary().map(MonthDay::toString));
            s.executeUpdate();
        }
    }

    static ExDates exDates(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT birthday, anniversary FROM ex_dates WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return ExDates.NONE;
            }
            return new ExDates(Columns.text(r, "birthday").map(MonthDay::parse),
                    Columns.text(r, "anniversary").map(MonthDay::parse));
        }
    }
}
