package org.nocontact.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nocontact.interview.SaveTarget;
import org.nocontact.json.InputException;
import org.nocontact.tracker.Backup;
import org.nocontact.tracker.Kept;
import org.nocontact.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import",
        header = "Read a backup made by 'nocontact export' into an empty tracker.",
        description = {"", "All of it is read, or nothing: a file with a problem changes nothing, and a tracker "
                + "that already holds something is left as it is.", ""},
        exitCodeList = {"0:the backup was read", ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class ImportCommand implements Callable<Integer> {
    /** A backup larger than this is refused before it is read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Mixin
    TrackerOptions tracker;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file.")
    String file;

    @Override
    public Integer call() {
        Path path = SaveTarget.resolve(file);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
                throw InputException.whole(file, Files.exists(path) ? "this is not an ordinary file; give the file "
                        + "'nocontact export' wrote." : "no such file; check the path.");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw InputException.whole(file, "this file is larger than a backup can be (64 MiB).");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw InputException.unreadable(file, path, "give the file 'nocontact export' wrote.");
        }
        Kept kept;
        try (Tracker t = tracker.open()) {
            kept = Backup.importInto(t.store(), bytes, file);
        }
        tracker.print("Read back: " + kept.periods().size() + " period(s), "
                + kept.slips().size() + " slip(s), " + kept.urges().size() + " urge(s), " + kept.heard().size()
                + " message(s) from them, " + kept.journal().size() + " journal entr"
                + (kept.journal().size() == 1 ? "y" : "ies") + (kept.situation().isPresent() ? ", and your kept answers."
                : "."));
        return ExitCodes.OK;
    }
}
