package org.nocontact.interview;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.nocontact.files.AtomicFiles;
import org.nocontact.text.Texts;

/**
 * Where a situation is saved: a file name as the person typed it ("~" is their home folder), and
 * whether it can be written there, checked before anything depends on it.
 */
public final class SaveTarget {
    private SaveTarget() {
    }

    /** The path for a typed name, with a leading ~ as the home folder (a shell would do it, but not after "="). */
    public static Path resolve(String typed) {
        return resolve(typed, home(System.getenv(), System.getProperty("user.home")));
    }

    static Path resolve(String typed, String home) {
        String name = typed.trim();
        if (name.equals("~") || name.startsWith("~/")) {
            return Path.of(home + name.substring(1));
        }
        return Path.of(name);
    }

    /**
     * The person's home folder as their shell has it: $HOME when it is set to an absolute path, as the shell's own ~
     * reads it; else the account's home, which is all Java reads (user.home), and which $HOME may differ from.
     */
    public static String home(java.util.Map<String, String> env, String userHome) {
        String home = env.getOrDefault("HOME", "");
        return !home.isBlank() && Path.of(home).isAbsolute() ? home : userHome;
    }

    /** Why the file cannot be written, in words for the person; empty when it can. */
    public static Optional<String> problem(Path path) {
        if (Files.isDirectory(path)) {
            return Optional.of(shown(path) + " is a folder; give a file name in it, such as "
                    + shown(path.resolve("my-situation.json")) + ".");
        }
        if (AtomicFiles.isSomethingElse(path)) {
            return Optional.of(shown(path) + " is not an ordinary file (a device, a pipe or a link); nothing is written there.");
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of("the folder " + shown(folder == null ? path : folder) + " does not exist.");
        }
        try {
            AtomicFiles.probe(folder);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("I can't write in " + shown(folder) + reason(e).map(r -> " (" + r + ")").orElse("") + ".");
        }
    }

    /** A file name as it may be shown on a terminal: control characters in it are written out, never sent. */
    public static String shown(Path path) {
        return Texts.printable(path.toString());
    }

    /** A failed write in a few plain words, when there are any. */
    public static Optional<String> reason(IOException e) {
        if (e instanceof AtomicFiles.NotARegularFile) {
            return Optional.of("it is not an ordinary file, so it was left alone");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return Optional.of("a file of that name appeared meanwhile, so it was left alone");
        }
        if (e instanceof AccessDeniedException) {
            return Optional.of("permission denied");
        }
        if (e instanceof FileSystemException fs) {
            return Optional.ofNullable(fs.getReason()).map(reason -> reason.toLowerCase(java.util.Locale.ROOT));
        }
        // a failed write says why in its message alone ("No space left on device")
        return Optional.ofNullable(e.getMessage()).filter(m -> !m.isBlank() && m.length() <= 80)
                .map(m -> m.toLowerCase(java.util.Locale.ROOT));
    }
}
