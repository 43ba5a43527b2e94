package org.nocontact.rules.drafts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Texts;
import org.nocontact.rules.SourceIds;
import org.nocontact.rules.Verdict;

/**
 * Reads a draft rules file (see docs/rules-format.md, "Draft rules") as strictly as a rule file:
 * unknown fields, ids, sources and verdicts are errors at their line and column. Phrase counts and
 * lengths are capped here, so no file can make the phrase index large; matching is linear anyway.
 */
public final class DraftRulesLoader {
    public static final int MAX_RULES = 100;
    public static final int MAX_PHRASES_PER_RULE = 500;
    public static final int MAX_PHRASES = 5000;
    public static final int MAX_PHRASE_CHARACTERS = 100;
    public static final int MAX_PHRASE_WORDS = 12;
    public static final int MAX_WORDS_LIMIT = 10_000;
    public static final int MAX_GAPPED_PHRASES = 200;
    public static final int MAX_SPELLINGS = 2000;
    private static final int MAX_TEXT = 2000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final List<String> FILE = List.of("$schema", "description", "spellings", "rules", "verdicts");
    private static final List<String> RULE = List.of("id", "phrases", "atLineEnd", "threat", "text", "instead",
            "sources");
    private static final List<String> REVIEWING = List.of("notes", "tooLong", "wordsYouCouldUse", "byRule");
    private static final List<String> UNSENT = List.of("unsent", "byRule");
    private static final List<String> TOO_LONG = List.of("id", "maxWords", "text", "instead", "sources");

    private final String source;
    private final Map<String, String> sources;
    private final Set<String> takenIds;
    private final Set<String> verdictRuleIds;
    private final PhraseIndex index = new PhraseIndex();
    private final List<List<DraftRules.Owner>> owners = new ArrayList<>();
    private Spellings spellings = Spellings.NONE;
    private int phraseCount;
    private int gappedCount;

    /** Whether every rule file was read, so that a rule id "byRule" names can be checked. */
    private final boolean allRulesRead;

    private DraftRulesLoader(String source, Map<String, String> sources, Set<String> takenIds, boolean allRulesRead) {
        this.allRulesRead = allRulesRead;
        this.source = source;
        this.sources = sources;
        this.takenIds = new HashSet<>(takenIds);
        this.verdictRuleIds = Set.copyOf(takenIds);
    }

    /**
     * @param root     the file's JSON
     * @param source   how the file is named in messages
     * @param fileName the name ruleset.json gives it
     * @param sources  the rule set's source ids
     * @param takenIds the ids of the rule set's verdict rules, which draft rules may not reuse
     */
    public static DraftRules load(Json root, String source, String fileName, Map<String, String> sources,
                                  Set<String> takenIds) {
        return load(root, source, fileName, sources, takenIds, true);
    }

    /** As above; where a rule file failed to load ({@code allRulesRead} false), rule ids are not checked. */
    public static DraftRules load(Json root, String source, String fileName, Map<String, String> sources,
                                  Set<String> takenIds, boolean allRulesRead) {
        return new DraftRulesLoader(source, sources, takenIds, allRulesRead).load(root, fileName);
    }

