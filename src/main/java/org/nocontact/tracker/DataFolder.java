package org.nocontact.tracker;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.nocontact.json.InputException;

/**
 * Where the tracker keeps the person's data: {@code --data DIR}, else {@code NOCONTACT_DATA}, else
 * {@code $XDG_DATA_HOME/nocontact}, else {@code ~/.local/share/nocontact}. Nothing is created until
 * a command writes (and then readable by the owner only); reading never creates it.
 */
public record DataFolder(Path path, String source) {
    /** The database file's name inside the folder. */
    public static final String DATABASE = "tracker.db";

    public static DataFolder resolve(Optional<Path> option, Map<String, String> env, String home) {
        if (option.isPresent()) {
            return new DataFolder(option.get().toAbsolutePath(), "--data");
        }
        String data = env.get("NOCONTACT_DATA");
        if (data != null && !data.isBlank()) {
            return new DataFolder(Path.of(data).toAbsolutePath(), "NOCONTACT_DATA");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new DataFolder(Path.of(xdg, "nocontact"), "XDG_DATA_HOME");
        }
        return new DataFolder(Path.of(home, ".local", "share", "nocontact"), "the data folder");
    }

    public Path database() {
        return path.resolve(DATABASE);
    }

    /** Whether the person has a tracker database here (nothing is created by asking). */
    public boolean hasDatabase() {
        return Files.isRegularFile(database(), LinkOption.NOFOLLOW_LINKS);
    }

    /** Creates the folder (0700) and an empty database file (0600) when they do not exist yet. */
    void prepare() {
        try {
            if (!Files.isDirectory(path)) {
                Path parent = path.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try {
                    Files.createDirectory(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (FileAlreadyExistsException e) {
                    // made by another command at the same moment
                }
            }
            if (!Files.exists(database(), LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createFile(database(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (FileAlreadyExistsException e) {
                    // made by another command at the same moment
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw InputException.whole(path.toString(), "I can't create the data folder here ("
                    + Errors.plain(e) + "). Give another folder with --data DIR or NOCONTACT_DATA.");
        }
    }
}
