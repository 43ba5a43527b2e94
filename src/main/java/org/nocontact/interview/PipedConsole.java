package org.nocontact.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.nocontact.terminal.Screen;

/** One answer per line from a pipe or a script; questions go to standard error, never to standard output. */
public final class PipedConsole implements Console {
    /**
     * One reader per input stream: a reader reads ahead, so a second console on the same standard input
     * (urge runs ask, then asks about the urge) must go on from where the first stopped, not after its buffer.
     */
    private static final Map<InputStream, BufferedReader> READERS = Collections.synchronizedMap(new WeakHashMap<>());

    private final BufferedReader in;
    private final PrintWriter prompts;

    private final int width;

    /** Text is fitted to the width {@link Screen} decides (COLUMNS, when the shell exported it, or else 80 columns). */
    public PipedConsole(InputStream in, PrintWriter prompts) {
        this(in, prompts, Screen.width());
    }

    public PipedConsole(InputStream in, PrintWriter prompts, int width) {
        this.in = READERS.computeIfAbsent(in, stream -> new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
        this.prompts = prompts;
        this.width = width;
    }

    /** A longer line is cut here (and refused by the interview as too long), so no input can fill memory. */
    static final int MAX_LINE = 4096;

    @Override
    public Optional<String> readLine(String prompt) {
        prompts.print(LineWrapping.fit(prompt, width));
        prompts.flush();
        try {
            String line = boundedLine();
            // Echo what was read, so a transcript on standard error reads as a conversation.
            prompts.println(line == null ? "" : org.nocontact.text.Texts.printable(
                    org.nocontact.text.Texts.abbreviate(line, 200)));
            prompts.flush();
            return Optional.ofNullable(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like readLine, but keeps at most MAX_LINE + 1 characters of a line; null at the end of input. */
    private String boundedLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        boolean any = false;
        while ((c = in.read()) >= 0) {
            any = true;
            if (c == '\n') {
                break;
            }
            if (line.length() <= MAX_LINE) {
                line.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    @Override
    public void say(String text) {
        prompts.println(LineWrapping.fit(text, width));
        prompts.flush();
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void close() {
        prompts.flush();
    }
}
