package org.nocontact.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.text.Texts;
import org.nocontact.rules.checks.Limits;
import org.nocontact.rules.drafts.DraftRules;
import org.nocontact.rules.drafts.DraftRulesLoader;

/**
 * Loads ruleset.json and the files it names, and checks them whole before any rule runs: every
 * fact, value, verdict, source and rule id must be known, and every profile must end with a
 * catch-all so that each situation gets exactly one verdict.
 *
 * <p>Loading is a table of named {@link #STAGES} run in order over one {@link LoadContext} (OPA's
 * compiler is the model): each stage reads what the earlier ones left in the context and adds its
 * own result. A problem is noted in the context's list and the next stage runs anyway, so one run
 * reports every problem, up to {@link Limits#MAX_PROBLEMS}. Only an index that cannot be read, or a
 * hard size limit, ends loading at once.
 */
public final class RuleSetLoader {
    public static final String INDEX = Limits.INDEX;
    public static final int MAX_FILES = Limits.MAX_FILES;
    public static final int MAX_RULES = Limits.MAX_RULES;
    public static final long MAX_CONDITION_SIZE = Limits.MAX_CONDITION_SIZE;
    public static final long MAX_TOTAL_CONDITION_SIZE = Limits.MAX_TOTAL_CONDITION_SIZE;
    static final int MAX_ERRORS = Limits.MAX_PROBLEMS;

    private static final List<String> INDEX_FIELDS = List.of("$schema", "name", "description", "files", "sources",
            "settings", "definitions", "advice", "profiles", "defaultProfile", "drafts", "invariants");
    private static final List<String> SETTINGS = List.of("noContactDays");
    private static final List<String> PROFILE = List.of("description", "precedence");

    /** One step of loading, named for what it reads. */
    record Stage(String name, Consumer<LoadContext> run) {
    }

    /** The stages, in order: each may use the results of the ones before it. */
    static final List<Stage> STAGES = List.of(
            new Stage("texts", RuleSetLoader::texts),
            new Stage("sources", RuleSetLoader::sources),
            new Stage("settings", RuleSetLoader::settings),
            new Stage("definitions", RuleSetLoader::definitions),
            new Stage("advice", c -> c.advice = new RuleReader(c).suggestions(c.index, "advice")),
            new Stage("files", RuleSetLoader::fileNames),
            new Stage("rules", c -> new RuleReader(c).readAll()),
            new Stage("profiles", RuleSetLoader::profiles),
            new Stage("defaultProfile", RuleSetLoader::defaultProfile),
            new Stage("drafts", RuleSetLoader::drafts),
            new Stage("invariants", RuleSetLoader::invariants));

    private RuleSetLoader() {
    }

    /**
     * The checked rule set.
     *
     * @throws InputException with every problem found (one per line in its message), at most
     *                        {@link Limits#MAX_PROBLEMS} and a line saying how many more there were
     */
    public static RuleSet load(RuleFiles files) {
        LoadContext context = new LoadContext(files);
        Json root = context.readFile(INDEX, "files");
        context.index = Fields.of(root, "", context.indexName, INDEX_FIELDS, context.problems);
        try {
            for (Stage stage : STAGES) {
                context.problems.check(() -> stage.run().accept(context));
            }
        } catch (LoadContext.Stopped stopped) {
            throw context.reported();
        }
        if (!context.problems.isEmpty()) {
            throw context.reported();
        }
        Map<String, Condition> resolved = new LinkedHashMap<>(context.conditions.definitions());
        return new RuleSet(context.name, context.fileNames, context.sources, context.defaultDays, resolved,
                context.advice, context.rules, context.profiles.orElseThrow(), context.defaultProfile,
                context.invariants.orElseThrow(), context.drafts.orElseThrow());
    }

    private static void texts(LoadContext c) {
        c.attempt(() -> c.index.optionalText("$schema", Limits.MAX_TEXT));
        c.attempt(() -> c.index.optionalText("description", Limits.MAX_TEXT));
        c.name = c.attempt(() -> c.index.requiredText("name", 200, "the rule set's name")).orElse("");
    }

    private static void sources(LoadContext c) {
        c.sourcesKnown = false;
        Json node = c.index.required("sources", "an object from source id to what the source argues");
        if (!(node instanceof Json.Obj obj) || obj.members().isEmpty()) {
            throw InputException.at(c.indexName, "sources", node.position(),
                    "expected an object of source ids, such as {\"contact-or-not\": \"what it argues\"}.");
        }
        Map<String, String> result = new LinkedHashMap<>();
        Fields fields = Fields.of(node, "sources", c.indexName, obj.members().keySet());
        for (Json.Member member : obj.members().values()) {
            Limits.requireId(member.key(), "sources." + member.key(), member.keyPosition(), c.indexName);
            result.put(member.key(), fields.requiredText(member.key(), Limits.MAX_TEXT, "a description"));
        }
        c.sources = result;
        c.sourcesKnown = true;
    }

    private static void settings(LoadContext c) {
        c.defaultDays = c.index.optionalObject("settings", SETTINGS)
                .map(f -> f.optionalWhole("noContactDays", 1, 365).orElse(30)).orElse(30);
    }

    /** Every definition resolved at the top level; a broken one is noted once and stands in as "always" after. */
    private static void definitions(LoadContext c) {
        ConditionReader conditions = c.conditions;
        c.attempt(() -> {
            c.index.optional("definitions").ifPresent(conditions::collectDefinitions);
            return true;
        });
        for (String name : conditions.definitionNames().stream().sorted().toList()) {
            c.attempt(() -> conditions.definition(name));
        }
    }

