package org.nocontact.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file the way a person's private notes should be written: readable by its owner only,
 * and atomically, so a failure halfway leaves the old file as it was and no partial file behind.
 *
 * <p>The new text goes to a temporary file in the same folder, named {@code .nocontact-PID-RANDOM.tmp}
 * (short, so a legal long target name never fails because of it), which is removed on every way
 * out: a failure, the end of the run, Ctrl-C or SIGTERM (a shutdown hook). A temporary file left by
 * a run that was killed outright (kill -9) is owner-only and hidden, and the next write to that
 * folder removes it once its process is gone.
 *
 * <p>Whether an existing file may be replaced is decided at the last step, atomically: without
 * {@link Replace#ALLOWED} the temporary file is hard-linked to the target name, which fails if any
 * file took that name meanwhile, so two runs saving to one new name cannot both succeed. A target
 * that exists and is not a regular file (a device, a pipe, a folder, a symbolic link) is never
 * replaced.
 */
public final class AtomicFiles {
    /** Whether an existing regular file at the target is replaced. */
    public enum Replace { ALLOWED, NEVER }

    /** The target exists but is not a regular file, so it is left alone. */
    public static final class NotARegularFile extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotARegularFile(Path target) {
            super(target.toString(), null, "not an ordinary file (a device, a pipe, a folder or a link)");
        }
    }

    private static final Pattern TEMP_NAME = Pattern.compile("\\.nocontact-([0-9]{1,10})-[0-9a-f]{12}\\.tmp");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Temporary files of this run not yet moved into place; the shutdown hook removes what is left. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Thread cleanup = new Thread(AtomicFiles::removePending, "nocontact-temporary-files");
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // already shutting down: nothing can be pending yet
        }
    }

    private AtomicFiles() {
    }

    /** Writes or replaces {@code target} (a regular file, when it exists). */
    public static void write(Path target, String text) throws IOException {
        write(target, text, Replace.ALLOWED);
    }

    /**
     * Writes {@code target}; with {@link Replace#NEVER} a file that exists at the final step (even one
     * created a moment ago by another run) is left as it is, with {@link FileAlreadyExistsException}.
     */
    public static void write(Path target, String text, Replace replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        refuseUnlessRegular(absolute);
        Path temp = createPrivateTemp(folder);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            if (replace == Replace.NEVER) {
                placeIfFree(temp, absolute);
            } else {
                refuseUnlessRegular(absolute);
                replace(temp, absolute);
            }
        } finally {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
    }

    /** Whether a file could be created in {@code folder} now: one is made there and removed. */
    public static void probe(Path folder) throws IOException {
        Path temp = createPrivateTemp(folder.toAbsolutePath());
        try {
            Files.delete(temp);
        } finally {
            PENDING.remove(temp);
        }
    }

    /** What is at {@code path}, links not followed; empty when nothing is. */
    public static Optional<BasicFileAttributes> existing(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Whether something other than a regular file (a device, a pipe, a folder, a link) is at {@code path}. */
    public static boolean isSomethingElse(Path path) {
        try {
            return existing(path).map(a -> !a.isRegularFile()).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    private static void refuseUnlessRegular(Path target) throws IOException {
        if (existing(target).map(a -> !a.isRegularFile()).orElse(false)) {
            throw new NotARegularFile(target);
        }
    }

    /**
     * Gives a finished file the target name only if no file has that name: a hard link, which fails on
     * an existing name, so a file that appeared meanwhile is never replaced. The source name stays
     * (the caller removes it), except where there are no hard links and the file is moved.
     */
    public static void placeIfFree(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            // No hard links here (some network and FAT file systems): a move that refuses an existing name.
            Files.move(temp, target);
        }
    }

    private static void replace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Path createPrivateTemp(Path folder) throws IOException {
        removeStaleTemps(folder);
        boolean posix = Files.getFileStore(folder).supportsFileAttributeView("posix");
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            Path temp = folder.resolve(".nocontact-" + ProcessHandle.current().pid() + "-"
                    + HexFormat.of().formatHex(random) + ".tmp");
            PENDING.add(temp);
            try {
                return posix
                        ? Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                PENDING.remove(temp);
                if (attempt > 100) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                PENDING.remove(temp);
                throw e;
            }
        }
    }

    /** Temporary files in {@code folder} of runs that are gone (killed outright): regular files only. */
    private static void removeStaleTemps(Path folder) {
        try (var entries = Files.newDirectoryStream(folder, ".nocontact-*.tmp")) {
            for (Path entry : entries) {
                Matcher name = TEMP_NAME.matcher(entry.getFileName().toString());
                if (name.matches() && isGone(Long.parseLong(name.group(1)))
                        && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed keeps its stale files; they are hidden and owner-only
        }
    }

    private static boolean isGone(long pid) {
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
    }

    private static void removePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // shutting down: nothing more can be done
            }
        }
    }
}
