package org.nocontact.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One answer per line from a pipe or a script; questions go to standard error, never to standard output. */
public final class PipedConsole implements Console {
    private final BufferedReader in;
    private final PrintWriter prompts;

    public PipedConsole(InputStream in, PrintWriter prompts) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.prompts = prompts;
    }

    @Override
    public Optional<String> readLine(String prompt) {
        prompts.print(prompt);
        prompts.flush();
        try {
            String line = in.readLine();
            // Echo what was read, so a transcript on standard error reads as a conversation.
            prompts.println(line == null ? "" : line);
            prompts.flush();
            return Optional.ofNullable(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void say(String text) {
        prompts.println(text);
        prompts.flush();
    }

    @Override
    public void close() {
        prompts.flush();
    }
}
