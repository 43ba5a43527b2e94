package org.nocontact.terminal;

import java.util.Optional;

/**
 * The screen that standard output goes to: whether it is a terminal, and how wide text may be.
 * The launcher passes what only the shell can see ([ -t 1 ], the terminal's columns) as system
 * properties; without it, Java can only tell whether stdin and stdout together are a terminal.
 */
public final class Screen {
    /** The width when nothing better is known, and the narrowest width text is wrapped to. */
    public static final int DEFAULT_WIDTH = 80;
    static final int NARROWEST = 20;

    private Screen() {
    }

    public static boolean stdoutIsTerminal() {
        String fromLauncher = System.getProperty("nocontact.stdout.tty");
        if (fromLauncher != null) {
            return fromLauncher.equals("1");
        }
        return System.console() != null;
    }

    /** The terminal's width when stdout is a terminal, else COLUMNS if set, else 80. */
    public static int width() {
        return width(stdoutIsTerminal(), Optional.ofNullable(System.getProperty("nocontact.columns")),
                Optional.ofNullable(System.getenv("COLUMNS")));
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
