package org.nocontact.interview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A real terminal, through JLine: arrow keys, editing, and the session's earlier answers on the
 * up arrow. The history stays in memory; nothing the person types is written to disk.
 */
public final class TerminalConsole implements Console {
    private final Terminal terminal;
    private final LineReader reader;

    public TerminalConsole() {
        Logger.getLogger("org.jline").setLevel(Level.OFF);
        try {
            terminal = TerminalBuilder.builder().system(true).dumb(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reader = LineReaderBuilder.builder().terminal(terminal).appName("nocontact")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
        reader.unsetOpt(LineReader.Option.AUTO_FRESH_LINE);
    }

    @Override
    public Optional<String> readLine(String prompt) {
        int cut = prompt.lastIndexOf('\n');
        if (cut >= 0) {
            say(prompt.substring(0, cut));
            prompt = prompt.substring(cut + 1);
        }
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (EndOfFileException e) {
            return Optional.empty();
        } catch (UserInterruptException e) {
            throw new Interrupted();
        }
    }

    @Override
    public void say(String text) {
        terminal.writer().println(text);
        terminal.writer().flush();
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // closing a terminal that is going away anyway
        }
    }
}
