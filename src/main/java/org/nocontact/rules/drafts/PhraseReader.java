package org.nocontact.rules.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Problems;

/**
 * The phrases of the draft rules of one file ("phrases" and "atLineEnd"): words, apostrophes,
 * spaces, hyphens and emoji, at most one gap ("..."), with the file's spellings set straight as
 * they are in a draft. Counts the phrases of the whole file, so no file can make the phrase index
 * large.
 */
final class PhraseReader {
    static final int MAX_PHRASES_PER_RULE = 500;
    static final int MAX_PHRASES = 5000;
    static final int MAX_PHRASE_CHARACTERS = 100;
    static final int MAX_PHRASE_WORDS = 12;
    static final int MAX_GAPPED_PHRASES = 200;

    private final String source;
    private final Spellings spellings;
    private int phraseCount;
    private int gappedCount;

    PhraseReader(String source, Spellings spellings) {
        this.source = source;
        this.spellings = spellings;
    }

    /** A rule's "phrases" (at least one), "atLineEnd", "aloneOnLine" and "unlessOnLine", at most {@link #MAX_PHRASES_PER_RULE} together. */
    List<DraftRule.Phrase> ofRule(Fields f) {
        List<Json> written = f.list(f.required("phrases", "the words and phrases that show this kind of line"),
                f.pathOf("phrases"));
        if (written.isEmpty()) {
            throw f.error("phrases", "an empty list; give at least one phrase.");
        }
        if (written.size() > MAX_PHRASES_PER_RULE) {
            throw f.error("phrases", "more than " + MAX_PHRASES_PER_RULE + " phrases in one rule; split it.");
        }
        List<DraftRule.Phrase> phrases = new ArrayList<>(phrases(f, written, "phrases", DraftRule.Place.ANYWHERE));
        placed(f, phrases, "atLineEnd", "phrases that count only as a line's last words", DraftRule.Place.LINE_END);
        placed(f, phrases, "aloneOnLine", "phrases that count only as all the words of a line", DraftRule.Place.WHOLE_LINE);
        placed(f, phrases, "unlessOnLine", "phrases that keep this rule's phrases from counting on their line",
                DraftRule.Place.UNLESS);
        return phrases;
    }

    /** The phrases of a field that counts them only at one place on a line, added to the rule's. */
    private void placed(Fields f, List<DraftRule.Phrase> phrases, String field, String what, DraftRule.Place place) {
        if (f.has(field)) {
            List<Json> listed = f.list(f.required(field, what), f.pathOf(field));
            if (phrases.size() + listed.size() > MAX_PHRASES_PER_RULE) {
                throw f.error(field, "more than " + MAX_PHRASES_PER_RULE + " phrases in one rule; split it.");
            }
            phrases.addAll(phrases(f, listed, field, place));
        }
    }

    private List<DraftRule.Phrase> phrases(Fields f, List<Json> written, String field, DraftRule.Place place) {
        Problems found = new Problems();
        List<DraftRule.Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String at = field + "[" + i + "]";
            Json node = written.get(i);
            found.attempt(() -> phrase(f, node, at, place)).ifPresent(phrases::add);
        }
        found.throwIfAny();
        return phrases;
    }

    private DraftRule.Phrase phrase(Fields f, Json node, String field, DraftRule.Place place) {
        String at = f.pathOf(field);
        String text = f.text(node, at, MAX_PHRASE_CHARACTERS);
        if (text.isBlank()) {
            throw InputException.at(source, at, node.position(), "this phrase is empty; write the words to look for.");
        }
        String[] parts = text.split("\\.\\.\\.", -1);
        if (parts.length > 2 || parts.length == 2 && (place != DraftRule.Place.ANYWHERE || parts[0].isBlank() || parts[1].isBlank())) {
            throw InputException.at(source, at, node.position(), "a phrase may hold one gap (\"...\") between "
                    + "words, such as \"if you ... loved me\"; not at its start or end, nor in \"atLineEnd\", \"aloneOnLine\" or \"unlessOnLine\".");
        }
        requireMatchable(String.join(" ", parts), at, node);
        List<String> words = new ArrayList<>(keys(parts[0]));
        if (parts.length == 2) {
            if (++gappedCount > MAX_GAPPED_PHRASES) {
                throw InputException.at(source, at, node.position(), "more than " + MAX_GAPPED_PHRASES
                        + " phrases with a gap in all; remove some.");
            }
            words.add(DraftRule.Phrase.GAP);
            words.addAll(keys(parts[1]));
        }
        if (words.isEmpty()) {
            throw InputException.at(source, at, node.position(), "this phrase has no word or emoji to look for.");
        }
        if (words.size() > MAX_PHRASE_WORDS) {
            throw InputException.at(source, at, node.position(), "this phrase has " + words.size()
                    + " words; keep a phrase to at most " + MAX_PHRASE_WORDS + " (the part that shows the kind of line).");
        }
        if (++phraseCount > MAX_PHRASES) {
            throw InputException.at(source, at, node.position(), "more than " + MAX_PHRASES
                    + " phrases in all; remove some.");
        }
        return new DraftRule.Phrase(text, words, node.position(), field, place);
    }

    /** Refuses punctuation and patterns: a phrase holds words, apostrophes, spaces, hyphens and emoji only. */
    private void requireMatchable(String plain, String at, Json node) {
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            if (!allowedInPhrase(cp)) {
                throw InputException.at(source, at, node.position(), "\"" + new String(Character.toChars(cp))
                        + "\" (U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + ") cannot be matched; "
                        + "a phrase holds words, apostrophes, spaces, hyphens and emoji only (no punctuation or patterns).");
            }
            i += Character.charCount(cp);
        }
    }

    /** A phrase's word keys, with spellings set straight as they are in a draft. */
    private List<String> keys(String text) {
        return spellings.applyToKeys(Tokens.tokens(text).stream().map(Tokens.Token::key).toList());
    }

    private static boolean allowedInPhrase(int cp) {
        return Tokens.isWordPart(cp) || Tokens.isApostrophe(cp) || Tokens.isPictograph(cp)
                || Tokens.isPhraseSeparator(cp) || Tokens.joinsEmoji(cp);
    }
}
