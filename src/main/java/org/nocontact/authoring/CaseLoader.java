package org.nocontact.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import org.nocontact.files.RegularFiles;
import org.nocontact.text.Texts;
import org.nocontact.json.Problems;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/**
 * Reads case files: {"base": situation?, "cases": [{name, profile?, situation | situationFile | with, expect}]}.
 * A case's situation is read by the same strict reader as `check`, so a typo in a case is an error
 * with its line and column, never a silently different scenario. Every case, and every field of a
 * case, is checked even after a mistake, so a file's problems are all reported in one run.
 */
public final class CaseLoader {
    public static final int MAX_CASES = 10_000;
    private static final List<String> FILE = List.of("$schema", "description", "base", "cases");
    private static final List<String> CASE = List.of("name", "profile", "situation", "situationFile", "with", "expect");
    private static final List<String> EXPECT = List.of("verdict", "reconsiderOn", "decidedBy", "applies",
            "doesNotApply", "reasonsContain", "doInsteadContains", "doInsteadOmits",
            DraftExpectation.FIELD, AheadExpectation.FIELD);

    private final JsonTreeReader json = new JsonTreeReader(JsonTreeReader.Limits.RULES);
    private final SituationReader situations = new SituationReader(LocalDate.now());
    /** The cases read so far that did not load, as far as they could be read. */
    private final List<TestCase.Unloaded> unloaded = new ArrayList<>();

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

    /**
     * The cases this loader read that did not load (their problems were thrown), with what could be
     * read of them, so that the rule ids they name are checked in the same run.
     */
    public List<TestCase.Unloaded> unloaded() {
        return List.copyOf(unloaded);
    }

