package org.nocontact.tracker;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** Optional text columns: written as NULL when absent, read back as empty. */
final class Columns {
    private Columns() {
    }

    static void setText(PreparedStatement s, int index, Optional<String> text) throws SQLException {
        if (text.isPresent()) {
            s.setString(index, text.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    static Optional<String> text(ResultSet r, String column) throws SQLException {
        return Optional.ofNullable(r.getString(column));
    }
}
