package org.nocontact.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nocontact.files.AtomicFiles;
import org.nocontact.interview.SaveTarget;
import org.nocontact.json.InputException;
import org.nocontact.tracker.Backup;
import org.nocontact.tracker.Kept;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export",
        header = "Write everything in your tracker as one JSON document: your backup.",
        description = {"", "Prints the backup (or writes it to --output FILE, readable by you only). 'nocontact "
                + "import FILE' reads it back into an empty tracker. The format is in docs/tracker.md.", ""},
        exitCodeList = {"0:the backup was written", "1:there is no tracker to export", ExitCodes.WRONG_INPUT,
                ExitCodes.FAULT})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    TrackerOptions tracker;

    @Option(names = {"--output", "-o"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Optional<String> output = Optional.empty();

    @Option(names = "--force", description = "With --output: replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        Optional<Path> target = output.map(SaveTarget::resolve);
        target.ifPresent(this::check);
        Kept kept = tracker.readExisting().orElse(null);
        if (kept == null) {
            tracker.say("There is no tracker in " + tracker.folder().path()
                    + " to export.");
            return ExitCodes.FAILED;
        }
        String json = Backup.export(kept, tracker.today());
        if (target.isEmpty()) {
            tracker.out().print(json);
            return ExitCodes.OK;
        }
        try {
            AtomicFiles.write(target.get(), json);
        } catch (IOException e) {
            throw InputException.whole("--output " + target.get(), "could not be written"
                    + SaveTarget.reason(e).map(r -> " (" + r + ")").orElse("") + "; choose another place.");
        }
        tracker.say("Your backup is in " + target.get() + " (only you can read "
                + "it). Keep it somewhere private.");
        return ExitCodes.OK;
    }

    private void check(Path path) {
        SaveTarget.problem(path).ifPresent(problem -> {
            throw InputException.whole("--output " + path, problem + " Choose another place.");
        });
        if (java.nio.file.Files.exists(path) && !force) {
            throw InputException.whole("--output " + path, "this file exists already; add --force to replace it, "
                    + "or choose another name.");
        }
    }
}
