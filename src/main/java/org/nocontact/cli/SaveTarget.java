package org.nocontact.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a situation is saved: a file name as the person typed it ("~" is their home folder), and
 * whether it can be written there, checked before anything depends on it.
 */
final class SaveTarget {
    private SaveTarget() {
    }

    /** The path for a typed name, with a leading ~ as the home folder (a shell would do it, but not after "="). */
    static Path resolve(String typed) {
        String name = typed.trim();
        if (name.equals("~") || name.startsWith("~/")) {
            return Path.of(System.getProperty("user.home") + name.substring(1));
        }
        return Path.of(name);
    }

    /** Why the file cannot be written, in words for the person; empty when it can. */
    static Optional<String> problem(Path path) {
        if (Files.isDirectory(path)) {
            return Optional.of(path + " is a folder; give a file name in it, such as " + path.resolve("my-situation.json") + ".");
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of("the folder " + (folder == null ? path : folder) + " does not exist.");
        }
        try {
            Files.delete(Files.createTempFile(folder, ".nocontact-", ".tmp"));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("I can't write in " + folder + reason(e).map(r -> " (" + r + ")").orElse("") + ".");
        }
    }

    /** A failed write in a few plain words, when there are any. */
    static Optional<String> reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Optional.of("permission denied");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return Optional.of(fs.getReason().toLowerCase(java.util.Locale.ROOT));
        }
        return Optional.empty();
    }
}
