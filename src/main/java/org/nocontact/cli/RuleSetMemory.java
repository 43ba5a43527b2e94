package org.nocontact.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.nocontact.analysis.SharedSpaces;
import org.nocontact.files.AtomicFiles;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetSnapshot;
import org.nocontact.situation.Situation;

/**
 * What `rules test` worked out about one rule set, kept between runs: the rule set as loaded and
 * checked (a {@link RuleSetSnapshot}), each profile's partition of the space ({@link SharedSpaces#cuts}),
 * and per profile and case situation the day to look again and the interview replay's outcome
 * ({@link SituationOutcomes}). A run on rules that did not change (while the cases are edited, say)
 * neither parses the JSON, nor cuts the space, nor works out a situation's day or replay again.
 *
 * <p>Made only for rule files seen before: a run on files it has not seen (new, or changed since) only
 * notes them (which files, and a digest of what they hold), and the next run on those very files keeps
 * what it works out. Most runs on new files are the only run on them (a CI job on a fresh machine, an
 * author trying each edit of a rule), and making the memory costs such a run about a tenth of its time
 * for nothing; an author who edits the cases and not the rules gets the memory from the third run on.
 *
 * <p>Never trusted across contents: the memory names every file the loader read, and is used only when
 * those files hold, byte for byte, what they held when it was made, under the same nocontact jar (its
 * path, size, time and version); anything else, or a file that is cut short or corrupt (a checksum
 * guards it), is ignored and made again. It holds no personal data (rule files' derived model, and
 * replay outcomes keyed by a hash of each case's situation), so `forget` does not touch it. One file per
 * rules folder, owner-only and written atomically, in {@code $XDG_CACHE_HOME/nocontact/rule-sets} (else
 * {@code ~/.cache/nocontact/rule-sets}); at most {@link #MAX_FOLDERS} are kept. Used only when nocontact
 * runs from its jar.
 */
final class RuleSetMemory {
    static final int MAX_FOLDERS = 32;
    /** A folder to keep the memories in instead (the build's class-data training uses one of its own). */
    static final String FOLDER_PROPERTY = "nocontact.memory.dir";
    private static final int MAGIC = 0x4e43524d;   // "NCRM"
    private static final int FORMAT = 1;
    private static final int MAX_FILE = 16 << 20;
    private static final String SUFFIX = ".rules";

    private final Path file;
    private final String code;
    /** The folder as given (its files are shown so in messages) and as an absolute path (which names the memory). */
    private final Path given;
    private final Path folder;
    private Optional<byte[]> contents = Optional.empty();
    private List<String> names = List.of();
    private Optional<byte[]> snapshot = Optional.empty();
    /** The profiles' partitions of the rule set's space ({@link SharedSpaces#cuts}). */
    private Optional<byte[]> cuts = Optional.empty();
    private Optional<RuleSet> rules = Optional.empty();
    private final SituationOutcomes outcomes = new SituationOutcomes();
    private boolean changed;
    /** The files were not seen before this run: they are only noted, nothing worked out is kept or read. */
    private boolean noting;

    private RuleSetMemory(Path root, String code, Path folder) {
        this.code = code;
        this.given = folder;
        this.folder = folder.toAbsolutePath().normalize();
        this.file = root.resolve(HexFormat.of().formatHex(RuleFileContents.sha256(code + "\n" + this.folder), 0, 16) + SUFFIX);
    }

    /** The memory of the rules in {@code folder}, where nocontact runs from its jar; else none. */
    static Optional<RuleSetMemory> of(Path folder) {
        String chosen = System.getProperty(FOLDER_PROPERTY, "");
        Path root = chosen.isEmpty() ? root(System.getenv(), System.getProperty("user.home")) : Path.of(chosen);
        return codeIdentity().map(code -> open(root, code, folder));
    }

    /** The memory kept in {@code root} for this code and folder, read and checked (empty when not usable). */
    static RuleSetMemory open(Path root, String code, Path folder) {
        RuleSetMemory memory = new RuleSetMemory(root, code, folder);
        try {
            memory.read();
        } catch (IOException | RuntimeException e) {
            memory.forgetAll();
        }
        return memory;
    }

    /** $XDG_CACHE_HOME/nocontact/rule-sets, else ~/.cache/nocontact/rule-sets. */
    static Path root(Map<String, String> env, String home) {
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        Path base = !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("nocontact").resolve("rule-sets");
    }

