package org.nocontact.interview;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nocontact.text.Texts;

/**
 * Fits the interview's text to the width of the screen, breaking lines only at spaces. A line keeps
 * its indent; a numbered choice ("  2) ...") continues under its words.
 */
public final class Screen {
    /** When nothing says how wide the screen is. */
    public static final int DEFAULT_WIDTH = 80;
    /** Narrower than this, breaking at spaces would leave a word or two a line: the text is left as it is. */
    private static final int NARROWEST = 20;
    private static final Pattern HANGING = Pattern.compile("^(\\s*(?:\\d+\\)|-)?\\s*)\\S");

    private Screen() {
    }

    /** The width COLUMNS gives (as a shell sets it for a pipe), or the default. */
    public static int widthFrom(Map<String, String> environment) {
        return Optional.ofNullable(environment.get("COLUMNS")).flatMap(Screen::number)
                .filter(n -> n >= NARROWEST).orElse(DEFAULT_WIDTH);
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The text with each line wrapped to the width; the last line (a prompt) stays unwrapped at its end. */
    public static String fit(String text, int width) {
        if (width < NARROWEST) {
            return text;
        }
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
        Matcher hanging = HANGING.matcher(line);
        String first = hanging.find() ? hanging.group(1) : "";
        String indent = " ".repeat(first.length());
        String wrapped = Texts.wrap(line.substring(first.length()), width, first, indent);
        return wrapped.substring(0, wrapped.length() - 1) + (line.endsWith(" ") ? " " : "");
    }
}
