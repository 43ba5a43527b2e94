package org.nocontact.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.nocontact.json.InputException;

/**
 * Standard input and output as nocontact uses them, whatever the shell hands over: output is UTF-8
 * whatever the locale (the JSON contract says so, and LANG=C must not turn "é" into "?"), and a
 * failed write is remembered so that the run cannot end with 0; standard input that was closed
 * reads as empty, and one that is a folder is refused.
 */
final class StandardStreams {
    private StandardStreams() {
    }

    /** A writer that remembers why writing failed, for the exit status. */
    static final class Output extends PrintWriter {
        private final Recording recording;

        private Output(Recording recording) {
            super(new OutputStreamWriter(recording, StandardCharsets.UTF_8), true);
            this.recording = recording;
        }

        /** Why a write failed, when one did (call after {@link #checkError()}). */
        Optional<String> failure() {
            return recording.failure;
        }
    }

    static Output out() {
        return new Output(new Recording(new FileOutputStream(FileDescriptor.out)));
    }

    static Output err() {
        return new Output(new Recording(new FileOutputStream(FileDescriptor.err)));
    }

    /** Why standard output failed, if it did: flushes first, so nothing buffered is taken for written. */
    static Optional<String> failure(PrintWriter out) {
        if (!out.checkError()) {
            return Optional.empty();
        }
        return Optional.of(out instanceof Output output ? output.failure().orElse("write error") : "write error");
    }

    /**
     * Standard input. When the shell closed it ({@code <&-}) the JVM's own files take its number, so
     * a file of the JDK there is read as what it is: nothing. A folder there is refused.
     */
    static InputStream in() {
        Optional<Path> source = stdinSource();
        if (source.isPresent() && Files.isDirectory(source.get())) {
            throw InputException.whole("<stdin>", "standard input is a folder; give a file with < FILE, or pipe the text in.");
        }
        if (source.isPresent() && isInsideTheJdk(source.get())) {
            return InputStream.nullInputStream();
        }
        return System.in;
    }

    private static boolean isInsideTheJdk(Path file) {
        try {
            Path jdk = Path.of(System.getProperty("java.home"));
            return file.startsWith(jdk) || file.toRealPath().startsWith(jdk.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** What standard input is, where the system says (Linux); empty for a pipe, a terminal or elsewhere. */
    private static Optional<Path> stdinSource() {
        try {
            Path link = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
            return link.isAbsolute() && Files.exists(link) ? Optional.of(link) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** An output stream that keeps the first reason a write failed. */
    private static final class Recording extends FilterOutputStream {
        private Optional<String> failure = Optional.empty();

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remembered(e);
            }
        }

        private IOException remembered(IOException e) {
            if (failure.isEmpty()) {
                failure = Optional.of(Optional.ofNullable(e.getMessage()).orElse("write error")
                        .toLowerCase(java.util.Locale.ROOT));
            }
            return e;
        }
    }
}
