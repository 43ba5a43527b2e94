package org.nocontact.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.nocontact.interview.SaveTarget;
import org.nocontact.tracker.DataFolder;
import picocli.CommandLine.Option;

/** --data, for every command that reads or writes the tracker (and ask, which offers to keep answers there). */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the tracker in DIR (default: NOCONTACT_DATA, else $XDG_DATA_HOME/nocontact, else "
                    + "~/.local/share/nocontact). Created on first use, readable by you only.")
    Optional<Path> dir = Optional.empty();

    DataFolder folder() {
        return DataFolder.resolve(dir.map(d -> SaveTarget.resolve(d.toString())), System.getenv(),
                SaveTarget.home(System.getenv(), System.getProperty("user.home")));
    }
}
