package org.nocontact.rules.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How people write a word in a hurry, and the words it stands for ("u": "you", "ily": "i love you",
 * "dont": "don't"), from the draft rules file. Applied to the draft and to the phrases alike, before
 * matching, so a phrase written once matches every spelling. One word becomes at most
 * {@link #MAX_WORDS} words, so a draft's tokens grow by a bounded factor at most.
 */
public record Spellings(Map<String, List<String>> byKey) {
    public static final int MAX_WORDS = 4;
    public static final Spellings NONE = new Spellings(Map.of());

    public Spellings {
        byKey = Map.copyOf(byKey);
    }

    /** The tokens with each spelling replaced; the words it stands for keep the place of the word. */
    public List<Tokens.Token> apply(List<Tokens.Token> tokens) {
        if (byKey.isEmpty()) {
            return tokens;
        }
        List<Tokens.Token> result = new ArrayList<>(tokens.size());
        for (Tokens.Token token : tokens) {
            List<String> words = token.emoji() ? null : byKey.get(token.key());
            if (words == null) {
                result.add(token);
            } else {
                words.forEach(word -> result.add(new Tokens.Token(word, false, token.start(), token.end())));
            }
        }
        return result;
    }

    /** Word keys with each spelling replaced. */
    public List<String> applyToKeys(List<String> keys) {
        List<String> result = new ArrayList<>(keys.size());
        for (String key : keys) {
            result.addAll(byKey.getOrDefault(key, List.of(key)));
        }
        return result;
    }
}
