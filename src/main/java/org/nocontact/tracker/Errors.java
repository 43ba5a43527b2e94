package org.nocontact.tracker;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import org.nocontact.json.InputException;

/** What went wrong with the person's data, in one line that says what to do about it. */
final class Errors {
    private Errors() {
    }

    static String plain(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A database error as the person can act on it: a damaged or foreign file, a full disk, a folder
     * that cannot be written, a database busy for too long. Anything else is our fault (a bug),
     * and is rethrown as it is.
     */
    static RuntimeException from(SQLException e, DataFolder folder) {
        String text = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
        String where = folder.database().toString();
        if (text.contains("SQLITE_NOTADB") || text.contains("SQLITE_CORRUPT")) {
            return InputException.whole(where, "this file is not a nocontact tracker, or it is damaged. Nothing was "
                    + "changed. Move it away (or run 'nocontact forget'), or use another folder with --data DIR.");
        }
        if (text.contains("SQLITE_FULL")) {
            return InputException.whole(where, "the disk is full, so nothing was changed. Free some space and try "
                    + "again, or use another folder with --data DIR.");
        }
        if (text.contains("SQLITE_READONLY") || text.contains("SQLITE_CANTOPEN") || text.contains("SQLITE_PERM")
                || text.contains("SQLITE_IOERR")) {
            return InputException.whole(where, "I can't write the tracker here, so nothing was changed. Check the "
                    + "folder's permissions, or use another folder with --data DIR.");
        }
        if (text.contains("SQLITE_BUSY") || text.contains("SQLITE_LOCKED")) {
            return InputException.whole(where, "another nocontact command kept the tracker busy for too long; "
                    + "nothing was changed. Try again in a moment.");
        }
        return new IllegalStateException("database: " + e.getMessage(), e);
    }
}
