package org.nocontact.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.JsonTreeReader;
import org.nocontact.json.Position;
import org.nocontact.json.Texts;
import org.nocontact.rules.drafts.DraftRules;
import org.nocontact.rules.drafts.DraftRulesLoader;

/**
 * Loads ruleset.json and the rule files it lists, and checks them whole before any rule runs:
 * every fact, value, verdict, source and rule id must be known, and every profile must end with a
 * catch-all so that each situation gets exactly one verdict. Sizes are capped so that a rule set
 * from a stranger cannot make an evaluation slow.
 */
public final class RuleSetLoader {
    public static final String INDEX = "ruleset.json";
    public static final int MAX_FILES = 64;
    public static final int MAX_RULES = 1000;
    public static final long MAX_CONDITION_SIZE = 10_000;
    /** All conditions together, definitions expanded: bounds the work of one evaluation. */
    public static final long MAX_TOTAL_CONDITION_SIZE = 100_000;
    private static final int MAX_TEXT = 2000;
    /** Problems reported at most in one run; more would bury the first ones. */
    static final int MAX_ERRORS = 50;
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}\\.json");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private static final List<String> INDEX_FIELDS = List.of("$schema", "name", "description", "files", "sources",
            "settings", "definitions", "advice", "profiles", "defaultProfile", "drafts", "invariants");
    private static final List<String> SETTINGS = List.of("noContactDays");
    private static final List<String> PROFILE = List.of("description", "precedence");
    private static final List<String> RULE_FILE = List.of("$schema", "rules");
    private static final List<String> RULE = List.of("id", "when", "verdict", "summary", "reason", "doInstead",
            "reconsiderOn", "sources");
    private static final List<String> SUGGESTION = List.of("text", "when");

    private final JsonTreeReader json = new JsonTreeReader(JsonTreeReader.Limits.RULES);
    private final RuleFiles files;

    private Map<String, String> sources = Map.of();
    /** Reads conditions and the definitions they refer to; made once the index's display name is known. */
    private ConditionReader conditions;
    private String indexName = INDEX;
    /** Problems found so far: loading goes on after most, and they are reported together. */
    private final List<InputException> errors = new ArrayList<>();
    /** False when "sources" itself was wrong: rules are then not blamed for citing unknown sources. */
    private boolean sourcesKnown = true;
    /** Each listed rule file's entry in "files" (its path and place), to blame when the file is missing. */
    private final Map<String, Map.Entry<String, Position>> listedAt = new HashMap<>();

    private RuleSetLoader(RuleFiles files) {
        this.files = files;
    }

    public static RuleSet load(RuleFiles files) {
        return new RuleSetLoader(files).load();
    }

    private RuleSet load() {
        indexName = files.display(INDEX);
        conditions = new ConditionReader(indexName);
        Fields index = Fields.of(readFile(INDEX), "", indexName, INDEX_FIELDS);
        attempt(() -> index.optionalText("$schema", MAX_TEXT));
        attempt(() -> index.optionalText("description", MAX_TEXT));
        String name = attempt(() -> index.requiredText("name", 200, "the rule set's name")).orElse("");
        Optional<Map<String, String>> indexSources = attempt(() -> sources(index));
        sources = indexSources.orElse(Map.of());
        sourcesKnown = indexSources.isPresent();
        int defaultDays = attempt(() -> index.optionalObject("settings", SETTINGS)
                .map(f -> f.optionalWhole("noContactDays", 1, 365).orElse(30)).orElse(30)).orElse(30);
        attempt(() -> {
            index.optional("definitions").ifPresent(conditions::collectDefinitions);
            return true;
        });
        conditions.definitionNames().stream().sorted().forEach(this::definitionOnce);
        List<Rule.Suggestion> advice = attempt(() -> suggestions(index, "advice")).orElse(List.of());

        Optional<List<String>> listed = attempt(() -> fileNames(index));
        List<String> fileNames = listed.orElse(List.of());
        boolean everyRuleRead = listed.isPresent();
        List<Rule> rules = new ArrayList<>();
        Map<String, Rule> byId = new HashMap<>();
        long totalSize = 0;
        for (String file : fileNames) {
            RuleFileRead read = ruleFile(file);
            everyRuleRead &= read.complete();
            for (Rule rule : read.rules()) {
                Rule earlier = byId.putIfAbsent(rule.id(), rule);
                if (earlier != null) {
                    errors.add(InputException.at(rule.file(), "rules", rule.position(), "rule id \"" + rule.id()
                            + "\" is already used in " + earlier.file() + " at " + earlier.position()
                            + "; give each rule its own id."));
                    continue;
                }
                rules.add(rule);
                if (rules.size() > MAX_RULES) {
                    throw stop(InputException.whole(indexName, "more than " + MAX_RULES + " rules; split the rule set."));
                }
                totalSize += rule.when().size();
                if (totalSize > MAX_TOTAL_CONDITION_SIZE) {
                    throw stop(InputException.at(rule.file(), "rules", rule.position(), "the rules' conditions have more than "
                            + MAX_TOTAL_CONDITION_SIZE + " parts in all (definitions expanded); simplify them."));
                }
            }
        }
        boolean idsKnown = everyRuleRead;
        Optional<Map<String, Profile>> profiles = attempt(() -> profiles(index, byId, idsKnown));
        String defaultProfile = attempt(() -> index.optionalText("defaultProfile", 64)).flatMap(o -> o).orElse("standard");
        if (profiles.isPresent() && !profiles.get().containsKey(defaultProfile)) {
            errors.add(index.error("defaultProfile", "no profile is called \"" + defaultProfile + "\"; use one of "
                    + Texts.choices(profiles.get().keySet()) + "."));
        }
        Optional<DraftRules> drafts = attempt(() -> drafts(index, fileNames, byId.keySet(), errors.isEmpty()));
        Optional<List<Invariant>> invariants = profiles.isEmpty() ? Optional.empty()
                : attempt(() -> InvariantReader.read(index, indexName, profiles.get().keySet(), conditions::condition));
        if (!errors.isEmpty()) {
            throw stop();
        }
        Map<String, Condition> resolved = new LinkedHashMap<>(conditions.definitions());
        return new RuleSet(name, fileNames, sources, defaultDays, resolved, advice, rules, profiles.orElseThrow(),
                defaultProfile, invariants.orElseThrow(), drafts.orElseThrow());
    }

    /** Runs one check; a problem is noted and loading goes on, so that one run reports every mistake. */
    private <T> Optional<T> attempt(java.util.function.Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (InputException e) {
            errors.add(e);
            return Optional.empty();
        }
    }

    /** Everything found so far and a problem that ends loading, as one exception. */
    private InputException stop(InputException last) {
        errors.add(last);
        return stop();
    }

    /** Everything found so far as one exception, capped at {@link #MAX_ERRORS}. */
    private InputException stop() {
        List<InputException> all = new ArrayList<>(errors);
        if (all.size() > MAX_ERRORS) {
            int left = all.size() - MAX_ERRORS;
            all = new ArrayList<>(all.subList(0, MAX_ERRORS));
            all.add(InputException.whole(indexName, "and " + left + " more " + (left == 1 ? "problem" : "problems")
                    + " not shown; fix these first."));
        }
        return InputException.all(all);
    }

    /** The rules of one file that could be read, and whether that was all of them. */
    private record RuleFileRead(List<Rule> rules, boolean complete) {
    }

    private Json readFile(String fileName) {
        return readFile(fileName, "files");
    }

    private Json readFile(String fileName, String listedIn) {
        String display = files.display(fileName);
        try (InputStream in = files.open(fileName)) {
            return json.read(in, display);
        } catch (NoSuchFileException e) {
            if (listedIn.equals("files") && listedAt.containsKey(fileName)) {
                throw missingListedFile(fileName);
            }
            throw InputException.whole(display, "no such file; "
                    + (fileName.equals(INDEX) ? "a rules folder needs a ruleset.json (see docs/rules-format.md)."
                    : "remove it from \"" + listedIn + "\" in " + INDEX + " or add the file."));
        } catch (IOException e) {
            throw files.unreadable(fileName, fileName.equals(INDEX) ? "a rules folder needs a ruleset.json file."
                    : "rename it, or list the rule file you meant in \"" + listedIn + "\" in " + INDEX + ".");
        }
    }

    /** The draft rules file that "drafts" names, if any: read as strictly as a rule file. */
    private DraftRules drafts(Fields index, List<String> ruleFiles, Set<String> ruleIds, boolean allRulesRead) {
        Optional<String> name = index.optionalText("drafts", 100);
        if (name.isEmpty()) {
            return DraftRules.NONE;
        }
        String fileName = name.get();
        if (!FILE_NAME.matcher(fileName).matches() || fileName.equals(INDEX) || ruleFiles.contains(fileName)) {
            throw index.error("drafts", "\"" + fileName + "\" cannot be the draft rules file; use a plain name in the "
                    + "same folder that \"files\" does not list, such as \"drafts.json\".");
        }
        return DraftRulesLoader.load(readFile(fileName, "drafts"), files.display(fileName), fileName, sources, ruleIds,
                allRulesRead);
    }

    /** A listed file that is not there is the list's mistake: blamed on its "files" entry, with the likely name. */
    private InputException missingListedFile(String fileName) {
        List<String> unlisted = files.names().stream().filter(n -> !n.equals(INDEX) && !listedAt.containsKey(n)).toList();
        Map.Entry<String, Position> at = listedAt.get(fileName);
        return InputException.at(indexName, at.getKey(), at.getValue(), "\"" + fileName + "\" is not in the folder; "
                + Texts.nearest(fileName, unlisted).map(n -> "did you mean \"" + n + "\"? It is there, and not listed.")
                .orElse("remove it from \"files\" or add the file."));
    }

    private Map<String, String> sources(Fields index) {
        Json node = index.required("sources", "an object from source id to what the source argues");
        if (!(node instanceof Json.Obj obj) || obj.members().isEmpty()) {
            throw InputException.at(indexName, "sources", node.position(),
                    "expected an object of source ids, such as {\"contact-or-not\": \"what it argues\"}.");
        }
        Map<String, String> result = new LinkedHashMap<>();
        Fields fields = Fields.of(node, "sources", indexName, obj.members().keySet());
        for (Json.Member member : obj.members().values()) {
            requireId(member.key(), "sources." + member.key(), member.keyPosition());
            result.put(member.key(), fields.requiredText(member.key(), MAX_TEXT, "a description"));
        }
        return result;
    }

    private List<String> fileNames(Fields index) {
        List<Json> items = index.list(index.required("files", "the rule files to load, in order"), "files");
        if (items.size() > MAX_FILES) {
            throw index.error("files", "more than " + MAX_FILES + " files; merge some.");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "files[" + i + "]";
            String fileName = index.text(items.get(i), at, 100);
            if (!FILE_NAME.matcher(fileName).matches() || fileName.equals(INDEX)) {
                throw InputException.at(indexName, at, items.get(i).position(), "\"" + fileName
                        + "\" is not a rule file name; use a plain name in the same folder, such as \"safety.json\".");
            }
            if (names.contains(fileName)) {
                throw InputException.at(indexName, at, items.get(i).position(), "\"" + fileName
                        + "\" is listed twice; keep it once.");
            }
            names.add(fileName);
            listedAt.put(fileName, Map.entry(at, items.get(i).position()));
        }
        return names;
    }

    /** A drafts file listed in "files" is named at its place in ruleset.json, with the field that names it. */
    private void refuseDraftRules(String fileName, Json root) {
        Map.Entry<String, Position> listed = listedAt.get(fileName);
        if (listed != null && root instanceof Json.Obj obj && obj.members().containsKey("verdicts")) {
            throw InputException.at(indexName, listed.getKey(), listed.getValue(), "\"" + fileName
                    + "\" holds draft rules, not rules; remove it from \"files\" and name it with \"drafts\": \""
                    + fileName + "\".");
        }
    }

    private RuleFileRead ruleFile(String fileName) {
        String display = files.display(fileName);
        Optional<List<Json>> items = attempt(() -> {
            Json root = readFile(fileName);
            refuseDraftRules(fileName, root);
            Fields file = Fields.of(root, "", display, RULE_FILE);
            attempt(() -> file.optionalText("$schema", MAX_TEXT));
            return file.list(file.required("rules", "a list of rules"), "rules");
        });
        List<Rule> rules = new ArrayList<>();
        boolean complete = items.isPresent();
        for (int i = 0; i < items.orElse(List.of()).size(); i++) {
            Json item = items.get().get(i);
            String path = "rules[" + i + "]";
            Optional<Rule> rule = attempt(() -> rule(item, path, display));
            rule.ifPresent(rules::add);
            complete &= rule.isPresent();
        }
        return new RuleFileRead(rules, complete);
    }

    private Rule rule(Json node, String path, String source) {
        Fields f = Fields.of(node, path, source, RULE);
        String id = f.requiredText("id", 64, "a short id such as \"gift-or-letter\"");
        requireId(id, f.pathOf("id"), node.position(), source);
        Condition when = f.optional("when").map(c -> conditions.condition(c, f.pathOf("when"), source))
                .orElse(new Condition.Always());
        Position whenPosition = f.optional("when").map(Json::position).orElse(node.position());
        if (when.size() > MAX_CONDITION_SIZE) {
            throw f.error("when", "this condition has more than " + MAX_CONDITION_SIZE
                    + " parts once definitions are expanded; simplify it.");
        }
        Verdict verdict = f.requiredName("verdict", Verdict.class);
        Template summary = template(f, "summary", "one sentence for the person");
        Template reason = template(f, "reason", "why, in plain words");
        List<Rule.Suggestion> doInstead = suggestions(f, "doInstead");
        Optional<Fact> reconsiderOn = f.optionalText("reconsiderOn", 64).map(name -> dateFact(f, name));
        List<String> ruleSources = ruleSources(f);
        return new Rule(id, when, verdict, summary, reason, doInstead, reconsiderOn, ruleSources, source,
                node.position(), whenPosition);
    }

    private Template template(Fields f, String key, String whatItIs) {
        String text = f.requiredText(key, MAX_TEXT, whatItIs);
        if (text.isBlank()) {
            throw f.error(key, "this text is empty; write it for the person reading.");
        }
        return Template.parse(text, unknown -> {
            throw f.error(key, "{" + unknown + "} is not a known fact; "
                    + Texts.nearest(unknown, Fact.allNames()).map(n -> "did you mean {" + n + "}?")
                    .orElse("see docs/rules-format.md for the list."));
        });
    }

    private List<Rule.Suggestion> suggestions(Fields f, String key) {
        List<Json> items = f.optionalList(key);
        List<Rule.Suggestion> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = f.pathOf(key) + "[" + i + "]";
            Json item = items.get(i);
            if (item instanceof Json.Str) {
                String text = f.text(item, at, MAX_TEXT);
                result.add(new Rule.Suggestion(templateOf(text, f.source(), at, item.position()), new Condition.Always()));
            } else {
                Fields s = Fields.of(item, at, f.source(), SUGGESTION);
                String text = s.requiredText("text", MAX_TEXT, "the suggestion");
                Condition when = s.optional("when").map(c -> conditions.condition(c, s.pathOf("when"), f.source()))
                        .orElse(new Condition.Always());
                result.add(new Rule.Suggestion(templateOf(text, f.source(), at, item.position()), when));
            }
        }
        return result;
    }

    private Template templateOf(String text, String source, String at, Position position) {
        if (text.isBlank()) {
            throw InputException.at(source, at, position, "this suggestion is empty; write it for the person reading, or remove it.");
        }
        return Template.parse(text, unknown -> {
            throw InputException.at(source, at, position, "{" + unknown + "} is not a known fact.");
        });
    }

    private Fact dateFact(Fields f, String name) {
        List<String> dates = java.util.Arrays.stream(Fact.values()).filter(x -> x.type() == FactType.DATE)
                .map(Fact::factName).toList();
        return Fact.byName(name).filter(x -> x.type() == FactType.DATE).orElseThrow(() -> f.error("reconsiderOn",
                "\"" + name + "\" is not a date fact; use one of " + Texts.choices(dates) + "."));
    }

    private List<String> ruleSources(Fields f) {
        if (!sourcesKnown) {
            // "sources" itself is wrong and already reported: no rule is blamed for citing what it lacks.
            return List.of();
        }
        return SourceIds.cited(f, sources);
    }

    /** The profiles; with {@code idsKnown} false (a rule could not be read) an unknown id is not blamed on the profile. */
    private Map<String, Profile> profiles(Fields index, Map<String, Rule> byId, boolean idsKnown) {
        Json node = index.required("profiles", "an object from profile name to its precedence");
        if (!(node instanceof Json.Obj obj) || obj.members().isEmpty()) {
            throw InputException.at(indexName, "profiles", node.position(), "expected at least one profile.");
        }
        Fields all = Fields.of(node, "profiles", indexName, obj.members().keySet());
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (Json.Member member : obj.members().values()) {
            attempt(() -> profile(all, member, byId, idsKnown)).ifPresent(p -> profiles.put(member.key(), p));
        }
        return profiles;
    }

    private Profile profile(Fields all, Json.Member member, Map<String, Rule> byId, boolean idsKnown) {
        requireId(member.key(), "profiles." + member.key(), member.keyPosition());
        Fields p = all.requiredObject(member.key(), PROFILE, "a profile");
        String description = p.optionalText("description", MAX_TEXT).orElse("");
        List<Json> ids = p.list(p.required("precedence", "rule ids, most important first"), p.pathOf("precedence"));
        List<Rule> precedence = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean unresolved = false;
        for (int i = 0; i < ids.size(); i++) {
            String at = p.pathOf("precedence") + "[" + i + "]";
            String id = p.text(ids.get(i), at, 64);
            Rule rule = byId.get(id);
            if (rule == null && !idsKnown) {
                unresolved = true;
                continue;
            }
            if (rule == null) {
                errors.add(InputException.at(indexName, at, ids.get(i).position(), "no rule has the id \"" + id + "\"; "
                        + Texts.nearest(id, byId.keySet()).map(n -> "did you mean \"" + n + "\"?")
                        .orElse("check the rule files listed in \"files\".")));
                unresolved = true;
                continue;
            }
            if (!seen.add(id)) {
                errors.add(InputException.at(indexName, at, ids.get(i).position(), "\"" + id
                        + "\" is listed twice; a rule has one place in a profile."));
                continue;
            }
            precedence.add(rule);
        }
        if (!unresolved && (precedence.isEmpty() || !precedence.get(precedence.size() - 1).isCatchAll())) {
            throw InputException.at(indexName, p.pathOf("precedence"), p.position(), "the last rule of a profile "
                    + "must have no \"when\", so that every situation gets a verdict.");
        }
        return new Profile(member.key(), description, precedence);
    }

    /** Resolves a definition at the top level; a broken one is noted once and stands in as "always" after. */
    private void definitionOnce(String name) {
        if (!conditions.isResolved(name) && attempt(() -> conditions.definition(name)).isEmpty()) {
            conditions.standInForBroken(name);
        }
    }

    private void requireId(String id, String path, Position position) {
        requireId(id, path, position, indexName);
    }

    static void requireId(String id, String path, Position position, String source) {
        if (!ID.matcher(id).matches()) {
            throw InputException.at(source, path, position, "\"" + Texts.abbreviate(id, 40)
                    + "\" is not a valid id; use lower-case letters, digits and dashes, such as \"gift-or-letter\".");
        }
    }
}
