package org.nocontact.tracker;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.nocontact.json.InputException;
import org.sqlite.SQLiteConfig;

/**
 * The person's tracker database: one SQLite file in their data folder, in WAL mode with a busy
 * timeout (two commands at once both succeed), where each command's changes are one transaction
 * (a process killed halfway leaves the last good state). The SQLite driver, and its native
 * library, are loaded only when a store is opened: nothing else in nocontact refers to them.
 */
public final class Store implements AutoCloseable {
    /** How long a command waits for another one to finish writing. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    private final DataFolder folder;
    private final Connection connection;

    private Store(DataFolder folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Opens the tracker, creating the folder and the database on first use. */
    public static Store open(DataFolder folder) {
        folder.prepare();
        return connect(folder);
    }

    /** Opens the tracker if there is one; never creates anything. */
    public static Optional<Store> openExisting(DataFolder folder) {
        return folder.hasDatabase() ? Optional.of(connect(folder)) : Optional.empty();
    }

    private static Store connect(DataFolder folder) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + folder.database());
        } catch (SQLException e) {
            throw Errors.from(e, folder);
        }
        Store store = new Store(folder, connection);
        try {
            store.migrate();
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    public DataFolder folder() {
        return folder;
    }

    /** Runs {@code work} as one transaction: all of it is kept, or none. */
    public <T> T transaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Errors.from(e, folder);
        }
    }

    /**
     * Refuses a newer or a foreign database before anything is changed in it, then turns on WAL and
     * brings an older one up to date, in one transaction.
     */
    private void migrate() {
        transaction(this::checkVersion);
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
        } catch (SQLException e) {
            throw Errors.from(e, folder);
        }
        transaction(c -> {
            int version = checkVersion(c);
            try (Statement s = c.createStatement()) {
                for (int step = version; step < Schema.VERSION; step++) {
                    for (String sql : Schema.MIGRATIONS.get(step)) {
                        s.executeUpdate(sql);
                    }
                }
                if (version < Schema.VERSION) {
                    s.executeUpdate("PRAGMA application_id = " + Schema.APPLICATION_ID);
                    s.executeUpdate("PRAGMA user_version = " + Schema.VERSION);
                }
            }
            return null;
        });
    }

    /** The database's version, when it is one of ours that this version reads (0 for a new, empty file). */
    private int checkVersion(Connection c) throws SQLException {
        {
            int version = intPragma(c, "user_version");
            int application = intPragma(c, "application_id");
            if (version == 0 && (application != 0 || hasTables(c))) {
                throw InputException.whole(folder.database().toString(), "this file is not a nocontact tracker. "
                        + "Nothing was changed. Move it away, or use another folder with --data DIR.");
            }
            if (version > 0 && application != Schema.APPLICATION_ID) {
                throw InputException.whole(folder.database().toString(), "this file is not a nocontact tracker. "
                        + "Nothing was changed. Move it away, or use another folder with --data DIR.");
            }
            if (version > Schema.VERSION) {
                throw InputException.whole(folder.database().toString(), "this tracker was written by a newer "
                        + "nocontact (data version " + version + "; this one reads up to " + Schema.VERSION
                        + "). Nothing was changed. Use that version (its 'nocontact export' makes a backup), "
                        + "or another folder with --data DIR.");
            }
            return version;
        }
    }

    static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return r.next() && r.getInt(1) > 0;
        }
    }

    /** The files SQLite keeps beside the database: the write-ahead log, its index, a rollback journal. */
    static List<String> companions() {
        return List.of(DataFolder.DATABASE + "-wal", DataFolder.DATABASE + "-shm", DataFolder.DATABASE + "-journal");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing after a failure: the transaction was already rolled back
        }
    }
}
