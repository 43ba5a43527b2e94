package org.nocontact.interview;

import java.io.IOError;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.Widget;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.nocontact.terminal.Screen;

/**
 * A real terminal, through JLine: arrow keys, editing, and the session's earlier answers on the
 * up arrow. The history stays in memory; nothing the person types is written to disk.
 *
 * <p>JLine takes a moment to set up (it asks the terminal for its settings), so it is built on a
 * second thread while the first lines are printed directly: the first question appears at once.
 */
public final class TerminalConsole implements Console {
    /** The terminal, its reader, and its settings before we took it over (restored on close). */
    private record Line(Terminal terminal, LineReader reader, Attributes before) {
    }

    /**
     * Ctrl-C pressed while no question was waiting (between two prompts): kept for the next one, so
     * it is never lost and never has to be pressed again.
     */
    private static final AtomicBoolean CTRL_C_WAITING = new AtomicBoolean(false);

    /** Whether the line being read came (in part) from a terminal paste (bracketed), which JLine reads as one insert. */
    private static final AtomicBoolean PASTE_SEEN = new AtomicBoolean(false);

    private final CompletableFuture<Line> line;
    private final PrintStream direct;
    /**
     * Ctrl-C's handler before this console took it: from the start, not only once the line editor is ready (the
     * first question is printed before), Ctrl-C is kept for the first prompt, which stops saying so and gives the
     * help line; the JVM's own exit would say nothing. Put back on close.
     */
    private final Object ctrlCBefore;

    /**
     * The width the launcher read from the terminal (nocontact.columns), so the first lines can be
     * fitted before JLine is ready; without it they wait for JLine.
     */
    private final Optional<Integer> columnsBeforeReady;

    /**
     * The terminal's width as it closed: Ctrl-C's "stopped" and help lines are fitted after the console is closed
     * (a closed terminal tells nothing), and must fit the same screen as the questions.
     */
    private volatile Optional<Integer> columnsAtClose = Optional.empty();

    public TerminalConsole(PrintStream direct) {
        this(direct, Screen.terminalColumns(), () -> TerminalBuilder.builder().system(true).dumb(true)
                .graphemeCluster(false) // no probe of the terminal: it would read, and lose, what is typed ahead
                .signalHandler(TerminalConsole::whileOpening)
                .encoding(typedIn(org.nocontact.text.StandIns.ofStandardOutput())).build());
    }

    /**
     * The encoding typed text is read in: the locale's, unless the locale says ASCII (LANG=C), where it is
     * UTF-8, as terminals send it ("café", curly quotes and emoji are read, not '?'). ASCII is UTF-8 too, so
     * nothing typed in ASCII reads differently. What is printed keeps its stand-ins ({@link #fit}).
     */
    static Charset typedIn(Charset locale) {
        return locale.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8
                : locale;
    }

