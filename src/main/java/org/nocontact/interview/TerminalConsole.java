package org.nocontact.interview;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 *
 * <p>JLine takes a moment to set up (it asks the terminal for its settings), so it is built on a
 * second thread while the first lines are printed directly: the first question appears at once.
 */
public final class TerminalConsole implements Console {
    private record Line(Terminal terminal, LineReader reader) {
    }

    private final CompletableFuture<Line> line;
    private final PrintStream direct;

    /**
     * The width the launcher read from the terminal (nocontact.columns), so the first lines can be
     * fitted before JLine is ready; without it they wait for JLine.
     */
    private final Optional<Integer> columnsBeforeReady;

    public TerminalConsole(PrintStream direct) {
        this.direct = direct;
        this.columnsBeforeReady = Optional.ofNullable(System.getProperty("nocontact.columns"))
                .map(c -> Screen.widthFrom(java.util.Map.of("COLUMNS", c)));
        this.line = CompletableFuture.supplyAsync(TerminalConsole::open, task -> {
            Thread thread = new Thread(task, "nocontact-terminal");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static Line open() {
        Logger.getLogger("org.jline").setLevel(Level.OFF);
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("nocontact")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            reader.unsetOpt(LineReader.Option.AUTO_FRESH_LINE);
            return new Line(terminal, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Line ready() {
        try {
            return line.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public Optional<String> readLine(String prompt) {
        int cut = prompt.lastIndexOf('\n');
        if (cut >= 0) {
            say(prompt.substring(0, cut));
            prompt = prompt.substring(cut + 1);
        }
        Line ready = ready();
        try {
            return Optional.of(ready.reader().readLine(prompt));
        } catch (EndOfFileException e) {
            return Optional.empty();
        } catch (UserInterruptException e) {
            throw new Interrupted();
        }
    }

    @Override
    public void say(String text) {
        if (line.isDone() && !line.isCompletedExceptionally()) {
            Terminal terminal = line.join().terminal();
            terminal.writer().println(Screen.fit(text, width(terminal)));
            terminal.writer().flush();
        } else {
            direct.println(Screen.fit(text, columnsBeforeReady.orElseGet(() -> width(ready().terminal()))));
            direct.flush();
        }
    }

    /** Never waits for the terminal: before it is ready, the launcher's width (or COLUMNS, or 80). */
    @Override
    public int width() {
        if (line.isDone() && !line.isCompletedExceptionally()) {
            return width(line.join().terminal());
        }
        return columnsBeforeReady.orElseGet(() -> Screen.widthFrom(System.getenv()));
    }

    /** The terminal's width now (it may have been resized), or COLUMNS, or 80 when it cannot tell. */
    private static int width(Terminal terminal) {
        int columns = terminal.getWidth();
        return columns > 0 ? columns : Screen.widthFrom(System.getenv());
    }

    @Override
    public void close() {
        if (line.isDone() && !line.isCompletedExceptionally()) {
            try {
                line.join().terminal().close();
            } catch (IOException e) {
                // closing a terminal that is going away anyway
            }
        }
    }
}
