package org.nocontact.rules.drafts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Problems;

/**
 * The "spellings" of a draft rules file: {"u": "you", "ily": "i love you"}, one word and the words
 * it stands for. Every entry is checked even after one is wrong; the good ones are kept, so the
 * phrases are read with them.
 */
final class SpellingsReader {
    static final int MAX_SPELLINGS = 2000;

    private final String source;

    SpellingsReader(String source) {
        this.source = source;
    }

    /** The good spellings; a wrong entry is noted in {@code problems}, a wrong "spellings" as a whole is thrown. */
    Spellings read(Fields file, Problems problems) {
        Json node = file.required("spellings", "how a word is written in a hurry, and the words it stands for");
        if (!(node instanceof Json.Obj obj)) {
            throw InputException.at(source, "spellings", node.position(),
                    "expected an object such as {\"u\": \"you\"}.");
        }
        if (obj.members().size() > MAX_SPELLINGS) {
            throw InputException.at(source, "spellings", node.position(), "more than " + MAX_SPELLINGS
                    + " spellings; keep the common ones.");
        }
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Json.Member entry : obj.members().values()) {
            problems.attempt(() -> spelling(file, entry)).ifPresent(meant -> byKey.put(meant.getKey(), meant.getValue()));
        }
        return new Spellings(byKey);
    }

    /** One spelling: the word as written, and the words it stands for. */
    private Map.Entry<String, List<String>> spelling(Fields file, Json.Member entry) {
        String at = "spellings." + entry.key();
        List<Tokens.Token> written = Tokens.tokens(entry.key());
        if (written.size() != 1 || written.get(0).emoji()) {
            throw InputException.at(source, at, entry.value().position(),
                    "a spelling is one word, such as \"u\"; split it or remove it.");
        }
        String text = file.text(entry.value(), at, PhraseReader.MAX_PHRASE_CHARACTERS);
        List<String> meant = Tokens.tokens(text).stream().map(Tokens.Token::key).toList();
        if (meant.isEmpty() || meant.size() > Spellings.MAX_WORDS) {
            throw InputException.at(source, at, entry.value().position(), "write the 1 to "
                    + Spellings.MAX_WORDS + " words this spelling stands for, such as \"you\".");
        }
        return Map.entry(written.get(0).key(), meant);
    }
}
