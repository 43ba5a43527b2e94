package org.nocontact.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nocontact.json.InputException;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import picocli.CommandLine.Option;

/** --rules for the authoring tools: a folder, by default ./rules (a rules repository's layout). */
final class RulesDir {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rule set's folder (holding ruleset.json); default: ${DEFAULT-VALUE}.")
    Path dir;

    RuleSet load() {
        return load(dir, "--rules");
    }

    static RuleSet load(Path dir, String option) {
        return RuleSetLoader.load(RuleFiles.folder(folder(dir, option)));
    }

    /** The folder a rules option names, refused with a clear message when it is not one. */
    static Path folder(Path dir, String option) {
        if (!Files.isDirectory(dir)) {
            throw InputException.whole(dir.toString(), Files.exists(dir)
                    ? option + " needs the folder holding ruleset.json, not a file."
                    : "no such folder; check the path given to " + option + ".");
        }
        return dir;
    }
}
