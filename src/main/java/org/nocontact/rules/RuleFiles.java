package org.nocontact.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.nocontact.json.InputException;

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

    static RuleFiles folder(Path folder) {
        return new RuleFiles() {
            public InputStream open(String fileName) throws IOException {
                return Files.newInputStream(folder.resolve(fileName));
            }

            public String display(String fileName) {
                return folder.resolve(fileName).toString();
            }

            @Override
            public InputException unreadable(String fileName, String fix) {
                return InputException.unreadable(display(fileName), folder.resolve(fileName), fix);
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
