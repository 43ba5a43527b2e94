package org.nocontact.terminal;

import java.util.Optional;

/**
 * The one place that decides how wide text may be, for every command: the terminal's columns when
 * the text goes to a terminal, else COLUMNS (as a shell exports it for a pipe), else 80; never
 * narrower than {@link #NARROWEST}. The launcher passes what only the shell can see ([ -t 1 ], the
 * terminal's columns) as system properties; without it, Java can only tell whether stdin and stdout
 * together are a terminal.
 */
public final class Screen {
    /** The width when nothing better is known. */
    public static final int DEFAULT_WIDTH = 80;
    /** The narrowest width text is wrapped to: a narrower one is raised to this. */
    public static final int NARROWEST = 20;

    private Screen() {
    }

    public static boolean stdoutIsTerminal() {
        String fromLauncher = System.getProperty("nocontact.stdout.tty");
        if (fromLauncher != null) {
            return fromLauncher.equals("1");
        }
        return System.console() != null;
    }

    /** Whether standard error is a terminal, as the launcher saw it ([ -t 2 ]); without the launcher, not known: no. */
    public static boolean stderrIsTerminal() {
        return "1".equals(System.getProperty("nocontact.stderr.tty"));
    }

    /** The width for text on standard error when it is a terminal: its columns, else COLUMNS, else 80. */
    public static int errorWidth() {
        return width(true, Optional.ofNullable(System.getProperty("nocontact.stderr.columns")),
                Optional.ofNullable(System.getenv("COLUMNS")));
    }

    /** The terminal's width when stdout is a terminal, else COLUMNS if set, else 80. */
    public static int width() {
        return width(stdoutIsTerminal(), launcherColumns(), Optional.ofNullable(System.getenv("COLUMNS")));
    }

    /**
     * The width for a terminal that reports its own columns (the interview's, which may be resized
     * while it runs): those columns when it can tell (more than 0), else {@link #width()}.
     */
    public static int width(int terminalColumns) {
        return terminalColumns > 0 ? Math.max(NARROWEST, terminalColumns) : width();
    }

    /** The terminal's columns as the launcher read them (stty), if it did. */
    public static Optional<Integer> terminalColumns() {
        return launcherColumns().flatMap(Screen::columns);
    }

    private static Optional<String> launcherColumns() {
        return Optional.ofNullable(System.getProperty("nocontact.columns"));
    }

    static int width(boolean terminal, Optional<String> terminalColumns, Optional<String> columnsVariable) {
        Optional<Integer> fromTerminal = terminal ? terminalColumns.flatMap(Screen::columns) : Optional.empty();
        return fromTerminal.or(() -> columnsVariable.flatMap(Screen::columns)).orElse(DEFAULT_WIDTH);
    }

    /** A column count as the shell gives it; nonsense (or 0, as some terminals report) is ignored. */
    private static Optional<Integer> columns(String text) {
        try {
            int columns = Integer.parseInt(text.trim());
            return columns > 0 ? Optional.of(Math.max(NARROWEST, columns)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
