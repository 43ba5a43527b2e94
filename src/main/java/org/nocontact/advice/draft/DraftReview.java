package org.nocontact.advice.draft;

import java.util.List;
import java.util.Optional;

/**
 * What nocontact makes of the person's draft under the verdict: read line by line (notes, and
 * words they could use), or left unsent with kind words about where to put it instead.
 * {@code unsent} is empty and {@code reviewed} false only when the rule set has no draft rules.
 */
public record DraftReview(
        String message,
        boolean reviewed,
        List<DraftNote> notes,
        Optional<String> wordsYouCouldUse,
        Optional<String> unsent) {

    public DraftReview {
        notes = List.copyOf(notes);
    }

    /** The draft's lines, split where it breaks (\n, \r\n or \r), as the notes count them from 1. */
    public List<String> lines() {
        return DraftReader.lines(message);
    }

    /** How many lines a draft has, as the notes count them. */
    public static int lineCount(String message) {
        return DraftReader.lines(message).size();
    }

    public List<DraftNote> notesOnLine(int line) {
        return notes.stream().filter(note -> note.line() == line).toList();
    }
}
