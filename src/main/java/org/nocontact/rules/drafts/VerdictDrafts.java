package org.nocontact.rules.drafts;

import java.util.List;
import java.util.Optional;

/**
 * What a verdict does with a draft: either it reads it (the kinds of line it notes, a length
 * limit, words the person could use), or the draft stays unsent and {@code unsent} says so kindly.
 */
public record VerdictDrafts(
        VerdictKind verdict,
        List<DraftRule> noted,
        Optional<LengthLimit> tooLong,
        Optional<String> wordsYouCouldUse,
        Optional<String> unsent) {

    public VerdictDrafts {
        noted = List.copyOf(noted);
    }

    public boolean reviews() {
        return unsent.isEmpty();
    }
}
