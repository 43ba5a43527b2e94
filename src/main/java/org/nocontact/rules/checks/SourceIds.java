package org.nocontact.rules.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.Problems;
import org.nocontact.text.Texts;

/** The "sources" a rule or a draft rule cites: at least one, each a source id that ruleset.json names. */
public final class SourceIds {
    private SourceIds() {
    }

    public static List<String> cited(Fields f, Map<String, String> known) {
        List<Json> items = f.list(f.required("sources", "the ids of the sources it rests on"), f.pathOf("sources"));
        if (items.isEmpty()) {
            throw f.error("sources", "a rule must cite at least one source; use ids from \"sources\" in "
                    + Limits.INDEX + ".");
        }
        List<String> ids = new ArrayList<>();
        Problems found = new Problems();
        for (int i = 0; i < items.size(); i++) {
            String at = f.pathOf("sources") + "[" + i + "]";
            Json item = items.get(i);
            found.attempt(() -> {
                String id = f.text(item, at, 64);
                if (!known.containsKey(id)) {
                    throw InputException.at(f.source(), at, item.position(), "\"" + id + "\" is not a known source; "
                            + Texts.nearest(id, known.keySet()).map(n -> "did you mean \"" + n + "\"?")
                            .orElse("use one of " + Texts.choices(known.keySet()) + "."));
                }
                return id;
            }).ifPresent(ids::add);
        }
        found.throwIfAny();
        return ids;
    }
}
