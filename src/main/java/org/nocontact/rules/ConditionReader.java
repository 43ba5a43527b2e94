package org.nocontact.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Problems;
import org.nocontact.text.Texts;
import org.nocontact.rules.checks.Limits;

/**
 * Reads the condition language from a rule file's JSON into {@link Condition} records, checking
 * every fact, comparison and value, and resolves the named definitions of ruleset.json (each once,
 * refusing loops) so that a {@code ref} is a plain node by the time any rule runs. Every part of an
 * "all" or "any" is checked even after one is wrong, so a condition's mistakes are reported together.
 */
final class ConditionReader {
    private static final List<String> CONNECTIVES = List.of("all", "any", "not", "ref", "always");
    private static final List<String> OPERATORS = List.of("is", "in", "atLeast", "atMost", "includesAny", "known");

    private final String indexName;
    private final Map<String, Json> definitionSources = new HashMap<>();
    private final Map<String, Condition.Ref> definitions = new LinkedHashMap<>();
    private final Set<String> resolving = new LinkedHashSet<>();

    ConditionReader(String indexName) {
        this.indexName = indexName;
    }

    Set<String> definitionNames() {
        return definitionSources.keySet();
    }

    /** The definitions resolved so far, in the order they were resolved. */
    Map<String, Condition.Ref> definitions() {
        return definitions;
    }

    void collectDefinitions(Json node) {
        if (!(node instanceof Json.Obj obj)) {
            throw InputException.at(indexName, "definitions", node.position(),
                    "expected an object from a name to a condition.");
        }
        Problems found = new Problems();
        for (Json.Member member : obj.members().values()) {
            if (found.check(() -> Limits.requireId(member.key(), "definitions." + member.key(), member.keyPosition(),
                    indexName))) {
                definitionSources.put(member.key(), member.value());
            }
        }
        found.throwIfAny();
    }

    /**
     * The definition, resolved once. One that fails is reported here, once, and stands in as
     * "always" from then on (and so does each definition it was resolving through), so no other
     * use of it repeats the problem.
     */
    Condition.Ref definition(String name) {
        Condition.Ref done = definitions.get(name);
        if (done != null) {
            return done;
        }
        if (!resolving.add(name)) {
            throw InputException.at(indexName, "definitions." + name, definitionSources.get(name).position(),
                    "this definition refers to itself (" + String.join(" -> ", resolving) + " -> " + name
                            + "); break the loop.");
        }
        Condition condition;
        try {
            condition = condition(definitionSources.get(name), "definitions." + name, indexName);
            Limits.requireConditionSize(condition.size(), "definition", indexName, "definitions." + name,
                    definitionSources.get(name).position());
        } catch (InputException e) {
            // Reported once, here; from now on it stands in as "always", so no other use repeats it.
            resolving.remove(name);
            definitions.put(name, new Condition.Ref(name, new Condition.Always(), 1));
            throw e;
        }
        resolving.remove(name);
        Condition.Ref ref = new Condition.Ref(name, condition, condition.size());
        definitions.put(name, ref);
        return ref;
    }

    Condition condition(Json node, String path, String source) {
        if (!(node instanceof Json.Obj obj)) {
            throw InputException.at(source, path, node.position(), "expected a condition object, such as "
                    + "{\"fact\": \"goal\", \"is\": \"reconcile\"}, found " + node.describe() + ".");
        }
        if (obj.members().containsKey("fact")) {
            return comparison(obj, path, source);
        }
        List<String> keys = new ArrayList<>(obj.members().keySet());
        if (keys.size() != 1 || !CONNECTIVES.contains(keys.get(0))) {
            Fields.of(node, path, source, CONNECTIVES); // names an unknown key, with a suggestion
            throw InputException.at(source, path, node.position(), "a condition has exactly one of "
                    + Texts.choices(CONNECTIVES) + ", or a \"fact\" with one comparison.");
        }
        String key = keys.get(0);
        Fields f = Fields.of(node, path, source, CONNECTIVES);
        Json value = f.required(key, "");
        switch (key) {
            case "all":
            case "any": {
                List<Json> items = f.list(value, f.pathOf(key));
                if (items.isEmpty()) {
                    throw f.error(key, "an empty list; give at least one condition.");
                }
                List<Condition> parts = new ArrayList<>();
                Problems found = new Problems();
                for (int i = 0; i < items.size(); i++) {
                    Json item = items.get(i);
                    String at = f.pathOf(key) + "[" + i + "]";
                    found.attempt(() -> condition(item, at, source)).ifPresent(parts::add);
                }
                found.throwIfAny();
                return key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
            }
            case "not":
                return new Condition.Not(condition(value, f.pathOf(key), source));
            case "ref": {
                String name = f.text(value, f.pathOf(key), 64);
                if (!definitionSources.containsKey(name)) {
                    throw f.error(key, "no definition is called \"" + name + "\"; "
                            + Texts.nearest(name, definitionSources.keySet()).map(n -> "did you mean \"" + n + "\"?")
                            .orElse("add it to \"definitions\" in " + Limits.INDEX + "."));
                }
                return definition(name);
            }
            default:
                if (!(value instanceof Json.Bool bool) || !bool.value()) {
                    throw f.error(key, "write {\"always\": true}, or leave \"when\" out.");
                }
                return new Condition.Always();
        }
    }

