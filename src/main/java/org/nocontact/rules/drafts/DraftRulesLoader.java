package org.nocontact.rules.drafts;

import java.util.ArrayList;
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
import org.nocontact.json.Problems;
import org.nocontact.text.Texts;
import org.nocontact.rules.checks.SourceIds;

/**
 * Reads a draft rules file (see docs/rules-format.md, "Draft rules") as strictly as a rule file:
 * unknown fields, ids, sources and verdicts are errors at their line and column. Phrase counts and
 * lengths are capped here, so no file can make the phrase index large; matching is linear anyway.
 * A mistake is noted and reading goes on (past a bad field inside a rule too), so one run reports
 * every problem in the file.
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
    /** The ids of the rule set's verdict rules, which "byRule" names. */
    private final Set<String> verdictRuleIds;
    /** Whether every rule file was read, so that a rule id "byRule" names can be checked. */
    private final boolean allRulesRead;
    private final List<? extends VerdictKind> verdictKinds;
    private final Problems problems = new Problems();
    private Spellings spellings = Spellings.NONE;
    private int phraseCount;
    private int gappedCount;

    private DraftRulesLoader(String source, Map<String, String> sources, Set<String> takenIds,
                             List<? extends VerdictKind> verdictKinds, boolean allRulesRead) {
        this.source = source;
        this.sources = sources;
        this.takenIds = new HashSet<>(takenIds);
        this.verdictRuleIds = Set.copyOf(takenIds);
        this.allRulesRead = allRulesRead;
        this.verdictKinds = List.copyOf(verdictKinds);
    }

    /**
     * @param root     the file's JSON
     * @param source   how the file is named in messages
     * @param fileName the name ruleset.json gives it
     * @param sources  the rule set's source ids
     * @param takenIds the ids of the rule set's verdict rules, which draft rules may not reuse
     *                 (and which "byRule" names)
     * @param verdicts the verdicts, each of which the file says what to do with a draft
     * @throws InputException with every problem found in the file
     */
    public static DraftRules load(Json root, String source, String fileName, Map<String, String> sources,
                                  Set<String> takenIds, List<? extends VerdictKind> verdicts) {
        return load(root, source, fileName, sources, takenIds, verdicts, true);
    }

    /**
     * As above; where a rule file could not be read ({@code allRulesRead} false), a rule id that
     * "byRule" names is not checked (the rule may be in the part not read, reported already).
     */
    public static DraftRules load(Json root, String source, String fileName, Map<String, String> sources,
                                  Set<String> takenIds, List<? extends VerdictKind> verdicts, boolean allRulesRead) {
        DraftRulesLoader loader = new DraftRulesLoader(source, sources, takenIds, verdicts, allRulesRead);
        Optional<DraftRules> rules = loader.problems.attempt(() -> loader.load(root, fileName));
        loader.problems.throwIfAny();
        return rules.orElseThrow();
    }

    private DraftRules load(Json root, String fileName) {
        Fields file = Fields.of(root, "", source, FILE, problems);
        problems.attempt(() -> file.optionalText("$schema", MAX_TEXT));
        problems.attempt(() -> file.optionalText("description", MAX_TEXT));
        if (file.has("spellings")) {
            problems.check(() -> spellings(file));
        }
        List<Json> items = problems.attempt(() -> file.list(file.required("rules", "a list of draft rules"), "rules"))
                .orElse(List.of());
        if (items.size() > MAX_RULES) {
            throw file.error("rules", "more than " + MAX_RULES + " draft rules; merge some.");
        }
        Map<String, DraftRule> byId = new LinkedHashMap<>();
        boolean everyRuleRead = true;
        for (int i = 0; i < items.size(); i++) {
            Json item = items.get(i);
            String path = "rules[" + i + "]";
            Optional<DraftRule> rule = problems.attempt(() -> rule(item, path));
            rule.ifPresent(r -> byId.put(r.id(), r));
            everyRuleRead &= rule.isPresent();
        }
        boolean idsKnown = everyRuleRead;
        Map<VerdictKind, VerdictDrafts> verdicts = problems.attempt(() -> verdicts(file, byId, idsKnown)).orElse(Map.of());
        return DraftRules.indexed(fileName, List.copyOf(byId.values()), verdicts, spellings);
    }

    /**
     * "spellings": {"u": "you", "ily": "i love you"}: one word, and the words it stands for. Every
     * entry is checked even after one is wrong; the good ones are kept (phrases are read with them),
     * and all problems thrown together.
     */
    private void spellings(Fields file) {
        Json node = file.required("spellings", "how a word is written in a hurry, and the words it stands for");
        if (!(node instanceof Json.Obj obj)) {
            throw InputException.at(source, "spellings", node.position(),
                    "expected an object such as {\"u\": \"you\"}.");
        }
        if (obj.members().size() > MAX_SPELLINGS) {
            throw InputException.at(source, "spellings", node.position(), "more than " + MAX_SPELLINGS
                    + " spellings; keep the common ones.");
        }
        Problems found = new Problems();
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (Json.Member entry : obj.members().values()) {
            found.attempt(() -> spelling(file, entry)).ifPresent(meant -> byKey.put(meant.getKey(), meant.getValue()));
        }
        spellings = new Spellings(byKey);
        found.throwIfAny();
    }

    /** One spelling: the word as written, and the words it stands for. */
    private Map.Entry<String, List<String>> spelling(Fields file, Json.Member entry) {
        String at = "spellings." + entry.key();
        List<Tokens.Token> written = Tokens.tokens(entry.key());
        if (written.size() != 1 || written.get(0).emoji()) {
            throw InputException.at(source, at, entry.value().position(),
                    "a spelling is one word, such as \"u\"; split it or remove it.");
        }
        String text = file.text(entry.value(), at, MAX_PHRASE_CHARACTERS);
        List<String> meant = Tokens.tokens(text).stream().map(Tokens.Token::key).toList();
        if (meant.isEmpty() || meant.size() > Spellings.MAX_WORDS) {
            throw InputException.at(source, at, entry.value().position(), "write the 1 to "
                    + Spellings.MAX_WORDS + " words this spelling stands for, such as \"you\".");
        }
        return Map.entry(written.get(0).key(), meant);
    }

    /** One draft rule; every field is checked even after one is wrong, and all its problems are thrown together. */
    private DraftRule rule(Json node, String path) {
        Problems found = new Problems();
        Fields f = Fields.of(node, path, source, RULE, found);
        Optional<String> id = found.attempt(() -> id(f));
        Optional<List<DraftRule.Phrase>> phrases = found.attempt(() -> rulePhrases(f));
        Optional<Boolean> threat = found.attempt(() -> f.bool("threat", false));
        Optional<String> text = found.attempt(() -> text(f, "text", "what such a line does"));
        Optional<String> instead = found.attempt(() -> text(f, "instead", "what to write instead"));
        Optional<List<String>> cited = found.attempt(() -> ruleSources(f));
        found.throwIfAny();
        return new DraftRule(id.orElseThrow(), phrases.orElseThrow(), text.orElseThrow(), instead.orElseThrow(),
                cited.orElseThrow(), threat.orElseThrow(), source, node.position());
    }

    private List<DraftRule.Phrase> rulePhrases(Fields f) {
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
        return phrases;
    }

    private List<DraftRule.Phrase> phrases(Fields f, List<Json> written, String field, boolean atLineEnd) {
        Problems found = new Problems();
        List<DraftRule.Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String at = field + "[" + i + "]";
            Json node = written.get(i);
            found.attempt(() -> phrase(f, node, at, atLineEnd)).ifPresent(phrases::add);
        }
        found.throwIfAny();
        return phrases;
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

    /** A phrase's word keys, with spellings set straight as they are in a draft. */
    private List<String> keys(String text) {
        return spellings.applyToKeys(Tokens.tokens(text).stream().map(Tokens.Token::key).toList());
    }

    private static boolean allowedInPhrase(int cp) {
        return Tokens.isWordPart(cp) || Tokens.isApostrophe(cp) || Tokens.isPictograph(cp)
                || Tokens.isPhraseSeparator(cp) || Tokens.joinsEmoji(cp);
    }

    /** What each verdict does with a draft; with {@code idsKnown} false (a rule could not be read) an unknown id is not blamed here. */
    private Map<VerdictKind, VerdictDrafts> verdicts(Fields file, Map<String, DraftRule> byId, boolean idsKnown) {
        Json node = file.required("verdicts", "what each verdict does with a draft");
        List<String> names = verdictKinds.stream().map(VerdictKind::name).toList();
        Fields all = Fields.of(node, "verdicts", source, names, problems);
        Map<VerdictKind, VerdictDrafts> result = new LinkedHashMap<>();
        for (VerdictKind verdict : verdictKinds) {
            problems.attempt(() -> {
                Fields v = all.requiredObject(verdict.name(), verdict.allowsContact() ? REVIEWING : UNSENT,
                        verdict.allowsContact() ? "the kinds of line this verdict notes, as {\"notes\": [rule ids]}"
                                : "what the person reads about a draft that stays unsent, as {\"unsent\": \"...\"}");
                return verdict.allowsContact() ? reviewing(verdict, v, byId, idsKnown) : unsent(verdict, v);
            }).ifPresent(drafts -> result.put(verdict, drafts));
        }
        return result;
    }

    private VerdictDrafts unsent(VerdictKind verdict, Fields v) {
        Problems found = new Problems();
        Optional<String> unsent = found.attempt(() -> text(v, "unsent",
                "kind words: the draft stays unsent, and where to put it instead"));
        Optional<Map<String, String>> byRule = found.attempt(() -> byRule(v, false));
        found.throwIfAny();
        return new VerdictDrafts(verdict, List.of(), Optional.empty(), Optional.empty(), unsent, byRule.orElseThrow());
    }

    /**
     * "byRule": {"rule-id": "text"}: the words for a deciding rule of the rule set (for a reviewing
     * verdict, empty means none). Every entry is checked even after one is wrong.
     */
    private Map<String, String> byRule(Fields v, boolean mayBeEmpty) {
        if (!v.has("byRule")) {
            return Map.of();
        }
        Json node = v.required("byRule", "texts for particular deciding rules");
        String path = v.pathOf("byRule");
        if (!(node instanceof Json.Obj obj)) {
            throw InputException.at(source, path, node.position(), "expected an object of rule ids and texts.");
        }
        Problems found = new Problems();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Json.Member entry : obj.members().values()) {
            found.attempt(() -> byRuleText(v, path, entry, mayBeEmpty)).ifPresent(text -> texts.put(entry.key(), text));
        }
        found.throwIfAny();
        return texts;
    }

    private String byRuleText(Fields v, String path, Json.Member entry, boolean mayBeEmpty) {
        String at = path + "." + entry.key();
        if (allRulesRead && !verdictRuleIds.contains(entry.key())) {
            throw InputException.at(source, at, entry.value().position(), "no rule of the rule set has the id \""
                    + entry.key() + "\"; " + Texts.nearest(entry.key(), verdictRuleIds)
                    .map(n -> "did you mean \"" + n + "\"?").orElse("use a rule's id."));
        }
        String text = v.text(entry.value(), at, MAX_TEXT);
        if (text.isBlank() && !mayBeEmpty) {
            throw InputException.at(source, at, entry.value().position(),
                    "this text is empty; write it for the person reading.");
        }
        return text;
    }

    private VerdictDrafts reviewing(VerdictKind verdict, Fields v, Map<String, DraftRule> byId, boolean idsKnown) {
        Problems found = new Problems();
        List<Json> ids = found.attempt(() -> v.list(v.required("notes", "the ids of the draft rules this verdict notes"),
                v.pathOf("notes"))).orElse(List.of());
        List<DraftRule> noted = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String at = v.pathOf("notes") + "[" + i + "]";
            Json item = ids.get(i);
            found.attempt(() -> noted(v, item, at, byId, idsKnown, noted)).flatMap(r -> r).ifPresent(noted::add);
        }
        Optional<Optional<LengthLimit>> tooLong = found.attempt(() -> v.optionalObject("tooLong", TOO_LONG)
                .map(this::lengthLimit));
        Optional<Optional<String>> words = found.attempt(() -> v.has("wordsYouCouldUse")
                ? Optional.of(text(v, "wordsYouCouldUse", "an example message")) : Optional.<String>empty());
        Optional<Map<String, String>> byRule = found.attempt(() -> byRule(v, true));
        found.throwIfAny();
        return new VerdictDrafts(verdict, noted, tooLong.orElseThrow(), words.orElseThrow(), Optional.empty(),
                byRule.orElseThrow());
    }

    /** The draft rule one "notes" entry names; empty when its rule could not be read (already reported). */
    private Optional<DraftRule> noted(Fields v, Json item, String at, Map<String, DraftRule> byId, boolean idsKnown,
                                      List<DraftRule> noted) {
        String id = v.text(item, at, 64);
        DraftRule rule = byId.get(id);
        if (rule == null && !idsKnown) {
            return Optional.empty();
        }
        if (rule == null) {
            throw InputException.at(source, at, item.position(), "no draft rule has the id \"" + id + "\"; "
                    + Texts.nearest(id, byId.keySet()).map(n -> "did you mean \"" + n + "\"?")
                    .orElse("use one of " + Texts.choices(byId.keySet()) + "."));
        }
        if (noted.contains(rule)) {
            throw InputException.at(source, at, item.position(), "\"" + id + "\" is listed twice; keep it once.");
        }
        return Optional.of(rule);
    }

    private LengthLimit lengthLimit(Fields f) {
        Problems found = new Problems();
        Optional<String> id = found.attempt(() -> id(f));
        Optional<Integer> maxWords = found.attempt(() -> f.whole(f.required("maxWords", "the most words a draft should have"),
                f.pathOf("maxWords"), 1, MAX_WORDS_LIMIT));
        Optional<String> text = found.attempt(() -> text(f, "text", "what a long draft does"));
        Optional<String> instead = found.attempt(() -> text(f, "instead", "what to do instead"));
        Optional<List<String>> cited = found.attempt(() -> ruleSources(f));
        found.throwIfAny();
        return new LengthLimit(id.orElseThrow(), maxWords.orElseThrow(), text.orElseThrow(), instead.orElseThrow(),
                cited.orElseThrow(), f.position());
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