    private static void fileNames(LoadContext c) {
        Fields index = c.index;
        List<Json> items = index.list(index.required("files", "the rule files to load, in order"), "files");
        if (items.size() > Limits.MAX_FILES) {
            throw index.error("files", "more than " + Limits.MAX_FILES + " files; merge some.");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "files[" + i + "]";
            String fileName = index.text(items.get(i), at, 100);
            if (!Limits.isFileName(fileName)) {
                throw InputException.at(c.indexName, at, items.get(i).position(), "\"" + fileName
                        + "\" is not a rule file name; use a plain name in the same folder, such as \"safety.json\".");
            }
            if (names.contains(fileName)) {
                throw InputException.at(c.indexName, at, items.get(i).position(), "\"" + fileName
                        + "\" is listed twice; keep it once.");
            }
            names.add(fileName);
            c.listedAt.put(fileName, Map.entry(at, items.get(i).position()));
        }
        c.fileNames = names;
        c.filesListed = true;
    }

    /** The profiles; when a rule could not be read, an unknown id is not blamed on the profile. */
    private static void profiles(LoadContext c) {
        Json node = c.index.required("profiles", "an object from profile name to its precedence");
        if (!(node instanceof Json.Obj obj) || obj.members().isEmpty()) {
            throw InputException.at(c.indexName, "profiles", node.position(), "expected at least one profile.");
        }
        Fields all = Fields.of(node, "profiles", c.indexName, obj.members().keySet());
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (Json.Member member : obj.members().values()) {
            c.attempt(() -> profile(c, all, member)).ifPresent(p -> profiles.put(member.key(), p));
        }
        c.profiles = Optional.of(profiles);
    }

    private static Profile profile(LoadContext c, Fields all, Json.Member member) {
        Limits.requireId(member.key(), "profiles." + member.key(), member.keyPosition(), c.indexName);
        Fields p = all.requiredObject(member.key(), PROFILE, "a profile");
        String description = c.attempt(() -> p.optionalText("description", Limits.MAX_TEXT).orElse("")).orElse("");
        List<Json> ids = p.list(p.required("precedence", "rule ids, most important first"), p.pathOf("precedence"));
        List<Rule> precedence = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean unresolved = false;
        for (int i = 0; i < ids.size(); i++) {
            String at = p.pathOf("precedence") + "[" + i + "]";
            Json item = ids.get(i);
            Optional<String> id = c.attempt(() -> p.text(item, at, 64));
            Rule rule = id.map(c.byId::get).orElse(null);
            if (rule == null && (id.isEmpty() || !c.everyRuleRead)) {
                unresolved = true;
                continue;
            }
            if (rule == null) {
                c.problems.add(InputException.at(c.indexName, at, ids.get(i).position(), "no rule has the id \""
                        + id.get() + "\"; " + Texts.nearest(id.get(), c.byId.keySet()).map(n -> "did you mean \"" + n + "\"?")
                        .orElse("check the rule files listed in \"files\".")));
                unresolved = true;
                continue;
            }
            if (!seen.add(id.get())) {
                c.problems.add(InputException.at(c.indexName, at, ids.get(i).position(), "\"" + id.get()
                        + "\" is listed twice; a rule has one place in a profile."));
                continue;
            }
            precedence.add(rule);
        }
        if (!unresolved && (precedence.isEmpty() || !precedence.get(precedence.size() - 1).isCatchAll())) {
            throw InputException.at(c.indexName, p.pathOf("precedence"), p.position(), "the last rule of a profile "
                    + "must have no \"when\", so that every situation gets a verdict.");
        }
        return new Profile(member.key(), description, precedence);
    }

    private static void defaultProfile(LoadContext c) {
        c.defaultProfile = c.index.optionalText("defaultProfile", 64).orElse("standard");
        c.profiles.filter(p -> !p.containsKey(c.defaultProfile)).ifPresent(p -> c.problems.add(c.index.error(
                "defaultProfile", "no profile is called \"" + c.defaultProfile + "\"; use one of "
                        + Texts.choices(p.keySet()) + ".")));
    }

    /** The draft rules file that "drafts" names, if any: read as strictly as a rule file. */
    private static void drafts(LoadContext c) {
        Optional<String> name = c.index.optionalText("drafts", 100);
        if (name.isEmpty()) {
            c.drafts = Optional.of(DraftRules.NONE);
            return;
        }
        String fileName = name.get();
        if (!Limits.isFileName(fileName) || c.fileNames.contains(fileName)) {
            throw c.index.error("drafts", "\"" + fileName + "\" cannot be the draft rules file; use a plain name in the "
                    + "same folder that \"files\" does not list, such as \"drafts.json\".");
        }
        c.drafts = Optional.of(DraftRulesLoader.load(c.readFile(fileName, "drafts"), c.files.display(fileName), fileName,
                c.sources, c.byId.keySet(), Arrays.asList(Verdict.values()), c.everyRuleRead));
    }

    private static void invariants(LoadContext c) {
        if (c.profiles.isPresent()) {
            c.invariants = Optional.of(InvariantReader.read(c.index, c.indexName, c.profiles.get().keySet(),
                    c.conditions::condition));
        }
    }
}
