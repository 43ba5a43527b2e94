package org.nocontact.rules.drafts;

import java.util.List;
import org.nocontact.json.Position;

/**
 * One kind of line a draft may carry (feelings, pressure, an ultimatum...): the phrases that show
 * it, what such a line does, what to do instead, and the sources this rests on. {@code threat}:
 * a line it finds threatens to turn up, wait for them or find them, which makes the fact
 * plan.messageThreatens true, whatever the verdict.
 */
public record DraftRule(
        String id,
        List<Phrase> phrases,
        String text,
        String instead,
        List<String> sources,
        boolean threat,
        String file,
        Position position) {

    public DraftRule {
        phrases = List.copyOf(phrases);
        sources = List.copyOf(sources);
    }

    /**
     * A phrase as the author wrote it, its word keys (spellings applied; a gap is the key
     * {@link #GAP}), where it stands in the rule file ({@code at}: "phrases[3]" or "atLineEnd[0]"),
     * and where on a line it counts.
     */
    public record Phrase(String written, List<String> words, Position position, String at, Place place) {
        /** How a phrase marks its gap ("if you ... loved me"), and the key that stands for it. */
        public static final String GAP = "...";

        public Phrase {
            words = List.copyOf(words);
        }

        /** Whether it counts only where no word follows it on its line ("atLineEnd", "aloneOnLine"). */
        public boolean atLineEnd() {
            return place == Place.LINE_END || place == Place.WHOLE_LINE;
        }

        public boolean hasGap() {
            return words.contains(GAP);
        }

        /** The words before the gap (all of them when there is none). */
        public List<String> beforeGap() {
            return hasGap() ? words.subList(0, words.indexOf(GAP)) : words;
        }

        public List<String> afterGap() {
            return hasGap() ? words.subList(words.indexOf(GAP) + 1, words.size()) : List.of();
        }
    }

    /**
     * Where on a line a phrase counts: anywhere ("phrases"), only as its last words ("atLineEnd": "x"
     * is a kiss in "Hope you're well x", not in "3 x 4 metres"), or only as all its words
     * ("aloneOnLine": "u?" on a line of its own asks back; "thank you" does not). Emoji and
     * punctuation may stand beside it. "unlessOnLine" phrases ({@link #UNLESS}) find nothing themselves: on a
     * line with one of them, the rule's other phrases do not count ("I'll come over at 6 to pick up the kids" is
     * an arranged handover, "I'll come over on Saturday" is turning up).
     */
    public enum Place {
        ANYWHERE, LINE_END, WHOLE_LINE, UNLESS
    }
}