    /** A terminal that opens with {@code terminal} (the process's own, or in a test one over streams). */
    TerminalConsole(PrintStream direct, Optional<Integer> columnsBeforeReady, Opening terminal) {
        this.direct = direct;
        this.columnsBeforeReady = columnsBeforeReady;
        this.ctrlCBefore = org.jline.utils.Signals.register("INT", () -> CTRL_C_WAITING.set(true));
        this.line = CompletableFuture.supplyAsync(() -> open(terminal), task -> {
            Thread thread = new Thread(task, "nocontact-terminal");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Opens the terminal (JLine asks it for its settings, which takes a moment). */
    interface Opening {
        Terminal open() throws IOException;
    }

    private static Line open(Opening opening) {
        Logger.getLogger("org.jline").setLevel(Level.OFF);
        try {
            Terminal terminal = opening.open();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("nocontact")
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .build();
            reader.unsetOpt(LineReader.Option.AUTO_FRESH_LINE);
            Widget paste = reader.getWidgets().get(LineReader.BEGIN_PASTE);
            reader.getWidgets().put(LineReader.BEGIN_PASTE, () -> {
                PASTE_SEEN.set(true);
                return paste.apply();
            });
            // Raw for the whole conversation, not only while a question waits: a key pressed before the
            // next prompt appears (Ctrl-D, or an answer typed ahead) stays in the input for that prompt.
            Attributes before = terminal.enterRawMode();
            terminal.handle(Terminal.Signal.INT, signal -> CTRL_C_WAITING.set(true));
            for (Terminal.Signal other : Terminal.Signal.values()) {
                if (other != Terminal.Signal.INT) {
                    terminal.handle(other, Terminal.SignalHandler.SIG_DFL); // Ctrl-Z and the rest as usual, once open
                }
            }
            return new Line(terminal, reader, before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Signals while the terminal opens: JLine would give Ctrl-C its default (the process ends, killed, saying
     * nothing) until this console takes it; kept for the first prompt instead, as before and after.
     */
    private static void whileOpening(Terminal.Signal signal) {
        if (signal == Terminal.Signal.INT) {
            CTRL_C_WAITING.set(true);
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
    public Optional<String> readLine(String shown) {
        // Wrapped here, prompt line included: a long default keeps its ">" beside it, never alone below.
        String prompt = LineWrapping.fit(fit(shown), width());
        int cut = prompt.lastIndexOf('\n');
        if (cut >= 0) {
            say(prompt.substring(0, cut));
            prompt = prompt.substring(cut + 1);
        }
        try {
            Line ready = ready();
            if (CTRL_C_WAITING.getAndSet(false)) {
                throw new Interrupted();
            }
            PASTE_SEEN.set(false);
            String typed = ready.reader().readLine(prompt);
            if (Thread.interrupted()) {
                // JLine answers Ctrl-C during a question by interrupting this thread; if the line was
                // already complete (typed just before the key), readLine returns it and the interrupt
                // would be left for nobody to see. It is still Ctrl-C.
                throw new Interrupted();
            }
            return Optional.of(pasted(typed, PASTE_SEEN.getAndSet(false)));
        } catch (EndOfFileException e) {
            return Optional.empty();
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (IOError | CompletionException e) {
            // Ctrl-C reaches the whole foreground group: it can stop the stty that JLine runs to set the
            // terminal up, just as the key is pressed. It is still Ctrl-C, never a stack trace.
            throw new Interrupted();
        }
    }

    /**
     * A paste (bracketed) arrives as one line with its line breaks; they are kept as they were typed.
     * A paste of one line ends with its line break ("hey hope you're ok\n"), so a question that takes
     * several lines (a draft) knows the paste was the whole of it and needs no empty line after it.
     */
    private static String pasted(String line, boolean paste) {
        String kept = line.replace("\r\n", "\n").replace('\r', '\n');
        return paste && !kept.isBlank() && !kept.contains("\n") ? kept + "\n" : kept;
    }

    /** The text with plain stand-ins where the terminal's encoding cannot carry a character (LANG=C). */
    private static String fit(String text) {
        return STAND_INS.map(s -> s.fit(text)).orElse(text);
    }

    private static final Optional<org.nocontact.text.StandIns> STAND_INS = org.nocontact.text.StandIns.OUTPUT;

    @Override
    public void say(String shown) {
        String text = fit(shown);
        if (line.isDone() && !line.isCompletedExceptionally()) {
            Terminal terminal = line.join().terminal();
            terminal.writer().println(LineWrapping.fit(text, width(terminal)));
            terminal.writer().flush();
        } else {
            direct.println(LineWrapping.fit(text, columnsBeforeReady.orElseGet(() -> width(ready().terminal()))));
            direct.flush();
        }
    }

    /** Never waits for the terminal: before it is ready, the launcher's width (or COLUMNS, or 80); once closed, its last. */
    @Override
    public int width() {
        if (columnsAtClose.isPresent()) {
            return columnsAtClose.get();
        }
        if (line.isDone() && !line.isCompletedExceptionally()) {
            return width(line.join().terminal());
        }
        return columnsBeforeReady.orElseGet(Screen::width);
    }

    /** The terminal's width now (it may have been resized), or COLUMNS, or 80 when it cannot tell. */
    private static int width(Terminal terminal) {
        int columns;
        try {
            columns = terminal.getWidth();
        } catch (IOError e) {
            // JLine asks stty for the size; a Ctrl-C pressed just then stops stty too. The key is
            // still waiting for the next prompt, which treats it as Ctrl-C: here the width falls back.
            columns = 0;
        }
        return Screen.width(columns);
    }

    @Override
    public void close() {
        if (line.isDone() && !line.isCompletedExceptionally()) {
            try {
                Line open = line.join();
                columnsAtClose = Optional.of(width(open.terminal()));
                open.terminal().setAttributes(open.before());
                open.terminal().close();
            } catch (IOException | IOError e) {
                // closing a terminal that is going away anyway
            }
        }
        org.jline.utils.Signals.unregister("INT", ctrlCBefore); // after the terminal put back the handler it found: ours
    }
}
