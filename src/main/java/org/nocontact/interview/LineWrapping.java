package org.nocontact.interview;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nocontact.text.Texts;

/**
 * Wraps the interview's text to a width (which {@link org.nocontact.terminal.Screen} decides),
 * breaking lines only at spaces. A line keeps its indent; a numbered choice ("  2) ...") continues
 * under its words.
 */
public final class LineWrapping {
    private static final Pattern HANGING = Pattern.compile("^(\\s*(?:\\d+\\)|-)?\\s*)\\S");

    private LineWrapping() {
    }

    /** The text with each line wrapped to the width; the last line (a prompt) stays unwrapped at its end. */
    public static String fit(String text, int width) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(i == 0 ? "" : "\n").append(fitLine(lines[i], width));
        }
        return out.toString();
    }

    private static String fitLine(String line, int width) {
        if (line.length() <= width) {
            return line;
        }
        if (line.endsWith("] > ")) {
            // "[a greeting (happy birthday, and so on)] >": the marker stays with the default, never alone below it
            return fitLine(line.substring(0, line.length() - 3), width - 2) + " > ";
        }
        Matcher hanging = HANGING.matcher(line);
        String first = hanging.find() ? hanging.group(1) : "";
        String indent = " ".repeat(first.length());
        String wrapped = Texts.wrap(line.substring(first.length()), width, first, indent);
        return wrapped.substring(0, wrapped.length() - 1) + (line.endsWith(" ") ? " " : "");
    }
}
