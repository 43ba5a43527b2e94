package org.nocontact.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.nocontact.json.InputException;
import org.nocontact.files.RegularFiles;

/** Where a rule set's files come from: a folder given with --rules, or the set built into the jar. */
public interface RuleFiles {
    InputStream open(String fileName) throws IOException;

    /** How a file is named in messages, e.g. "rules/safety.json". */
    String display(String fileName);

    /** Why a file that exists could not be read, with how to fix it. */
    default InputException unreadable(String fileName, String fix) {
        return InputException.whole(display(fileName), "this file could not be read; " + fix);
    }

    /** The *.json file names there are, for a "did you mean"; empty where that cannot be known. */
    default List<String> names() {
        return List.of();
    }

    /**
     * The files of a rules folder. Each is opened only if it is a regular file in the folder itself: a
     * symbolic link (to a secret elsewhere, say) is not followed, and a named pipe or a device is
     * refused at once instead of waiting on it.
     */
    static RuleFiles folder(Path folder) {
        return new RuleFiles() {
            public InputStream open(String fileName) throws IOException {
                Path file = folder.resolve(fileName);
                if (!RegularFiles.isInside(file, folder)) {
                    throw new NoSuchFileException(file.toString());
                }
                return RegularFiles.open(file);
            }

            public String display(String fileName) {
                return folder.resolve(fileName).toString();
            }

            @Override
            public InputException unreadable(String fileName, String fix) {
                Path file = folder.resolve(fileName);
                return RegularFiles.notRegular(file).filter(what -> !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS))
                        .map(what -> InputException.whole(display(fileName), "this is " + what + ", not an ordinary file; "
                                + "rule files are read only as regular files in the rules folder itself"
                                + (what.equals("a symbolic link") ? " (copy the file there instead of linking to it)." : ".")))
                        .orElseGet(() -> InputException.unreadable(display(fileName), file, fix));
            }

            @Override
            public List<String> names() {
                try (Stream<Path> listing = Files.list(folder)) {
                    return listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
                } catch (IOException e) {
                    return List.of();
                }
            }
        };
    }

    static RuleFiles builtIn() {
        return new RuleFiles() {
            public InputStream open(String fileName) throws IOException {
                InputStream in = RuleFiles.class.getResourceAsStream("/nocontact/rules/" + fileName);
                if (in == null) {
                    throw new NoSuchFileException(display(fileName));
                }
                return in;
            }

            public String display(String fileName) {
                return "built-in rules/" + fileName;
            }
        };
    }
}
