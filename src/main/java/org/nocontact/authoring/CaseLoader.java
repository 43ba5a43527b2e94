package org.nocontact.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.JsonTreeReader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/**
 * Reads case files: {"base": situation?, "cases": [{name, profile?, situation | situationFile | with, expect}]}.
 * A case's situation is read by the same strict reader as `check`, so a typo in a case is an error
 * with its line and column, never a silently different scenario.
 */
public final class CaseLoader {
    public static final int MAX_CASES = 10_000;
    private static final List<String> FILE = List.of("$schema", "description", "base", "cases");
    private static final List<String> CASE = List.of("name", "profile", "situation", "situationFile", "with", "expect");
    private static final List<String> EXPECT = List.of("verdict", "reconsiderOn", "decidedBy", "applies",
            "doesNotApply", "reasonsContain", "doInsteadContains", "doInsteadOmits", DraftExpectation.FIELD);

    private final JsonTreeReader json = new JsonTreeReader(JsonTreeReader.Limits.RULES);
    private final SituationReader situations = new SituationReader(LocalDate.now());

    /** Case files named on the command line: files, or folders whose *.json files are read in name order. */
    public List<TestCase> load(List<Path> paths) {
        List<TestCase> cases = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : caseFiles(path)) {
                cases.addAll(loadFile(file));
                if (cases.size() > MAX_CASES) {
                    throw InputException.whole(file.toString(), "more than " + MAX_CASES + " cases; split them up.");
                }
            }
        }
        return cases;
    }

    /** The case files a path names: the file itself, or a folder's *.json files in name order. */
    public static List<Path> caseFiles(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> listing = Files.list(path)) {
                return listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                        .sorted().toList();
            } catch (IOException e) {
                throw InputException.whole(path.toString(), "could not list this folder.");
            }
        }
        if (!Files.exists(path)) {
            throw InputException.whole(path.toString(), "no such case file or folder; check the path.");
        }
        return List.of(path);
    }

    public List<TestCase> loadFile(Path file) {
        return load(read(file, file.toString()), file);
    }

    /** Case-file text, as if read from {@code file} (which names it in messages and anchors situationFile). */
    public List<TestCase> load(byte[] bytes, Path file) {
        return load(json.read(bytes, file.toString()), file);
    }

    private List<TestCase> load(Json root, Path file) {
        String source = file.toString();
        Fields top = Fields.of(root, "", source, FILE);
        top.optionalText("$schema", 2000);
        top.optionalText("description", 2000);
        Optional<Json> base = top.optional("base");
        List<Json> items = top.list(top.required("cases", "a list of cases"), "cases");
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            cases.add(testCase(items.get(i), "cases[" + i + "]", file, base));
        }
        return cases;
    }

    private Json read(Path file, String source) {
        try (InputStream in = Files.newInputStream(file)) {
            return json.read(in, source);
        } catch (NoSuchFileException e) {
            throw InputException.whole(source, "no such file; check the path.");
        } catch (IOException e) {
            throw InputException.unreadable(source, file, "give the JSON file's path.");
        }
    }

    private TestCase testCase(Json node, String path, Path file, Optional<Json> base) {
        String source = file.toString();
        Fields f = Fields.of(node, path, source, CASE);
        String name = f.requiredText("name", 200, "a short description of the scenario");
        Optional<String> profile = f.optionalText("profile", 64);
        Given given = situationOf(f, file, base);
        Json situation = given.json();
        Optional<Json> with = f.optional("with");
        if (with.isPresent()) {
            situation = JsonEdits.apply(situation, with.get(), f.pathOf("with"), source);
        }
        Fields e = f.requiredObject("expect", EXPECT, "at least the verdict");
        Verdict verdict = e.requiredName("verdict", Verdict.class);
        Optional<Optional<LocalDate>> reconsiderOn = e.raw("reconsiderOn").map(value -> value instanceof Json.Null
                ? Optional.empty() : Optional.of(e.date(value, e.pathOf("reconsiderOn"))));
        Situation read = readSituation(situation, given, with, f);
        TestCase.Expectation expectation = new TestCase.Expectation(verdict, reconsiderOn,
                e.optionalText("decidedBy", 64), texts(e, "applies"), texts(e, "doesNotApply"),
                texts(e, "reasonsContain"), texts(e, "doInsteadContains"), texts(e, "doInsteadOmits"),
                DraftExpectation.read(e, read));
        return new TestCase(name, source, node.position(), profile, read, expectation, ruleRefs(e));
    }

    private static List<TestCase.RuleRef> ruleRefs(Fields e) {
        List<TestCase.RuleRef> refs = new ArrayList<>();
        e.raw("decidedBy").ifPresent(v -> refs.add(new TestCase.RuleRef(e.text(v, e.pathOf("decidedBy"), 64),
                e.pathOf("decidedBy"), v.position())));
        for (String key : List.of("applies", "doesNotApply")) {
            List<Json> items = e.optionalList(key);
            for (int i = 0; i < items.size(); i++) {
                String at = e.pathOf(key) + "[" + i + "]";
                refs.add(new TestCase.RuleRef(e.text(items.get(i), at, 500), at, items.get(i).position()));
            }
        }
        return refs;
    }

    /** Where a case's situation was written: its tree, the path that leads to it there, and that file. */
    private record Given(Json json, String path, String source) {
    }

    /**
     * The case's situation, read; a problem in it is placed where it was written: under the case's
     * "with" ({@code cases[3].with.emotions.angr}) when a change made that field, else under the
     * inline situation, the file's "base", or in the situation file itself.
     */
    private Situation readSituation(Json situation, Given given, Optional<Json> with, Fields theCase) {
        try {
            return situations.read(situation, given.source());
        } catch (InputException e) {
            List<InputException> placed = new ArrayList<>();
            for (InputException problem : e.all()) {
                boolean changed = with.map(w -> changes(w, problem.path())).orElse(false);
                String prefix = changed ? theCase.pathOf("with") : given.path();
                String path = prefix.isEmpty() ? problem.path()
                        : problem.path().isEmpty() ? prefix : prefix + "." + problem.path();
                placed.add(new InputException(changed ? theCase.source() : given.source(), path,
                        problem.position(), problem.problem()));
            }
            throw InputException.all(placed);
        }
    }

    /** Whether a field path is one a change in "with" names, or lies inside or around one. */
    private static boolean changes(Json with, String path) {
        if (!(with instanceof Json.Obj obj) || path.isEmpty()) {
            return false;
        }
        for (String key : obj.members().keySet()) {
            if (path.equals(key) || path.startsWith(key + ".") || path.startsWith(key + "[")
                    || key.startsWith(path + ".")) {
                return true;
            }
        }
        return false;
    }

    private Given situationOf(Fields f, Path file, Optional<Json> base) {
        int given = (f.has("situation") ? 1 : 0) + (f.has("situationFile") ? 1 : 0);
        if (given > 1) {
            throw f.error("situationFile", "give either situation or situationFile, not both.");
        }
        if (f.has("situation")) {
            return new Given(f.required("situation", ""), f.pathOf("situation"), f.source());
        }
        if (f.has("situationFile")) {
            String relative = f.requiredText("situationFile", 500, "a path");
            Path target = file.toAbsolutePath().getParent().resolve(relative).normalize();
            if (Files.isDirectory(target)) {
                throw f.error("situationFile", target + " is a folder, not a file; name the situation file in it.");
            }
            if (!Files.isRegularFile(target)) {
                throw f.error("situationFile", target + " does not exist; the path is relative to this case file.");
            }
            return new Given(read(target, target.toString()), "", target.toString());
        }
        return new Given(base.orElseThrow(() -> f.error("situation", "this case has no situation; give situation, "
                + "situationFile, or a \"base\" for the whole file.")), "base", f.source());
    }

    private static List<String> texts(Fields f, String key) {
        List<Json> items = f.optionalList(key);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(f.text(items.get(i), f.pathOf(key) + "[" + i + "]", 500));
        }
        return out;
    }

}
