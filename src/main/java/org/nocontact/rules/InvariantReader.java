package org.nocontact.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Texts;

/** Reads "invariants" in ruleset.json: promises that `rules lint` proves over every situation. */
final class InvariantReader {
    /** The loader's condition language, so that invariants are written exactly like rules. */
    interface Conditions {
        Condition read(Json node, String path, String source);
    }

    private static final List<String> INVARIANT = List.of("id", "description", "profiles", "when", "expect", "never");
    private static final List<String> EXPECTATION = List.of("verdict");
    private static final int MAX_TEXT = 2000;

    private InvariantReader() {
    }

    static List<Invariant> read(Fields index, String indexName, Set<String> profiles, Conditions conditions) {
        List<Json> items = index.optionalList("invariants");
        List<Invariant> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "invariants[" + i + "]";
            Fields f = Fields.of(items.get(i), path, indexName, INVARIANT);
            String id = f.requiredText("id", 64, "a short id such as \"safety-first\"");
            RuleSetLoader.requireId(id, f.pathOf("id"), items.get(i).position(), indexName);
            if (!ids.add(id)) {
                throw f.error("id", "invariant id \"" + id + "\" is already used; give each invariant its own id.");
            }
            String description = f.optionalText("description", MAX_TEXT).orElse("");
            List<String> names = profileNames(f, indexName, profiles);
            Condition when = f.optional("when").map(c -> conditions.read(c, f.pathOf("when"), indexName))
                    .orElse(new Condition.Always());
            boolean expect = f.optional("expect").isPresent();
            if (expect == f.optional("never").isPresent()) {
                throw InputException.at(indexName, path, items.get(i).position(), "an invariant has exactly one of "
                        + "\"expect\" or \"never\", such as \"never\": {\"verdict\": \"REACH_OUT\"}.");
            }
            Fields outcome = f.requiredObject(expect ? "expect" : "never", EXPECTATION, "an object with the verdict");
            Verdict verdict = outcome.requiredName("verdict", Verdict.class);
            result.add(new Invariant(id, description, names, when, !expect, verdict, indexName,
                    items.get(i).position()));
        }
        return result;
    }

    private static List<String> profileNames(Fields f, String indexName, Set<String> profiles) {
        List<String> names = new ArrayList<>();
        List<Json> listed = f.optionalList("profiles");
        for (int k = 0; k < listed.size(); k++) {
            String at = f.pathOf("profiles") + "[" + k + "]";
            String name = f.text(listed.get(k), at, 64);
            if (!profiles.contains(name)) {
                throw InputException.at(indexName, at, listed.get(k).position(), "no profile is called \"" + name
                        + "\"; use one of " + Texts.choices(profiles) + ".");
            }
            names.add(name);
        }
        return names;
    }
}
