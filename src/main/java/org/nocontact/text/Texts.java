package org.nocontact.text;

import java.util.Collection;
import java.util.Optional;

/** Small text helpers for messages: shortening, listing choices, suggesting a near miss. */
public final class Texts {
    private Texts() {
    }

    /**
     * Text from a file made safe to print on one line: control characters (newlines, escape
     * sequences that could restyle a terminal) are shown as \\n, \\u001b and so on.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** A count with its noun, as people write it: "1 error", "2 errors", "11,658,240 situations". */
    public static String count(long n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** The text as the start of a sentence: "a month ago" is "A month ago"; a word already capitalised stays. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    public static String abbreviate(String text, int max) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    /** "a, b or c" */
    public static String choices(Collection<String> names) {
        return names.isEmpty() ? "nothing" : joined(names, " or ");
    }

    /** "a, b and c" */
    public static String joinAnd(Collection<String> names) {
        return joined(names, " and ");
    }

    private static String joined(Collection<String> names, String last) {
        var list = names.stream().toList();
        if (list.size() <= 1) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + last + list.get(list.size() - 1);
    }

    /** The closest known name to a misspelt one, if it is close enough to be a typo. */
    public static Optional<String> nearest(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(wrong.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        return prefixMatch(wrong, known);
    }

    /** "valentine" for "valentines-day": a clipped name is a near miss too, when only one name fits. */
    private static Optional<String> prefixMatch(String wrong, Collection<String> known) {
        if (wrong.length() < 4) {
            return Optional.empty();
        }
        String lower = wrong.toLowerCase();
        var matches = known.stream().filter(k -> k.toLowerCase().startsWith(lower)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Edit distance counting a swap of two neighbours as one edit ("gaol" is one from "goal"). */
    static int distance(String a, String b) {
        a = a.length() > 64 ? a.substring(0, 64) : a;
        b = b.length() > 64 ? b.substring(0, 64) : b;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Word-wraps text to a width on screen (escape sequences take no room); each line ends in a newline. */
    public static String wrap(String text, int width, String firstIndent, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(firstIndent);
        int visible = firstIndent.length();
        boolean empty = true;
        // Stand-ins first (LANG=C: "[face throwing a kiss]" for the emoji), so the lines fit as printed.
        for (String word : unbreakable(StandIns.OUTPUT.map(s -> s.fit(text)).orElse(text).split(" "))) {
            int length = visibleLength(word);
            if (!empty && visible + 1 + length > width) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
                visible = indent.length();
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                visible++;
            }
            line.append(word);
            visible += length;
            empty = false;
        }
        return out.append(line).append('\n').toString();
    }

    /**
     * The words, with the digit groups of one phone number kept as one ("116 016", "0800 123 99 00"):
     * a group of digits followed by a word that starts with a digit never ends a line.
     */
    static java.util.List<String> unbreakable(String[] words) {
        java.util.List<String> units = new java.util.ArrayList<>();
        for (String word : words) {
            int last = units.size() - 1;
            if (last >= 0 && DIGIT_GROUP.matcher(units.get(last)).matches() && !word.isEmpty()
                    && Character.isDigit(word.charAt(0))) {
                units.set(last, units.get(last) + " " + word);
            } else {
                units.add(word);
            }
        }
        return units;
    }

    /** "116", "+49", "0800 123": the end of what may be a phone number so far. */
    private static final java.util.regex.Pattern DIGIT_GROUP = java.util.regex.Pattern.compile("(.* )?\\+?[0-9]+");

    /** Length without ANSI escape sequences, which take no room on screen. */
    static int visibleLength(String word) {
        int length = 0;
        boolean inEscape = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u001b') {
                inEscape = true;
            } else if (inEscape) {
                inEscape = c != 'm';
            } else {
                length++;
            }
        }
        return length;
    }
}