    /** The case files a path names: the file itself, or a folder's *.json files in name order. */
    public static List<Path> caseFiles(Path path) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> listing = Files.list(path)) {
                // Links and special files named *.json are kept, to be refused by name when read, never skipped unseen.
                return listing.filter(p -> p.getFileName().toString().endsWith(".json")
                                && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
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
        Problems found = new Problems();
        Fields top = Fields.of(root, "", source, FILE, found);
        found.attempt(() -> top.optionalText("$schema", 2000));
        found.attempt(() -> top.optionalText("description", 2000));
        Optional<Json> base = found.attempt(() -> top.optional("base")).flatMap(b -> b);
        List<Json> items = found.attempt(() -> top.list(top.required("cases", "a list of cases"), "cases"))
                .orElse(List.of());
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Json item = items.get(i);
            String path = "cases[" + i + "]";
            found.attempt(() -> testCase(item, path, file, base)).ifPresent(cases::add);
        }
        found.throwIfAny();
        return cases;
    }

    private Json read(Path file, String source) {
        try (InputStream in = RegularFiles.open(file)) {
            return json.read(in, source);
        } catch (NoSuchFileException e) {
            throw InputException.whole(source, "no such file; check the path.");
        } catch (RegularFiles.NotRegular e) {
            if (e.what().equals("a folder")) {
                throw InputException.unreadable(source, file, "give the JSON file's path.");
            }
            throw InputException.whole(source, "this is " + e.what() + ", not an ordinary file; cases are read only from "
                    + "regular files" + (e.isLink() ? " (name the file itself, not a link to it)." : "."));
        } catch (IOException e) {
            throw InputException.unreadable(source, file, "give the JSON file's path.");
        }
    }

    /** One case; every field is checked even after one is wrong, and its problems are thrown together. */
    private TestCase testCase(Json node, String path, Path file, Optional<Json> base) {
        String source = file.toString();
        Problems found = new Problems();
        Fields f = Fields.of(node, path, source, CASE, found);
        Optional<String> name = found.attempt(() -> f.requiredText("name", 200, "a short description of the scenario"));
        Optional<Optional<String>> profile = found.attempt(() -> f.optionalText("profile", 64));
        Optional<Situation> read = found.attempt(() -> situation(f, file, base));
        // an unknown field in "expect" is noted and the known ones are still read (every mistake in one run)
        Optional<Fields> e = found.attempt(() -> Fields.of(f.required("expect", "at least the verdict"),
                f.pathOf("expect"), source, EXPECT, found));
        Optional<TestCase.Expectation> expectation = e.flatMap(expect -> found.attempt(() -> expectation(expect, read)));
        Optional<List<TestCase.RuleRef>> refs = e.flatMap(expect -> found.attempt(() -> ruleRefs(expect)));
        if (!found.isEmpty()) {
            unloaded.add(new TestCase.Unloaded(name.orElse(path), source, node.position(),
                    profile.orElse(Optional.empty()), refs.orElse(List.of())));
        }
        found.throwIfAny();
        return new TestCase(name.orElseThrow(), source, node.position(), profile.orElseThrow(), read.orElseThrow(),
                expectation.orElseThrow(), refs.orElseThrow());
    }

    /** The situation a case gives: inline, from a file, or the file's "base", with its "with" changes made. */
    private Situation situation(Fields f, Path file, Optional<Json> base) {
        Given given = situationOf(f, file, base);
        Json situation = given.json();
        Optional<Json> with = f.optional("with");
        if (with.isPresent()) {
            situation = JsonEdits.apply(situation, with.get(), f.pathOf("with"), f.source());
        }
        return readSituation(situation, given, with, f);
    }

    /** What a case expects; its draft expectation is checked against the situation when that could be read. */
    private static TestCase.Expectation expectation(Fields e, Optional<Situation> read) {
        Problems found = new Problems();
        Optional<Verdict> verdict = found.attempt(() -> e.requiredName("verdict", Verdict.class));
        Optional<Optional<AheadExpectation>> ahead = found.attempt(() -> AheadExpectation.read(e));
        Optional<Optional<Optional<LocalDate>>> reconsiderOn = found.attempt(() -> e.raw("reconsiderOn")
                .map(value -> value instanceof Json.Null ? Optional.empty()
                        : Optional.of(e.date(value, e.pathOf("reconsiderOn")))));
        Optional<Optional<String>> decidedBy = found.attempt(() -> e.optionalText("decidedBy", 64));
        Optional<List<String>> applies = found.attempt(() -> texts(e, "applies"));
        Optional<List<String>> doesNotApply = found.attempt(() -> texts(e, "doesNotApply"));
        Optional<List<String>> reasonsContain = found.attempt(() -> texts(e, "reasonsContain"));
        Optional<List<String>> doInsteadContains = found.attempt(() -> texts(e, "doInsteadContains"));
        Optional<List<String>> doInsteadOmits = found.attempt(() -> texts(e, "doInsteadOmits"));
        // Without a situation (its problems are reported already) the draft expectation cannot be checked.
        Optional<Optional<DraftExpectation>> draft = read.isEmpty() ? Optional.of(Optional.empty())
                : found.attempt(() -> DraftExpectation.read(e, read.get()));
        found.throwIfAny();
        return new TestCase.Expectation(verdict.orElseThrow(), reconsiderOn.orElseThrow(), decidedBy.orElseThrow(),
                applies.orElseThrow(), doesNotApply.orElseThrow(), reasonsContain.orElseThrow(),
                doInsteadContains.orElseThrow(), doInsteadOmits.orElseThrow(), draft.orElseThrow(), ahead.orElseThrow());
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
            return situations.readAll(situation, given.source());
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
            Path repository = repository(file);
            if (!RegularFiles.isInside(target, repository)) {
                throw f.error("situationFile", Texts.printable(relative) + " is outside " + repository
                        + "; a case's situation file must be in the same repository as the case file.");
            }
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

    /**
     * Where a case file's situation files may be: the repository that holds the case file, the nearest
     * folder above it with a .git, or holding a rule folder (one with a ruleset.json, whatever its
     * name: rules/, my-rules/): a checkout or a copy of one; outside any, the case file's own folder.
     */
    static Path repository(Path caseFile) {
        Path folder = caseFile.toAbsolutePath().normalize().getParent();
        for (Path at = folder; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"), LinkOption.NOFOLLOW_LINKS)
                    || Files.isRegularFile(at.resolve("rules").resolve("ruleset.json"), LinkOption.NOFOLLOW_LINKS)) {
                return at;
            }
            if (Files.isRegularFile(at.resolve("ruleset.json"), LinkOption.NOFOLLOW_LINKS)) {
                return at.getParent() == null ? at : at.getParent();
            }
        }
        return folder;
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
