package org.nocontact.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Input files that must be what they claim to be: rule files and case files are opened without
 * following a symbolic link, and only when they are regular files, so a link cannot lead the
 * reader to a secret elsewhere, and a named pipe or a device (which would block or never end) is
 * refused at once, before anything waits on it.
 */
public final class RegularFiles {
    private RegularFiles() {
    }

    /** What stands where a regular file was expected. */
    public static final class NotRegular extends FileSystemException {
        private static final long serialVersionUID = 1L;
        private final String what;

        NotRegular(Path file, String what) {
            super(file.toString(), null, "is " + what + ", not an ordinary file");
            this.what = what;
        }

        /** "a symbolic link", "a named pipe (FIFO)", "a device", "a folder" ... */
        public String what() {
            return what;
        }

        public boolean isLink() {
            return what.equals(LINK);
        }
    }

    private static final String LINK = "a symbolic link";
    /** How long an open may wait before the path is looked at again (a regular file opens in microseconds). */
    private static final long LOOK_AGAIN_AFTER_MS = 200;
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    /**
     * Opens {@code file} for reading if it is a regular file itself (not a link to one); else
     * {@link NotRegular}. The file is checked again once open, so a file swapped meanwhile is refused too.
     */
    public static InputStream open(Path file) throws IOException {
        return open(file, () -> { });
    }

    /** As {@link #open(Path)}, with a step between the check and the open: a test swaps the file there. */
    static InputStream open(Path file, Runnable betweenCheckAndOpen) throws IOException {
        BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        refuseUnlessRegular(file, before);
        betweenCheckAndOpen.run();
        SeekableByteChannel channel = openWithoutWaitingOnAPipe(file);
        try {
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            refuseUnlessRegular(file, after);
            if (!Objects.equals(before.fileKey(), after.fileKey())) {
                throw new NotRegular(file, "a file that was replaced while it was being opened");
            }
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return Channels.newInputStream(channel);
    }

    /**
     * Opening a named pipe for reading waits for a writer, maybe for ever, and Java cannot ask not to
     * wait. So the file is opened on a thread of its own; while that open is still waiting, the path
     * is looked at again, and once it is no longer a regular file (a pipe swapped in after the check)
     * it is refused. The waiting thread is a daemon: it never keeps the program from ending, and
     * closes what it opens if it ever gets there after the refusal.
     */
    private static SeekableByteChannel openWithoutWaitingOnAPipe(Path file) throws IOException {
        AtomicBoolean abandoned = new AtomicBoolean();
        FutureTask<SeekableByteChannel> opening = new FutureTask<>(() -> {
            SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            if (abandoned.get()) {
                channel.close();
            }
            return channel;
        });
        Thread opener = new Thread(opening, "nocontact-open");
        opener.setDaemon(true);
        opener.start();
        while (true) {
            try {
                return opening.get(LOOK_AGAIN_AFTER_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                Optional<String> now = notRegular(file);
                if (now.isPresent()) {
                    abandoned.set(true);
                    throw new NotRegular(file, now.get());
                }
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause());
            } catch (InterruptedException interrupted) {
                abandoned.set(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(file + ": interrupted while opening");
            }
        }
    }

    /** What is at {@code path} when it is there and not a regular file itself; empty for a regular file or nothing. */
    public static Optional<String> notRegular(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? Optional.empty() : Optional.of(kind(path, attributes));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code file} lies inside {@code folder} once both are resolved to where they really are
     * (".." and links in the folders on the way included); a missing file is judged by its folder.
     */
    public static boolean isInside(Path file, Path folder) {
        try {
            Path root = folder.toRealPath();
            Path absolute = file.toAbsolutePath().normalize();
            Path parent = absolute.getParent();
            if (parent == null) {
                return false;
            }
            Path real = Files.exists(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
            return real.startsWith(root) && !real.equals(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static void refuseUnlessRegular(Path file, BasicFileAttributes attributes) throws NotRegular {
        if (!attributes.isRegularFile()) {
            throw new NotRegular(file, kind(file, attributes));
        }
    }

    private static String kind(Path path, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return LINK;
        }
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_BITS;
            return switch (type) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | RuntimeException e) {
            return "a pipe, a device or another special file";
        }
    }
}
