package org.nocontact.authoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;

/** Applies {"plan.action": "gift", "emotions": null} edits to a situation tree; null removes a field. */
final class JsonEdits {
    private static final Pattern FIELD_PATH = Pattern.compile("[A-Za-z$]+(\\.[A-Za-z]+)*");

    private JsonEdits() {
    }

    static Json apply(Json situation, Json edits, String path, String source) {
        if (!(edits instanceof Json.Obj obj)) {
            throw InputException.at(source, path, edits.position(),
                    "expected an object of changes, such as {\"plan.action\": \"gift\"}.");
        }
        Json result = situation;
        for (Json.Member edit : obj.members().values()) {
            if (!FIELD_PATH.matcher(edit.key()).matches()) {
                throw InputException.at(source, path + "." + edit.key(), edit.keyPosition(),
                        "a change names a field by its path, such as \"emotions.anger\".");
            }
            result = set(result, edit.key().split("\\."), 0, edit.value(), source, path);
        }
        return result;
    }

    private static Json set(Json node, String[] keys, int depth, Json value, String source, String path) {
        if (!(node instanceof Json.Obj obj)) {
            throw InputException.at(source, path, node.position(), "cannot change a field inside "
                    + node.describe() + ".");
        }
        Map<String, Json.Member> members = new LinkedHashMap<>(obj.members());
        String key = keys[depth];
        if (depth == keys.length - 1) {
            if (value instanceof Json.Null) {
                members.remove(key);
            } else {
                members.put(key, new Json.Member(key, value.position(), value));
            }
        } else {
            Json.Member existing = members.get(key);
            Json child = existing != null ? existing.value() : new Json.Obj(Map.of(), value.position());
            members.put(key, new Json.Member(key, existing != null ? existing.keyPosition() : value.position(),
                    set(child, keys, depth + 1, value, source, path)));
        }
        return new Json.Obj(members, obj.position());
    }
}
