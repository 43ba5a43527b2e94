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

    private static final String OFFERED_END = "] > ";

    /**
     * A prompt line that offers a default ("[a greeting (happy birthday, and so on)] > "): the default
     * is never broken inside its brackets. Too wide, it loses its aside in parentheses ("[a greeting] > ");
     * still too wide, it goes whole on the lines above a bare "> " ("Enter keeps: ..."). Words before
     * it (a yes-or-no question on the same line) wrap as any text, the default beside their last line
     * when it fits.
     */
    private static String prompt(String line, int width) {
        int open = line.lastIndexOf('[');
        String lead = line.substring(0, open).stripTrailing();
        String offered = line.substring(open + 1, line.length() - OFFERED_END.length());
        String marker = "[" + offered + OFFERED_END;
        if (marker.length() > width) {
            String shorter = "[" + withoutAside(offered) + OFFERED_END;
            if (shorter.length() > width) {
                String above = Texts.wrap("Enter keeps: " + offered, width, "", "  ");
                return (lead.isEmpty() ? "" : fitLine(lead, width) + "\n") + above + "> ";
            }
            marker = shorter;
        }
        if (lead.isEmpty()) {
            return marker;
        }
        String words = fitLine(lead, width);
        int lastLine = words.length() - words.lastIndexOf('\n') - 1;
        return words + (lastLine + 1 + marker.stripTrailing().length() <= width ? " " : "\n") + marker;
    }

    /** "a greeting (happy birthday, and so on)" without its aside: "a greeting". */
    private static String withoutAside(String offered) {
        return ASIDE.matcher(offered).replaceAll("").strip();
    }

    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]*\\)");

    private static String fitLine(String line, int width) {
        if (line.length() <= width) {
            return line;
        }
        if (line.endsWith(OFFERED_END) && line.contains("[")) {
            return prompt(line, width);
        }
        Matcher hanging = HANGING.matcher(line);
        String first = hanging.find() ? hanging.group(1) : "";
        String indent = " ".repeat(first.length());
        String wrapped = Texts.wrap(line.substring(first.length()), width, first, indent);
        return wrapped.substring(0, wrapped.length() - 1) + (line.endsWith(" ") ? " " : "");
    }
}
