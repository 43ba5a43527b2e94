package org.nocontact.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where a rule set's files come from: a folder given with --rules, or the set built into the jar. */
public interface RuleFiles {
    InputStream open(String fileName) throws IOException;

    /** How a file is named in messages, e.g. "rules/safety.json". */
    String display(String fileName);

    static RuleFiles folder(Path folder) {
        return new RuleFiles() {
            public InputStream open(String fileName) throws IOException {
                return Files.newInputStream(folder.resolve(fileName));
            }

            public String display(String fileName) {
                return folder.resolve(fileName).toString();
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