    private DraftRules load(Json root, String fileName) {
        Fields file = Fields.of(root, "", source, FILE);
        file.optionalText("$schema", MAX_TEXT);
        file.optionalText("description", MAX_TEXT);
        if (file.has("spellings")) {
            spellings = spellings(file);
        }
        List<Json> items = file.list(file.required("rules", "a list of draft rules"), "rules");
        if (items.size() > MAX_RULES) {
            throw file.error("rules", "more than " + MAX_RULES + " draft rules; merge some.");
        }
        Map<String, DraftRule> byId = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            DraftRule rule = rule(items.get(i), "rules[" + i + "]");
            byId.put(rule.id(), rule);
        }
        Map<Verdict, VerdictDrafts> verdicts = verdicts(file, byId);
        return new DraftRules(Optional.of(fileName), List.copyOf(byId.values()), verdicts, spellings, index.freeze(),
                owners);
    }

    /** "spellings": {"u": "you", "ily": "i love you"}: one word, and the words it stands for. */
    private Spellings spellings(Fields file) {
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
            String at = "spellings." + entry.key();
            List<String> word = Words.tokens(entry.key()).stream().map(Words.Token::key).toList();
            if (word.size() != 1 || Words.tokens(entry.key()).get(0).emoji()) {
                throw InputException.at(source, at, entry.value().position(),
                        "a spelling is one word, such as \"u\"; split it or remove it.");
            }
            String written = file.text(entry.value(), at, MAX_PHRASE_CHARACTERS);
            List<String> meant = Words.tokens(written).stream().map(Words.Token::key).toList();
            if (meant.isEmpty() || meant.size() > Spellings.MAX_WORDS) {
                throw InputException.at(source, at, entry.value().position(), "write the 1 to "
                        + Spellings.MAX_WORDS + " words this spelling stands for, such as \"you\".");
            }
            byKey.put(word.get(0), meant);
        }
        return new Spellings(byKey);
    }

    private DraftRule rule(Json node, String path) {
        Fields f = Fields.of(node, path, source, RULE);
        String id = id(f);
        List<Json> written = f.list(f.required("phrases", "the words and phrases that show this kind of line"),
                f.pathOf("phrases"));
        if (written.isEmpty()) {
            throw f.error("phrases", "an empty list; give at least one phrase.");
        }
        if (written.size() > MAX_PHRASES_PER_RULE) {
            throw f.error("phrases", "more than " + MAX_PHRASES_PER_RULE + " phrases in one rule; split it.");
        }
        List<DraftRule.Phrase> phrases = new ArrayList<>(phrases(f, written, "phrases", false));
        if (f.has("atLineEnd")) {
            List<Json> atEnd = f.list(f.required("atLineEnd", "phrases that count only as a line's last words"),
                    f.pathOf("atLineEnd"));
            if (phrases.size() + atEnd.size() > MAX_PHRASES_PER_RULE) {
                throw f.error("atLineEnd", "more than " + MAX_PHRASES_PER_RULE + " phrases in one rule; split it.");
            }
            phrases.addAll(phrases(f, atEnd, "atLineEnd", true));
        }
        boolean threat = f.has("threat") && f.bool("threat", false);
        DraftRule rule = new DraftRule(id, phrases, text(f, "text", "what such a line does"),
                text(f, "instead", "what to write instead"), ruleSources(f), threat, source, node.position());
        for (DraftRule.Phrase phrase : phrases) {
            int at = phrase.hasGap() ? index.addGapped(phrase.beforeGap(), phrase.afterGap()) : index.add(phrase.words());
            own(at, new DraftRules.Owner(rule, phrase.atLineEnd()));
        }
        return rule;
    }

    private List<DraftRule.Phrase> phrases(Fields f, List<Json> written, String field, boolean atLineEnd) {
        List<DraftRule.Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            phrases.add(phrase(f, written.get(i), field + "[" + i + "]", atLineEnd));
        }
        return phrases;
    }

    /** A rule owns a phrase once: where it lists it both anywhere and at a line's end, anywhere wins. */
    private void own(int phrase, DraftRules.Owner owner) {
        while (owners.size() <= phrase) {
            owners.add(new ArrayList<>());
        }
        if (owners.get(phrase).stream().noneMatch(o -> o.rule() == owner.rule())) {
            owners.get(phrase).add(owner);
        }
    }

    private DraftRule.Phrase phrase(Fields f, Json node, String field, boolean atLineEnd) {
        String at = f.pathOf(field);
        String text = f.text(node, at, MAX_PHRASE_CHARACTERS);
        if (text.isBlank()) {
            throw InputException.at(source, at, node.position(), "this phrase is empty; write the words to look for.");
        }
        String[] parts = text.split("\\.\\.\\.", -1);
        if (parts.length > 2 || parts.length == 2 && (atLineEnd || parts[0].isBlank() || parts[1].isBlank())) {
            throw InputException.at(source, at, node.position(), "a phrase may hold one gap (\"...\") between "
                    + "words, such as \"if you ... loved me\"; not at its start or end, nor in \"atLineEnd\".");
        }
        String plain = String.join(" ", parts);
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            if (!allowedInPhrase(cp)) {
                throw InputException.at(source, at, node.position(), "\"" + new String(Character.toChars(cp))
                        + "\" (U+" + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + ") cannot be matched; "
                        + "a phrase holds words, apostrophes, spaces, hyphens and emoji only (no punctuation or patterns).");
            }
            i += Character.charCount(cp);
        }
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
        return new DraftRule.Phrase(text, words, node.position(), field, atLineEnd);
    }

    private List<String> keys(String text) {
        return spellings.applyToKeys(Words.tokens(text).stream().map(Words.Token::key).toList());
    }

    private static boolean allowedInPhrase(int cp) {
        return Words.isWordPart(cp) || Words.isApostrophe(cp) || Words.isPictograph(cp)
                || Words.isPhraseSeparator(cp) || Words.joinsEmoji(cp);
    }

    private Map<Verdict, VerdictDrafts> verdicts(Fields file, Map<String, DraftRule> byId) {
        Json node = file.required("verdicts", "what each verdict does with a draft");
        List<String> names = Arrays.stream(Verdict.values()).map(Verdict::name).toList();
        Fields all = Fields.of(node, "verdicts", source, names);
        Map<Verdict, VerdictDrafts> result = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            Fields v = all.requiredObject(verdict.name(), verdict.allowsContact() ? REVIEWING : UNSENT,
                    verdict.allowsContact() ? "the kinds of line this verdict notes, as {\"notes\": [rule ids]}"
                            : "what the person reads about a draft that stays unsent, as {\"unsent\": \"...\"}");
            result.put(verdict, verdict.allowsContact() ? reviewing(verdict, v, byId) : unsent(verdict, v));
        }
        return result;
    }

    private VerdictDrafts unsent(Verdict verdict, Fields v) {
        return new VerdictDrafts(verdict, List.of(), Optional.empty(), Optional.empty(),
                Optional.of(text(v, "unsent", "kind words: the draft stays unsent, and where to put it instead")),
                byRule(v, false));
    }

    /** "byRule": {"rule-id": "text"}: the words for a deciding rule of the rule set (empty: none). */
    private Map<String, String> byRule(Fields v, boolean mayBeEmpty) {
        if (!v.has("byRule")) {
            return Map.of();
        }
        Json node = v.required("byRule", "texts for particular deciding rules");
        String path = v.pathOf("byRule");
        if (!(node instanceof Json.Obj obj)) {
            throw InputException.at(source, path, node.position(), "expected an object of rule ids and texts.");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Json.Member entry : obj.members().values()) {
            String at = path + "." + entry.key();
            if (allRulesRead && !verdictRuleIds.contains(entry.key())) {
                throw InputException.at(source, at, entry.value().position(), "no rule of the rule set has the id \""
                        + entry.key() + "\"; " + Texts.nearest(entry.key(), verdictRuleIds)
                        .map(n -> "did you mean \"" + n + "\"?").orElse("use a rule's id."));
            }
            String text = v.text(entry.value(), at, MAX_TEXT);
            if (text.isBlank() && !mayBeEmpty) {
                throw InputException.at(source, at, entry.value().position(), "this text is empty; write it for the person reading.");
            }
            texts.put(entry.key(), text);
        }
        return texts;
    }

    private VerdictDrafts reviewing(Verdict verdict, Fields v, Map<String, DraftRule> byId) {
        List<Json> ids = v.list(v.required("notes", "the ids of the draft rules this verdict notes"), v.pathOf("notes"));
        List<DraftRule> noted = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String at = v.pathOf("notes") + "[" + i + "]";
            String id = v.text(ids.get(i), at, 64);
            DraftRule rule = byId.get(id);
            if (rule == null) {
                throw InputException.at(source, at, ids.get(i).position(), "no draft rule has the id \"" + id + "\"; "
                        + Texts.nearest(id, byId.keySet()).map(n -> "did you mean \"" + n + "\"?")
                        .orElse("use one of " + Texts.choices(byId.keySet()) + "."));
            }
            if (noted.contains(rule)) {
                throw InputException.at(source, at, ids.get(i).position(), "\"" + id + "\" is listed twice; keep it once.");
            }
            noted.add(rule);
        }
        Optional<LengthLimit> tooLong = v.optionalObject("tooLong", TOO_LONG).map(this::lengthLimit);
        Optional<String> words = v.has("wordsYouCouldUse")
                ? Optional.of(text(v, "wordsYouCouldUse", "an example message")) : Optional.empty();
        return new VerdictDrafts(verdict, noted, tooLong, words, Optional.empty(), byRule(v, true));
    }

    private LengthLimit lengthLimit(Fields f) {
        String id = id(f);
        int maxWords = f.whole(f.required("maxWords", "the most words a draft should have"), f.pathOf("maxWords"),
                1, MAX_WORDS_LIMIT);
        return new LengthLimit(id, maxWords, text(f, "text", "what a long draft does"),
                text(f, "instead", "what to do instead"), ruleSources(f), f.position());
    }

    private String id(Fields f) {
        String id = f.requiredText("id", 64, "a short id such as \"feelings-in-logistics\"");
        if (!ID.matcher(id).matches()) {
            throw f.error("id", "\"" + Texts.abbreviate(id, 40)
                    + "\" is not a valid id; use lower-case letters, digits and dashes, such as \"pressure\".");
        }
        if (!takenIds.add(id)) {
            throw f.error("id", "the id \"" + id + "\" is already used by another rule; give each rule its own id.");
        }
        return id;
    }

    private String text(Fields f, String key, String whatItIs) {
        String text = f.requiredText(key, MAX_TEXT, whatItIs);
        if (text.isBlank()) {
            throw f.error(key, "this text is empty; write it for the person reading.");
        }
        return text;
    }

    private List<String> ruleSources(Fields f) {
        return SourceIds.cited(f, sources);
    }
}
