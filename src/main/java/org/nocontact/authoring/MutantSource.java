package org.nocontact.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.nocontact.files.RegularFiles;
import org.nocontact.json.Json;
import org.nocontact.json.JsonTreeReader;
import org.nocontact.json.Position;

/**
 * Where a mutant's change stands in its file: the rule files are read again (as regular files only,
 * as the loader reads them) and the mutant's field path is followed to the line and column of the
 * part that was changed. A file that cannot be read again leaves the rule's own position.
 */
public final class MutantSource {
    private final Map<String, Optional<Json>> trees = new HashMap<>();

    /** The mutant, at the position of the field it changed. */
    public Mutant locate(Mutant m) {
        Optional<Position> at = tree(m.file()).flatMap(root -> follow(root, m.path()));
        return at.map(p -> new Mutant(m.kind(), m.change(), m.file(), p, m.path(), m.profiles(), m.rules())).orElse(m);
    }

    /** The position of a field path ("rules.ID.when", "profiles.P.precedence") in a file, if it is there. */
    public Optional<Position> at(String file, String path) {
        return tree(file).flatMap(root -> follow(root, path));
    }

    private Optional<Json> tree(String file) {
        return trees.computeIfAbsent(file, f -> {
            try (InputStream in = RegularFiles.open(Path.of(f))) {
                return Optional.of(new JsonTreeReader(JsonTreeReader.Limits.RULES).read(in, f));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Follows "rules.ID.when.all[2].atLeast", "definitions.NAME.any[0]" or "profiles.P.precedence[3]":
     * a name under a list is the item with that id.
     */
    static Optional<Position> follow(Json root, String path) {
        Json at = root;
        for (String step : path.split("\\.")) {
            String[] parts = step.split("\\[");
            at = child(at, parts[0]);
            for (int i = 1; i < parts.length && at != null; i++) {
                int index = Integer.parseInt(parts[i].substring(0, parts[i].length() - 1));
                at = at instanceof Json.Arr arr && index < arr.items().size() ? arr.items().get(index) : null;
            }
            if (at == null) {
                return Optional.empty();
            }
        }
        return Optional.of(at.position());
    }

    private static Json child(Json at, String name) {
        if (at instanceof Json.Obj obj) {
            Json.Member member = obj.members().get(name);
            return member == null ? null : member.value();
        }
        if (at instanceof Json.Arr arr) {
            return arr.items().stream().filter(item -> item instanceof Json.Obj o && o.members().get("id") != null
                    && o.members().get("id").value() instanceof Json.Str s && s.value().equals(name)).findFirst().orElse(null);
        }
        return null;
    }
}
