package org.nocontact.rules.drafts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Problems;

/**
 * Reads a draft rules file (see docs/rules-format.md, "Draft rules") as strictly as a rule file:
 * unknown fields, ids, sources and verdicts are errors at their line and column. Phrase counts and
 * lengths are capped ({@link PhraseReader}), so no file can make the phrase index large; matching
 * is linear anyway. A mistake is noted and reading goes on (past a bad field inside a rule too),
 * so one run reports every problem in the file. The file's parts are read by
 * {@link SpellingsReader}, {@link PhraseReader} (in each rule) and {@link VerdictDraftsReader}.
 */
public final class DraftRulesLoader {
    public static final int MAX_RULES = 100;
    private static final List<String> FILE = List.of("$schema", "description", "spellings", "rules", "verdicts");
    private static final List<String> RULE = List.of("id", "phrases", "atLineEnd", "aloneOnLine", "unlessOnLine", "threat",
            "text", "instead", "sources");

    private final String source;
    private final DraftRuleFields ruleFields;
    private final VerdictDraftsReader verdicts;
    private final Problems problems = new Problems();

    private DraftRulesLoader(String source, DraftRuleFields ruleFields, VerdictDraftsReader verdicts) {
        this.source = source;
        this.ruleFields = ruleFields;
        this.verdicts = verdicts;
    }

    /**
     * @param root         the file's JSON
     * @param source       how the file is named in messages
     * @param fileName     the name ruleset.json gives it
     * @param sources      the rule set's source ids
     * @param takenIds     the ids of the rule set's verdict rules, which draft rules may not reuse
     *                     (and which "byRule" names)
     * @param verdicts     the verdicts, each of which the file says what to do with a draft
     * @param allRulesRead false where a rule file could not be read: then a rule id that "byRule"
     *                     names is not checked (the rule may be in the part not read, reported already)
     * @throws InputException with every problem found in the file
     */
    public static DraftRules load(Json root, String source, String fileName, Map<String, String> sources,
                                  Set<String> takenIds, List<? extends VerdictKind> verdicts, boolean allRulesRead) {
        DraftRuleFields ruleFields = new DraftRuleFields(sources, takenIds);
        DraftRulesLoader loader = new DraftRulesLoader(source, ruleFields,
                new VerdictDraftsReader(source, ruleFields, verdicts, takenIds, allRulesRead));
        Optional<DraftRules> rules = loader.problems.attempt(() -> loader.load(root, fileName));
        loader.problems.throwIfAny();
        return rules.orElseThrow();
    }

    private DraftRules load(Json root, String fileName) {
        Fields file = Fields.of(root, "", source, FILE, problems);
        problems.check(() -> file.optionalText("$schema", DraftRuleFields.MAX_TEXT));
        problems.check(() -> file.optionalText("description", DraftRuleFields.MAX_TEXT));
        Spellings spellings = file.has("spellings")
                ? problems.attempt(() -> new SpellingsReader(source).read(file, problems)).orElse(Spellings.NONE)
                : Spellings.NONE;
        List<Json> items = problems.attempt(() -> file.list(file.required("rules", "a list of draft rules"), "rules"))
                .orElse(List.of());
        if (items.size() > MAX_RULES) {
            throw file.error("rules", "more than " + MAX_RULES + " draft rules; merge some.");
        }
        PhraseReader phrases = new PhraseReader(source, spellings);
        Map<String, DraftRule> byId = new LinkedHashMap<>();
        boolean everyRuleRead = true;
        for (int i = 0; i < items.size(); i++) {
            Json item = items.get(i);
            String path = "rules[" + i + "]";
            Optional<DraftRule> rule = problems.attempt(() -> rule(item, path, phrases));
            rule.ifPresent(r -> byId.put(r.id(), r));
            everyRuleRead &= rule.isPresent();
        }
        boolean idsKnown = everyRuleRead;
        Map<VerdictKind, VerdictDrafts> byVerdict = problems.attempt(() -> verdicts.read(file, byId, idsKnown, problems))
                .orElse(Map.of());
        return DraftRules.indexed(fileName, List.copyOf(byId.values()), byVerdict, spellings);
    }

    /** One draft rule; every field is checked even after one is wrong, and all its problems are thrown together. */
    private DraftRule rule(Json node, String path, PhraseReader phrases) {
        Problems found = new Problems();
        Fields f = Fields.of(node, path, source, RULE, found);
        Optional<String> id = found.attempt(() -> ruleFields.id(f));
        Optional<List<DraftRule.Phrase>> read = found.attempt(() -> phrases.ofRule(f));
        Optional<Boolean> threat = found.attempt(() -> f.bool("threat", false));
        Optional<String> text = found.attempt(() -> DraftRuleFields.text(f, "text", "what such a line does"));
        Optional<String> instead = found.attempt(() -> DraftRuleFields.text(f, "instead", "what to write instead"));
        Optional<List<String>> cited = found.attempt(() -> ruleFields.sources(f));
        found.throwIfAny();
        return new DraftRule(id.orElseThrow(), read.orElseThrow(), text.orElseThrow(), instead.orElseThrow(),
                cited.orElseThrow(), threat.orElseThrow(), source, node.position());
    }
}
