package org.nocontact.cli;

import java.io.PrintWriter;
import org.nocontact.terminal.Screen;
import org.nocontact.text.Texts;

/**
 * An error message on standard error: wrapped at spaces to the terminal's width when standard
 * error is a terminal (a person reads it there); one line when it goes to a file or a pipe, so
 * tools that read "file:line:column: ..." get it whole.
 */
final class ErrorLines {
    private ErrorLines() {
    }

    static void print(PrintWriter err, String message) {
        err.print(lines(message, Screen.stderrIsTerminal(), Screen.errorWidth()));
        err.flush();
    }

    /** The message as printed: wrapped to {@code width} on a terminal; as it is (one line) elsewhere. */
    static String lines(String message, boolean terminal, int width) {
        return !terminal || message.contains("\n") ? message + System.lineSeparator() : Texts.wrap(message, width, "", "");
    }
}