    /** The jar nocontact runs from, as its path, size, time and version; empty when it runs from classes. */
    private static Optional<String> codeIdentity() {
        try {
            Path jar = Path.of(RuleSetMemory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            return Optional.of(BuildInfo.version() + "\n" + jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n"
                    + Files.getLastModifiedTime(jar).toMillis());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The rule set as loaded before from these very files, or empty. */
    Optional<RuleSet> ruleSet() {
        if (snapshot.isEmpty()) {
            return Optional.empty();
        }
        Optional<RuleSet> read = RuleSetSnapshot.kept(snapshot.get());
        if (read.isEmpty()) {
            forgetAll();
        }
        read.ifPresent(this::use);
        return read;
    }

    /**
     * Loads the rule set with {@code loader}, remembering which files it read and what they held; when the
     * contents differ from what this memory was made from, the memory starts again, empty.
     */
    RuleSet load(RuleFiles files, Function<RuleFiles, RuleSet> loader) {
        RuleFileContents.Recording recording = new RuleFileContents.Recording(files);
        RuleSet rules = loader.apply(recording);
        if (!recording.consistent()) {
            forgetAll();   // a file changed while it was read: nothing is kept for this run
            return rules;
        }
        byte[] now = RuleFileContents.digest(code, files, recording.read());
        if (contents.isEmpty() || !Arrays.equals(contents.get(), now)) {
            forgetAll();
            contents = Optional.of(now);
            names = List.copyOf(recording.read().keySet());
            noting = true;
            return rules;
        }
        if (snapshot.isEmpty()) {
            snapshot = RuleSetSnapshot.keepable(rules);
            changed = true;
        }
        use(rules);
        return rules;
    }

    /** The rule set this memory is of, from now on: the profiles' partitions kept are its own. */
    private void use(RuleSet loaded) {
        rules = Optional.of(loaded);
        cuts.ifPresent(bytes -> SharedSpaces.keep(loaded, bytes));
    }

    /** A case's day to look again kept for this profile and situation, if one was (and the files are known). */
    Optional<Optional<LocalDate>> day(String profile, Situation situation) {
        return known() ? outcomes.day(profile, situation) : Optional.empty();
    }

    /** Keeps a case's day to look again (worked out in full, within the budget). */
    void dayFound(String profile, Situation situation, Optional<LocalDate> day) {
        changed |= known() && outcomes.dayFound(profile, situation, day);
    }

    /** A replay's outcome kept for this profile and situation, if one was (and the files are known). */
    Optional<Optional<String>> replay(String profile, Situation situation) {
        return known() ? outcomes.replay(profile, situation) : Optional.empty();
    }

    /** Keeps a replay's outcome. */
    void replayed(String profile, Situation situation, Optional<String> problem) {
        changed |= known() && outcomes.replayed(profile, situation, problem);
    }

    /** Files seen before this run: what is worked out on them is kept, and what was kept is read. */
    private boolean known() {
        return contents.isPresent() && !noting;
    }

    /**
     * Writes what is new (of files seen for the first time, only which they are and what they hold),
     * owner-only and atomically; a memory that cannot be kept is simply not kept.
     */
    void keep() {
        if (contents.isEmpty()) {
            return;
        }
        if (rules.isPresent()) {
            byte[] now = SharedSpaces.cuts(rules.get());
            if (cuts.isEmpty() || !Arrays.equals(cuts.get(), now)) {
                cuts = Optional.of(now);
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        try {
            Path root = file.getParent();
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            AtomicFiles.write(file, Base64.getEncoder().encodeToString(bytes()));
            changed = false;
            prune(root);
        } catch (IOException | RuntimeException e) {
            // a cache: the next run works it out again
        }
    }

    private byte[] bytes() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(code);
        out.writeUTF(folder.toString());
        out.writeInt(contents.get().length);
        out.write(contents.get());
        out.writeInt(names.size());
        for (String name : names) {
            out.writeUTF(name);
        }
        out.writeInt(snapshot.map(s -> s.length).orElse(0));
        out.write(snapshot.orElse(new byte[0]));
        out.writeInt(cuts.map(c -> c.length).orElse(0));
        out.write(cuts.orElse(new byte[0]));
        outcomes.write(out);
        out.flush();
        out.writeLong(checksum(buffer.toByteArray(), buffer.size()));
        return buffer.toByteArray();
    }

    private void read() throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_FILE) {
            return;
        }
        byte[] whole = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        if (whole.length < 8 || new DataInputStream(new ByteArrayInputStream(whole, whole.length - 8, 8)).readLong()
                != checksum(whole, whole.length - 8)) {
            return;
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(whole, 0, whole.length - 8));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(code)
                || !in.readUTF().equals(folder.toString())) {
            return;
        }
        byte[] keptContents = in.readNBytes(in.readInt());
        List<String> keptNames = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            keptNames.add(in.readUTF());
        }
        if (!Arrays.equals(keptContents, RuleFileContents.now(code, given, keptNames, MAX_FILE))) {
            return;
        }
        int length = in.readInt();
        byte[] keptSnapshot = in.readNBytes(length);
        int cutsLength = in.readInt();
        byte[] keptCuts = in.readNBytes(cutsLength);
        outcomes.read(in);
        contents = Optional.of(keptContents);
        names = List.copyOf(keptNames);
        snapshot = length > 0 ? Optional.of(keptSnapshot) : Optional.empty();
        cuts = cutsLength > 0 ? Optional.of(keptCuts) : Optional.empty();
    }

    /** A check against a file cut short or altered by accident (its contents are checked apart, by digest). */
    private static long checksum(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue() ^ ((long) length << 32);
    }

    private void forgetAll() {
        contents = Optional.empty();
        names = List.of();
        snapshot = Optional.empty();
        cuts = Optional.empty();
        outcomes.clear();
        changed = true;
    }

    /** Past {@link #MAX_FOLDERS} memories, the least recently written go. */
    private static void prune(Path root) throws IOException {
        List<Path> kept;
        try (var listing = Files.list(root)) {
            kept = listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        if (kept.size() <= MAX_FOLDERS) {
            return;
        }
        List<Path> byAge = new ArrayList<>(kept);
        byAge.sort(Comparator.comparing(p -> {
            try {
                return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }));
        for (Path old : byAge.subList(0, byAge.size() - MAX_FOLDERS)) {
            Files.deleteIfExists(old);
        }
    }
}
