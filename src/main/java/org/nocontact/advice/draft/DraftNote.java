package org.nocontact.advice.draft;

import java.util.List;

/**
 * One finding in a draft: where (line and column 1-based, length, all in characters, that is code
 * points; line 0 and column 0 for the whole draft), which draft rule, what the line does, what to
 * do instead, the sources, and the words that were found (empty for the whole draft).
 */
public record DraftNote(int line, int column, int length, String rule, String text, String instead,
                        List<String> sources, String excerpt) {
    public static final int WHOLE_DRAFT = 0;

    public DraftNote {
        sources = List.copyOf(sources);
    }

    public boolean aboutWholeDraft() {
        return line == WHOLE_DRAFT;
    }
}
