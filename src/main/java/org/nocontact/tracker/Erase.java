package org.nocontact.tracker;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nocontact.json.InputException;

/** Erases every trace of the tracker: the database, its WAL, index and journal files, and the empty folder. */
public final class Erase {
    private Erase() {
    }

    static List<Path> files(DataFolder folder) {
        List<Path> files = new ArrayList<>();
        files.add(folder.database());
        Store.companions().forEach(name -> files.add(folder.path().resolve(name)));
        return files;
    }

    public static boolean anything(DataFolder folder) {
        return files(folder).stream().anyMatch(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS));
    }

    public static void all(DataFolder folder) {
        try {
            for (Path file : files(folder)) {
                Files.deleteIfExists(file);
            }
            try {
                Files.deleteIfExists(folder.path());
            } catch (DirectoryNotEmptyException e) {
                // the person keeps other files there: they are not ours to delete
            }
        } catch (IOException e) {
            throw InputException.whole(folder.path().toString(), "I could not erase everything here ("
                    + Errors.plain(e) + "); check the folder's permissions and run 'nocontact forget' again.");
        }
    }
}
