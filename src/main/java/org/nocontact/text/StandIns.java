package org.nocontact.text;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Text for an output that cannot carry every character (a terminal with LANG=C is ASCII): each
 * character it cannot encode gets a plain stand-in instead of a '?': straight quotes for curly ones,
 * '^' for the arrow that marks a line, an emoji's name in brackets ("[red heart]"), a letter
 * without its accent. Where the output carries them all, text passes through unchanged.
 */
public final class StandIns {
    private static final Map<Integer, String> KNOWN = Map.ofEntries(
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"), Map.entry(0x201C, "\""),
            Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x2191, "^"), Map.entry(0x2192, "->"),
            Map.entry(0x2190, "<-"), Map.entry(0x2013, "-"), Map.entry(0x2014, "-"), Map.entry(0x2026, "..."),
            Map.entry(0x00A0, " "), Map.entry(0x2022, "*"), Map.entry(0x00B5, "u"), Map.entry(0x00D7, "x"),
            Map.entry(0x00DF, "ss"), Map.entry(0x00E4, "ae"), Map.entry(0x00F6, "oe"), Map.entry(0x00FC, "ue"),
            Map.entry(0x00C4, "Ae"), Map.entry(0x00D6, "Oe"), Map.entry(0x00DC, "Ue"), Map.entry(0x2764, "[red heart]"));

    /** The stand-ins standard output needs, if any: decided once, from the encoding it is read in. */
    public static final Optional<StandIns> OUTPUT = forCharset(ofStandardOutput());

    private final CharsetEncoder encoder;

    private StandIns(Charset charset) {
        this.encoder = charset.newEncoder();
    }

    /** The stand-ins for an output in this encoding, or empty when it carries every character we print. */
    public static Optional<StandIns> forCharset(Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        boolean carriesAll = encoder.canEncode("\u2191\u201C\u2019\u00E4") && encoder.canEncode("\uD83D\uDE18");
        return carriesAll ? Optional.empty() : Optional.of(new StandIns(charset));
    }

    /** The encoding standard output is written in: what Java was told, else the locale's (LANG=C is ASCII). */
    public static Charset ofStandardOutput() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding", "native.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }

    /** The text with a stand-in for every character the output cannot carry. */
    public String fit(String text) {
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> out.append(standIn(c)));
        return out.toString();
    }

    private String standIn(int c) {
        String plain = new String(Character.toChars(c));
        if (encoder.canEncode(plain)) {
            return plain;
        }
        if (KNOWN.containsKey(c)) {
            return KNOWN.get(c);
        }
        int type = Character.getType(c);
        if (c == 0x200D || c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF)
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return ""; // joiners, presentation marks and skin tones belong to the emoji before them
        }
        if (Character.isLetter(c)) {
            String bare = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            if (encoder.canEncode(bare)) {
                return bare;
            }
        }
        String name = Character.getName(c);
        return name == null ? "?" : "[" + name.toLowerCase(Locale.ROOT) + "]";
    }

    /** A writer that puts the stand-ins in as it writes. */
    public Writer wrap(Writer out) {
        return new FilterWriter(out) {
            @Override
            public void write(int c) throws IOException {
                write(String.valueOf((char) c));
            }

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                write(new String(buffer, offset, length));
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                String part = text.substring(offset, offset + length);
                String fitted = fit(part);
                out.write(fitted, 0, fitted.length());
            }
        };
    }
}
