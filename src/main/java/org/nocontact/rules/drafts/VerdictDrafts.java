package org.nocontact.rules.drafts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a verdict does with a draft: either it reads it (the kinds of line it notes, a length
 * limit, words the person could use), or the draft stays unsent and {@code unsent} says so kindly.
 * {@code byRule}: where one deciding rule needs other words (for a reviewing verdict, the words
 * they could use, or none when the text is empty; for an unsent one, what they read instead).
 * {@code readAs}: for a verdict whose drafts stay unsent, the deciding rules under which the draft is
 * the one message their advice allows, each with the name of the verdict whose way of reading it applies
 * (a rule set may read the one message such a rule allows as a practical message).
 * {@code wordsForAReply}: the words they could use where they answer a message of theirs (unless the
 * deciding rule has its own), so that the words answer it rather than propose something new.
 */
public record VerdictDrafts(
        VerdictKind verdict,
        List<DraftRule> noted,
        Optional<LengthLimit> tooLong,
        Optional<String> wordsYouCouldUse,
        Optional<String> unsent,
        Map<String, String> byRule,
        Map<String, String> readAs,
        Optional<String> wordsForAReply) {

    public VerdictDrafts {
        noted = List.copyOf(noted);
        byRule = Map.copyOf(byRule);
        readAs = Map.copyOf(readAs);
    }

    public VerdictDrafts(VerdictKind verdict, List<DraftRule> noted, Optional<LengthLimit> tooLong,
                         Optional<String> wordsYouCouldUse, Optional<String> unsent, Map<String, String> byRule) {
        this(verdict, noted, tooLong, wordsYouCouldUse, unsent, byRule, Map.of(), Optional.empty());
    }

    /** The name of the verdict whose way of reading a draft applies where this rule decides, if the draft is read at all. */
    public Optional<String> readAs(String decidedBy) {
        return Optional.ofNullable(readAs.get(decidedBy));
    }

    public boolean reviews() {
        return unsent.isEmpty();
    }

    /**
     * The words the person could use when this rule decides; none where the draft stays unsent
     * (there {@code byRule} holds what they read instead, never words to send).
     */
    public Optional<String> wordsYouCouldUse(String decidedBy) {
        return wordsYouCouldUse(decidedBy, false);
    }

    /** The words the person could use when this rule decides, answering a message of theirs where {@code reply}. */
    public Optional<String> wordsYouCouldUse(String decidedBy, boolean reply) {
        if (!reviews()) {
            return Optional.empty();
        }
        if (byRule.containsKey(decidedBy)) {
            return Optional.of(byRule.get(decidedBy)).filter(s -> !s.isBlank());
        }
        return reply && wordsForAReply.isPresent() ? wordsForAReply : wordsYouCouldUse;
    }

    /** What the person reads about an unsent draft when this rule decides. */
    public Optional<String> unsent(String decidedBy) {
        return unsent.map(text -> byRule.getOrDefault(decidedBy, text));
    }
}
