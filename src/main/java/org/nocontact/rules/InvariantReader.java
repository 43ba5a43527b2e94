package org.nocontact.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Problems;
import org.nocontact.text.Texts;
import org.nocontact.rules.checks.Limits;

/**
 * Reads "invariants" in ruleset.json: promises that `rules lint` proves over every situation. Every
 * invariant, and every field of one, is checked even after a mistake, and all are reported together.
 */
final class InvariantReader {
    /** The loader's condition language, so that invariants are written exactly like rules. */
    interface Conditions {
        Condition read(Json node, String path, String source);
    }

    private static final List<String> INVARIANT = List.of("id", "description", "profiles", "when", "expect", "never");
    private static final List<String> EXPECTATION = List.of("verdict");

    private InvariantReader() {
    }

    static List<Invariant> read(Fields index, String indexName, Set<String> profiles, Conditions conditions) {
        List<Json> items = index.optionalList("invariants");
        Problems found = new Problems();
        List<Invariant> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "invariants[" + i + "]";
            Json item = items.get(i);
            found.attempt(() -> invariant(item, path, indexName, profiles, conditions, ids)).ifPresent(result::add);
        }
        found.throwIfAny();
        return result;
    }

    private static Invariant invariant(Json node, String path, String indexName, Set<String> profiles,
                                       Conditions conditions, Set<String> ids) {
        Problems found = new Problems();
        Fields f = Fields.of(node, path, indexName, INVARIANT, found);
        Optional<String> id = found.attempt(() -> {
            String text = f.requiredText("id", 64, "a short id such as \"safety-first\"");
            Limits.requireId(text, f.pathOf("id"), node.position(), indexName);
            if (!ids.add(text)) {
                throw f.error("id", "invariant id \"" + text + "\" is already used; give each invariant its own id.");
            }
            return text;
        });
        Optional<String> description = found.attempt(() -> f.optionalText("description", Limits.MAX_TEXT).orElse(""));
        Optional<List<String>> names = found.attempt(() -> profileNames(f, indexName, profiles));
        Optional<Condition> when = found.attempt(() -> f.optional("when")
                .map(c -> conditions.read(c, f.pathOf("when"), indexName)).orElse(new Condition.Always()));
        boolean expect = f.optional("expect").isPresent();
        Optional<Verdict> verdict = found.attempt(() -> {
            if (expect == f.optional("never").isPresent()) {
                throw InputException.at(indexName, path, node.position(), "an invariant has exactly one of "
                        + "\"expect\" or \"never\", such as \"never\": {\"verdict\": \"REACH_OUT\"}.");
            }
            Fields outcome = f.requiredObject(expect ? "expect" : "never", EXPECTATION, "an object with the verdict");
            return outcome.requiredName("verdict", Verdict.class);
        });
        found.throwIfAny();
        return new Invariant(id.orElseThrow(), description.orElseThrow(), names.orElseThrow(), when.orElseThrow(),
                !expect, verdict.orElseThrow(), indexName, node.position());
    }

    private static List<String> profileNames(Fields f, String indexName, Set<String> profiles) {
        Problems found = new Problems();
        List<String> names = new ArrayList<>();
        List<Json> listed = f.optionalList("profiles");
        for (int k = 0; k < listed.size(); k++) {
            String at = f.pathOf("profiles") + "[" + k + "]";
            Json item = listed.get(k);
            found.attempt(() -> {
                String name = f.text(item, at, 64);
                if (!profiles.contains(name)) {
                    throw InputException.at(indexName, at, item.position(), "no profile is called \"" + name
                            + "\"; use one of " + Texts.choices(profiles) + ".");
                }
                return name;
            }).ifPresent(names::add);
        }
        found.throwIfAny();
        return names;
    }
}