    private Condition comparison(Json.Obj obj, String path, String source) {
        List<String> allowed = new ArrayList<>(OPERATORS);
        allowed.add("fact");
        Fields f = Fields.of(obj, path, source, allowed);
        String factName = f.text(f.required("fact", "a fact name"), f.pathOf("fact"), 64);
        Fact fact = Fact.byName(factName).orElseThrow(() -> f.error("fact", "\"" + factName + "\" is not a known fact; "
                + Texts.nearest(factName, Fact.allNames()).map(n -> "did you mean \"" + n + "\"?")
                .orElse("see docs/rules-format.md for the list.")));
        List<String> ops = obj.members().keySet().stream().filter(OPERATORS::contains).toList();
        if (ops.size() != 1) {
            throw InputException.at(source, path, obj.position(), "a comparison has exactly one of "
                    + Texts.choices(OPERATORS) + " next to \"fact\".");
        }
        String op = ops.get(0);
        Json value = f.required(op, "");
        String at = f.pathOf(op);
        FactType type = fact.type();
        if (type == FactType.NUMBER && !op.equals("known") && !op.equals("in") && !(value instanceof Json.Num)) {
            throw f.error(op, fact.factName() + " is a whole number; compare it with one, written without quotes.");
        }
        switch (op) {
            case "known":
                if (!(value instanceof Json.Bool bool)) {
                    throw f.error(op, "expected true or false.");
                }
                return new Condition.Known(fact, bool.value());
            case "is":
                if (type == FactType.BOOLEAN) {
                    return new Condition.Is(fact, f.optionalBool(op).orElseThrow());
                }
                if (type == FactType.NAME) {
                    return new Condition.Is(fact, nameOf(f, fact, value, at));
                }
                if (type == FactType.NUMBER) {
                    return new Condition.Is(fact, f.whole(value, at, Integer.MIN_VALUE, Integer.MAX_VALUE));
                }
                break;
            case "in":
                if (type == FactType.NAME || type == FactType.NUMBER) {
                    Set<Object> values = new LinkedHashSet<>();
                    List<Json> items = nonEmptyList(f, op, value);
                    if (items.size() > Limits.MAX_IN_VALUES) {
                        throw f.error(op, "a list of " + items.size() + " values; an \"in\" list has at most "
                                + Limits.MAX_IN_VALUES + " (split the rule, or use atLeast and atMost for a run of numbers).");
                    }
                    for (Json item : items) {
                        values.add(type == FactType.NAME ? nameOf(f, fact, item, at)
                                : f.whole(item, at, Integer.MIN_VALUE, Integer.MAX_VALUE));
                    }
                    return new Condition.In(fact, values);
                }
                break;
            case "atLeast":
            case "atMost":
                if (type == FactType.NUMBER) {
                    int bound = f.whole(value, at, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    return op.equals("atLeast") ? new Condition.AtLeast(fact, bound) : new Condition.AtMost(fact, bound);
                }
                break;
            default:
                if (type == FactType.NAMES) {
                    Set<String> names = new LinkedHashSet<>();
                    for (Json item : nonEmptyList(f, op, value)) {
                        names.add(nameOf(f, fact, item, at));
                    }
                    return new Condition.IncludesAny(fact, names);
                }
        }
        throw f.error(op, "\"" + op + "\" does not fit " + fact.factName() + ", which is " + type.description()
                + "; use " + Texts.choices(operatorsFor(type)) + ".");
    }

    private static List<String> operatorsFor(FactType type) {
        return switch (type) {
            case BOOLEAN -> List.of("is", "known");
            case NAME -> List.of("is", "in", "known");
            case NAMES -> List.of("includesAny", "known");
            case NUMBER -> List.of("is", "in", "atLeast", "atMost", "known");
            case DATE, TEXT -> List.of("known");
        };
    }

    private static List<Json> nonEmptyList(Fields f, String op, Json value) {
        List<Json> items = f.list(value, f.pathOf(op));
        if (items.isEmpty()) {
            throw f.error(op, "an empty list; give at least one value.");
        }
        return items;
    }

    private static String nameOf(Fields f, Fact fact, Json value, String at) {
        String name = f.text(value, at, 64);
        List<String> allowed = fact.allowedNames();
        if (!allowed.contains(name)) {
            throw InputException.at(f.source(), at, value.position(), "\"" + name + "\" is not a value of "
                    + fact.factName() + "; " + Texts.nearest(name, allowed).map(n -> "did you mean \"" + n + "\"?")
                    .orElse("use one of " + Texts.choices(allowed) + "."));
        }
        return name;
    }
}
