package org.nocontact.rules.drafts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the words and emoji that phrases are matched against, in one pass. A word is a
 * run of letters, digits and combining marks, with apostrophes inside it (straight and curly alike);
 * an emoji is one pictograph with what joins onto it (variation selectors, skin tones, zero-width
 * joiners), so a heart inside "business" or a letter inside an emoji can never match. Everything
 * else (spaces, punctuation, hyphens) separates. Keys are lower case, NFKC, with apostrophes
 * straightened and emoji presentation marks and skin tones dropped, so "❤" and "❤️" are one key.
 */
public final class Tokens {
    private static final char APOSTROPHE = '\'';
    private static final int ZWJ = 0x200D;

    private Tokens() {
    }

    /** One word or emoji: its key, and where it stands in the text (UTF-16 indices, end exclusive). */
    public record Token(String key, boolean emoji, int start, int end) {
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordPart(cp)) {
                int end = wordEnd(text, i);
                tokens.add(new Token(wordKey(text.substring(i, end)), false, i, end));
                i = end;
            } else if (isPictograph(cp)) {
                int end = emojiEnd(text, i);
                tokens.add(new Token(emojiKey(text, i, end), true, i, end));
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return tokens;
    }

    /** Splits at \n, \r\n and \r; a final line break does not start another line. */
    public static List<String> lines(String message) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = message.length();
        for (int i = 0; i < n; i++) {
            char c = message.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(message.substring(start, i));
                if (c == '\r' && i + 1 < n && message.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n || lines.isEmpty()) {
            lines.add(message.substring(start));
        }
        return lines;
    }

    /** Characters a phrase may hold besides words and emoji: they separate words, as in a draft. */
    public static boolean isPhraseSeparator(int cp) {
        return cp == ' ' || cp == '-';
    }

    public static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || isMark(cp);
    }

    public static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02BC' || cp == '\uFF07';
    }

    /**
     * Emoji and other pictographic symbols (general category So), regional indicators included, and
     * code points in the emoji blocks that this Java's Unicode tables do not know yet (newer emoji).
     */
    public static boolean isPictograph(int cp) {
        if (isModifierOrSelector(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.UNASSIGNED
                && (cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x1FC00 && cp <= 0x1FFFD);
    }

    /** Selectors, skin tones and the zero-width joiner: parts of an emoji, never a separator. */
    public static boolean joinsEmoji(int cp) {
        return isModifierOrSelector(cp) || cp == ZWJ;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isModifierOrSelector(int cp) {
        return (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x20E3
                || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    /** Letters and marks, with a single apostrophe allowed between two word parts ("can't"). */
    private static int wordEnd(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordPart(cp)) {
                i += Character.charCount(cp);
            } else if (isApostrophe(cp) && i + 1 < n && isWordPart(text.codePointAt(i + 1))) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    /** A pictograph, then modifiers and selectors, and further pictographs joined by a zero-width joiner. */
    private static int emojiEnd(String text, int start) {
        int i = start + Character.charCount(text.codePointAt(start));
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isModifierOrSelector(cp)) {
                i += Character.charCount(cp);
            } else if (cp == ZWJ && i + 1 < n && isPictograph(text.codePointAt(i + 1))) {
                i += 1 + Character.charCount(text.codePointAt(i + 1));
            } else {
                break;
            }
        }
        return i;
    }

    static String wordKey(String word) {
        StringBuilder key = new StringBuilder(word.length());
        word.codePoints().forEach(cp -> key.appendCodePoint(isApostrophe(cp) ? APOSTROPHE : cp));
        String folded = Normalizer.normalize(key, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.isNormalized(folded, Normalizer.Form.NFC) ? folded
                : Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    private static String emojiKey(String text, int start, int end) {
        StringBuilder key = new StringBuilder(end - start);
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (!isModifierOrSelector(cp)) {
                key.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return key.toString();
    }
}
