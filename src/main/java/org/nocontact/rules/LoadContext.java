package org.nocontact.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.JsonTreeReader;
import org.nocontact.json.Position;
import org.nocontact.json.Problems;
import org.nocontact.text.Texts;
import org.nocontact.rules.checks.Limits;
import org.nocontact.rules.drafts.DraftRules;

/**
 * What the loader's stages share: the files, the problem list, and each stage's result for the
 * stages after it. A stage that fails leaves its result empty (or at its neutral value) and the
 * later stages go on with what there is, so that one run reports every problem; a result that is
 * empty after every stage ran means the problem list is not.
 */
final class LoadContext {
    /** Thrown by {@link #stop} when a hard limit ends loading: nothing after it is checked. */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    final RuleFiles files;
    final String indexName;
    final Problems problems = new Problems();
    final ConditionReader conditions;
    /** Each listed rule file's entry in "files" (its path and place), to blame when the file is missing. */
    final Map<String, Map.Entry<String, Position>> listedAt = new HashMap<>();
    private final JsonTreeReader json = new JsonTreeReader(JsonTreeReader.Limits.RULES);

    Fields index;
    String name = "";
    Map<String, String> sources = Map.of();
    /** False when "sources" itself was wrong: rules are then not blamed for citing unknown sources. */
    boolean sourcesKnown = true;
    int defaultDays = 30;
    List<Rule.Suggestion> advice = List.of();
    List<String> fileNames = List.of();
    /** Whether "files" could be read: if not, some rules were never seen. */
    boolean filesListed;
    /** Whether every rule of every listed file was read: if not, an unknown rule id is not blamed on its user. */
    boolean everyRuleRead;
    final List<Rule> rules = new ArrayList<>();
    final Map<String, Rule> byId = new HashMap<>();
    Optional<Map<String, Profile>> profiles = Optional.empty();
    String defaultProfile = "standard";
    Optional<DraftRules> drafts = Optional.empty();
    Optional<List<Invariant>> invariants = Optional.empty();

    LoadContext(RuleFiles files) {
        this.files = files;
        this.indexName = files.display(Limits.INDEX);
        this.conditions = new ConditionReader(indexName);
    }

    <T> Optional<T> attempt(Supplier<T> step) {
        return problems.attempt(step);
    }

    /** Notes a problem that ends loading (a hard limit): everything found so far is reported, nothing more is checked. */
    Stopped stop(InputException last) {
        problems.add(last);
        return new Stopped();
    }

    /** Every problem found, at most {@link Limits#MAX_PROBLEMS} of them. */
    InputException reported() {
        return problems.capped(Limits.MAX_PROBLEMS);
    }

    Json readFile(String fileName, String listedIn) {
        String display = files.display(fileName);
        try (InputStream in = files.open(fileName)) {
            return json.read(in, display);
        } catch (NoSuchFileException e) {
            if (listedIn.equals("files") && listedAt.containsKey(fileName)) {
                throw missingListedFile(fileName);
            }
            throw InputException.whole(display, "no such file; "
                    + (fileName.equals(Limits.INDEX) ? "a rules folder needs a ruleset.json (see docs/rules-format.md)."
                    : "remove it from \"" + listedIn + "\" in " + Limits.INDEX + " or add the file."));
        } catch (IOException e) {
            throw files.unreadable(fileName, fileName.equals(Limits.INDEX) ? "a rules folder needs a ruleset.json file."
                    : "rename it, or list the rule file you meant in \"" + listedIn + "\" in " + Limits.INDEX + ".");
        }
    }

    /** A listed file that is not there is the list's mistake: blamed on its "files" entry, with the likely name. */
    private InputException missingListedFile(String fileName) {
        List<String> unlisted = files.names().stream().filter(n -> !n.equals(Limits.INDEX) && !listedAt.containsKey(n))
                .toList();
        Map.Entry<String, Position> at = listedAt.get(fileName);
        return InputException.at(indexName, at.getKey(), at.getValue(), "\"" + fileName + "\" is not in the folder; "
                + Texts.nearest(fileName, unlisted).map(n -> "did you mean \"" + n + "\"? It is there, and not listed.")
                .orElse("remove it from \"files\" or add the file."));
    }
}
