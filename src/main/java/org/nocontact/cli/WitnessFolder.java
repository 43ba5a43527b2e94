package org.nocontact.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nocontact.authoring.Differ;
import org.nocontact.json.AtomicFiles;
import org.nocontact.json.InputException;
import org.nocontact.situation.SituationWriter;

/**
 * The --witnesses folder of `rules diff`: it holds exactly this run's witnesses, one owner-only file
 * per changed region named PROFILE-N.json. Files of that name left by an earlier run are removed
 * first, so none of them can pass for a witness of this run; nothing else in the folder is touched.
 */
final class WitnessFolder {
    /** The names this class writes: a profile id (as the loader accepts it), a dash, a count from 1. */
    private static final Pattern WITNESS_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}-[1-9][0-9]{0,8}\\.json");

    private final Path folder;

    WitnessFolder(Path folder) {
        this.folder = folder;
    }

    /** Writes one file per change, after removing earlier witnesses; returns the file of each change and how many were removed. */
    Written write(List<Differ.Change> changes) throws IOException {
        prepare();
        int removed = removeEarlierWitnesses();
        Map<Differ.Change, String> files = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Differ.Change change : changes) {
            int n = counts.merge(change.profile(), 1, Integer::sum);
            Path file = folder.resolve(change.profile() + "-" + n + ".json");
            AtomicFiles.write(file, SituationWriter.write(change.witness()));
            files.put(change, file.toString());
        }
        return new Written(files, removed);
    }

    record Written(Map<Differ.Change, String> files, int removedEarlier) {
    }

    static boolean isWitnessName(String fileName) {
        return WITNESS_NAME.matcher(fileName).matches();
    }

    private void prepare() throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw InputException.whole(folder.toString(), "--witnesses needs a folder, not a file.");
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private int removeEarlierWitnesses() throws IOException {
        List<Path> earlier = new ArrayList<>();
        try (var entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                if (isWitnessName(entry.getFileName().toString())
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    earlier.add(entry);
                }
            }
        }
        for (Path file : earlier) {
            Files.delete(file);
        }
        return earlier.size();
    }
}
