package org.nocontact.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nocontact.authoring.Differ;
import org.nocontact.files.AtomicFiles;
import org.nocontact.json.InputException;
import org.nocontact.files.RegularFiles;
import org.nocontact.situation.SituationWriter;

/**
 * The --witnesses folder of `rules diff`: it holds exactly this run's witnesses, one owner-only file
 * per changed region named PROFILE-N.json, and a manifest ({@value #MANIFEST}) naming them.
 *
 * <p>Only what nocontact wrote is ever removed: the folder must be new, empty, or one that a
 * previous run wrote (it has the manifest), and of its files only those the manifest names are
 * replaced; nothing else in it is touched, whatever its name. The new set is written into a
 * private folder inside first and moved in only once it is whole, so a full disk leaves the
 * earlier set as it was.
 */
final class WitnessFolder {
    /** The names this class writes: a profile id (as the loader accepts it), a dash, a count from 1. */
    private static final Pattern WITNESS_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}-[1-9][0-9]{0,8}\\.json");
    static final String MANIFEST = ".nocontact-witnesses";
    private static final String MANIFEST_HEADING = "# Written by 'nocontact rules diff --witnesses'; "
            + "its next run replaces the files listed here, and only those.";

    private final Path folder;

    WitnessFolder(Path folder) {
        this.folder = folder;
    }

    /** Writes one file per change in place of the previous run's; returns the file of each change and how many were removed. */
    Written write(List<Differ.Change> changes) throws IOException {
        List<String> earlier = prepare();
        Map<Differ.Change, String> names = names(changes);
        if (changes.isEmpty() && earlier.isEmpty() && !Files.exists(folder.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
            return new Written(Map.of(), 0);
        }
        for (String name : names.values()) {
            if (!earlier.contains(name) && Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                throw refused(name + " is there already and was not written by nocontact; it is left alone");
            }
        }
        Path staging = stage(changes, names);
        int removed = 0;
        try {
            for (String name : earlier) {
                Path old = folder.resolve(name);
                if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(old);
                    removed++;
                }
            }
            for (String name : names.values()) {
                AtomicFiles.placeIfFree(staging.resolve(name), folder.resolve(name));
            }
            Files.move(staging.resolve(MANIFEST), folder.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            removeStaging(staging, names);
        }
        Map<Differ.Change, String> files = new LinkedHashMap<>();
        names.forEach((change, name) -> files.put(change, folder.resolve(name).toString()));
        return new Written(files, removed);
    }

    record Written(Map<Differ.Change, String> files, int removedEarlier) {
    }

    static boolean isWitnessName(String fileName) {
        return WITNESS_NAME.matcher(fileName).matches();
    }

    private static Map<Differ.Change, String> names(List<Differ.Change> changes) {
        Map<Differ.Change, String> names = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Differ.Change change : changes) {
            int n = counts.merge(change.profile(), 1, Integer::sum);
            names.put(change, change.profile() + "-" + n + ".json");
        }
        return names;
    }

    /** Makes the folder if needed; returns the witnesses the previous run wrote (empty for a new folder). */
    private List<String> prepare() throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw InputException.whole(folder.toString(), "--witnesses needs a folder, not a file.");
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            return List.of();
        }
        Path manifest = folder.resolve(MANIFEST);
        Optional<String> other = RegularFiles.notRegular(manifest);
        if (other.isPresent()) {
            throw refused(MANIFEST + " is " + other.get() + ", not the list nocontact writes");
        }
        if (Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return Files.readAllLines(manifest).stream().filter(WitnessFolder::isWitnessName).toList();
        }
        try (var entries = Files.list(folder)) {
            if (entries.anyMatch(entry -> !entry.getFileName().toString().startsWith(".nocontact-"))) {
                throw refused("it has files that nocontact did not write, and none of them is touched");
            }
        }
        return List.of();
    }

    private InputException refused(String why) {
        return InputException.whole(folder.toString(), "--witnesses: " + why + "; give a new or empty folder "
                + "(or one an earlier rules diff wrote).");
    }

    /** The new witnesses and manifest, written whole in a private folder beside them, or nothing at all. */
    private Path stage(List<Differ.Change> changes, Map<Differ.Change, String> names) throws IOException {
        Path staging;
        try {
            staging = Files.createTempDirectory(folder, ".nocontact-staging-");
        } catch (IOException e) {
            throw notWritten(e);
        }
        try {
            for (Differ.Change change : changes) {
                AtomicFiles.write(staging.resolve(names.get(change)), SituationWriter.write(change.witness()));
            }
            AtomicFiles.write(staging.resolve(MANIFEST), MANIFEST_HEADING + "\n"
                    + String.join("\n", names.values()) + (names.isEmpty() ? "" : "\n"));
            return staging;
        } catch (IOException e) {
            removeStaging(staging, names);
            throw notWritten(e);
        }
    }

    private InputException notWritten(IOException e) {
        return InputException.whole(folder.toString(), "--witnesses: the witnesses could not be written"
                + SaveTarget.reason(e).map(r -> " (" + r + ")").orElse("") + "; the folder is as it was before this run.");
    }

    /** Removes the private folder and what this run put in it, and only that. */
    private static void removeStaging(Path staging, Map<Differ.Change, String> names) {
        List<String> ours = new ArrayList<>(names.values());
        ours.add(MANIFEST);
        try {
            for (String name : ours) {
                Files.deleteIfExists(staging.resolve(name));
            }
            Files.deleteIfExists(staging);
        } catch (IOException e) {
            // a hidden, owner-only folder stays behind; the next run ignores it
        }
    }
}
