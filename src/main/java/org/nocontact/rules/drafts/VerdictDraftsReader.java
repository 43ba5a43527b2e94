package org.nocontact.rules.drafts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Problems;
import org.nocontact.text.Texts;

/**
 * The "verdicts" of a draft rules file: for each verdict of the rule set, what it does with a
 * draft. A verdict that allows contact notes kinds of line ("notes", draft rule ids), may set a
 * length limit ("tooLong") and words the person could use; one that does not says kindly that the
 * draft stays unsent ("unsent"). Either may give other words for a deciding rule ("byRule").
 */
final class VerdictDraftsReader {
    static final int MAX_WORDS_LIMIT = 10_000;
    private static final List<String> REVIEWING = List.of("notes", "tooLong", "wordsYouCouldUse", "wordsForAReply", "byRule");
    private static final List<String> UNSENT = List.of("unsent", "byRule", "readAs");
    private static final List<String> TOO_LONG = List.of("id", "maxWords", "text", "instead", "sources");

    private final String source;
    private final DraftRuleFields ruleFields;
    private final List<? extends VerdictKind> verdictKinds;
    /** The ids of the rule set's verdict rules, which "byRule" names. */
    private final Set<String> verdictRuleIds;
    /** Whether every rule file was read, so that a rule id "byRule" names can be checked. */
    private final boolean allRulesRead;

    VerdictDraftsReader(String source, DraftRuleFields ruleFields, List<? extends VerdictKind> verdictKinds,
                        Set<String> verdictRuleIds, boolean allRulesRead) {
        this.source = source;
        this.ruleFields = ruleFields;
        this.verdictKinds = List.copyOf(verdictKinds);
        this.verdictRuleIds = Set.copyOf(verdictRuleIds);
        this.allRulesRead = allRulesRead;
    }

    /**
     * What each verdict does with a draft; a verdict's problems are noted in {@code problems} and
     * the next verdict is read. With {@code idsKnown} false (a draft rule could not be read) an
     * unknown id in "notes" is not blamed here.
     */
    Map<VerdictKind, VerdictDrafts> read(Fields file, Map<String, DraftRule> byId, boolean idsKnown,
                                         Problems problems) {
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
        Optional<String> unsent = found.attempt(() -> DraftRuleFields.text(v, "unsent",
                "kind words: the draft stays unsent, and where to put it instead"));
        Optional<Map<String, String>> byRule = found.attempt(() -> byRule(v, false));
        Optional<Map<String, String>> readAs = found.attempt(() -> readAs(v));
        found.throwIfAny();
        return new VerdictDrafts(verdict, List.of(), Optional.empty(), Optional.empty(), unsent, byRule.orElseThrow(),
                readAs.orElseThrow(), Optional.empty());
    }

    /**
     * "readAs": {"rule-id": "VERDICT"}: where that rule decides, the draft is the one message its advice
     * allows, read as the named verdict (one that reads drafts) reads it.
     */
    private Map<String, String> readAs(Fields v) {
        if (!v.has("readAs")) {
            return Map.of();
        }
        Json node = v.required("readAs", "deciding rules whose draft is read as another verdict reads it");
        String path = v.pathOf("readAs");
        if (!(node instanceof Json.Obj obj)) {
            throw InputException.at(source, path, node.position(), "expected an object of rule ids and verdicts.");
        }
        List<String> reading = verdictKinds.stream().filter(VerdictKind::allowsContact).map(VerdictKind::name).toList();
        Problems found = new Problems();
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (Json.Member entry : obj.members().values()) {
            found.attempt(() -> {
                String at = path + "." + entry.key();
                knownRule(at, entry);
                String name = v.text(entry.value(), at, 64);
                if (!reading.contains(name)) {
                    throw InputException.at(source, at, entry.value().position(), "\"" + name + "\" is not a verdict "
                            + "that reads drafts; use one of " + Texts.choices(reading) + ".");
                }
                return name;
            }).ifPresent(name -> verdicts.put(entry.key(), name));
        }
        found.throwIfAny();
        return verdicts;
    }

    private void knownRule(String at, Json.Member entry) {
        if (allRulesRead && !verdictRuleIds.contains(entry.key())) {
            throw InputException.at(source, at, entry.value().position(), "no rule of the rule set has the id \""
                    + entry.key() + "\"; " + Texts.nearest(entry.key(), verdictRuleIds)
                    .map(n -> "did you mean \"" + n + "\"?").orElse("use a rule's id."));
        }
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
        Optional<Optional<String>> words = found.attempt(() -> example(v, "wordsYouCouldUse"));
        Optional<Optional<String>> forAReply = found.attempt(() -> example(v, "wordsForAReply"));
        Optional<Map<String, String>> byRule = found.attempt(() -> byRule(v, true));
        found.throwIfAny();
        return new VerdictDrafts(verdict, noted, tooLong.orElseThrow(), words.orElseThrow(), Optional.empty(),
                byRule.orElseThrow(), Map.of(), forAReply.orElseThrow());
    }

    private static Optional<String> example(Fields v, String field) {
        return v.has(field) ? Optional.of(DraftRuleFields.text(v, field, "an example message")) : Optional.empty();
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
        if (listed(noted, id)) {
            throw InputException.at(source, at, item.position(), "\"" + id + "\" is listed twice; keep it once.");
        }
        return Optional.of(rule);
    }

    /** Whether a rule of this id is among those noted (by id: a rule's id is its own, so no deep comparison). */
    private static boolean listed(List<DraftRule> noted, String id) {
        for (DraftRule rule : noted) {
            if (rule.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private LengthLimit lengthLimit(Fields f) {
        Problems found = new Problems();
        Optional<String> id = found.attempt(() -> ruleFields.id(f));
        Optional<Integer> maxWords = found.attempt(() -> f.whole(f.required("maxWords", "the most words a draft should have"),
                f.pathOf("maxWords"), 1, MAX_WORDS_LIMIT));
        Optional<String> text = found.attempt(() -> DraftRuleFields.text(f, "text", "what a long draft does"));
        Optional<String> instead = found.attempt(() -> DraftRuleFields.text(f, "instead", "what to do instead"));
        Optional<List<String>> cited = found.attempt(() -> ruleFields.sources(f));
        found.throwIfAny();
        return new LengthLimit(id.orElseThrow(), maxWords.orElseThrow(), text.orElseThrow(), instead.orElseThrow(),
                cited.orElseThrow(), f.position());
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
        knownRule(at, entry);
        String text = v.text(entry.value(), at, DraftRuleFields.MAX_TEXT);
        if (text.isBlank() && !mayBeEmpty) {
            throw InputException.at(source, at, entry.value().position(),
                    "this text is empty; write it for the person reading.");
        }
        return text;
    }
}
