package org.nocontact.rules.drafts;

import java.util.List;
import org.nocontact.json.Position;

/**
 * One kind of line a draft may carry (feelings, pressure, an ultimatum...): the phrases that show
 * it, what such a line does, what to do instead, and the sources this rests on.
 */
public record DraftRule(
        String id,
        List<Phrase> phrases,
        String text,
        String instead,
        List<String> sources,
        String file,
        Position position) {

    public DraftRule {
        phrases = List.copyOf(phrases);
        sources = List.copyOf(sources);
    }

    /**
     * A phrase as the author wrote it, its word keys, where it stands in the rule file ({@code at}:
     * "phrases[3]" or "atLineEnd[0]"), and whether it counts only as the last words of a line.
     */
    public record Phrase(String written, List<String> words, Position position, String at, boolean atLineEnd) {
        public Phrase {
            words = List.copyOf(words);
        }
    }
}
