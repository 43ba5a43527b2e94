package org.nocontact.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.nocontact.analysis.Budget;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.JsonTreeReader;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/**
 * Finds mistakes in a rule set. What the loader refuses (malformed JSON, unknown keys, facts,
 * values or verdicts, wrong comparison types, duplicate ids, missing reasons or sources, unknown
 * sources) is refused by the loader (exit 2), every problem at once, each at its file:line:column. A set that
 * loads is then checked whole: rules in no profile, unused definitions and sources, rule files not
 * listed (warnings); and, over every situation (RuleAnalysis), rules that can never apply, never
 * decide in a profile or are ordered by no profile, and declared invariants.
 */
public final class Linter {
    private Linter() {
    }

    /** The findings on a rule set that loads; one that does not is refused with every load error (exit 2). */
    public static List<Finding> lint(Path dir) {
        return lint(dir, false);
    }

    /**
     * As {@link #lint(Path)}; with {@code acceptIncomplete}, what the analysis could not cover is a
     * warning instead of an error. An invariant that was not proved stays an error either way. The
     * findings come in reading order (file, line, column, then wording), the same in every format.
     */
    public static List<Finding> lint(Path dir, boolean acceptIncomplete) {
        List<Finding> findings = lintAll(dir, Budget.standard());
        if (!acceptIncomplete) {
            return findings;
        }
        return findings.stream().map(f -> f.kind() == Finding.Kind.NOT_COVERED
                ? new Finding(Finding.Severity.WARNING, f.kind(), f.file(), f.position(), f.path(), f.message()) : f)
                .toList();
    }

    /**
     * As {@link #lint(Path)}, the analysis spending {@code budget} instead of the standard one: the
     * same checks, for tests that show a run is bounded by its budget without spending all of it.
     */
    static List<Finding> lint(Path dir, Budget budget) {
        return lintAll(dir, budget);
    }

    private static List<Finding> lintAll(Path dir, Budget budget) {
        RuleSet rules = RuleSetLoader.load(RuleFiles.folder(dir));
        List<Finding> findings = new ArrayList<>();
        unplaced(rules, findings);
        unusedDefinitionsAndSources(dir, rules, findings);
        unlistedFiles(dir, rules, findings);
        findings.addAll(BoundsInRange.findings(rules, dir.resolve(RuleSetLoader.INDEX).toString()));
        findings.addAll(RuleAnalysis.findings(rules, dir.resolve(RuleSetLoader.INDEX).toString(), budget));
        findings.addAll(DraftLint.lint(rules));
        findings.sort(Finding.READING_ORDER);
        return List.copyOf(findings);
    }

    private static void unplaced(RuleSet rules, List<Finding> findings) {
        Set<String> placed = new HashSet<>();
        rules.profiles().values().forEach(p -> p.precedence().forEach(r -> placed.add(r.id())));
        for (Rule rule : rules.rules()) {
            if (!placed.contains(rule.id())) {
                findings.add(new Finding(Finding.Severity.WARNING, Finding.Kind.UNPLACED_RULE, rule.file(),
                        rule.position(), rule.id(), "this rule is in no profile's precedence, so it is never used; place it, or remove it."));
            }
        }
    }

    private static void unusedDefinitionsAndSources(Path dir, RuleSet rules, List<Finding> findings) {
        Set<String> usedDefinitions = new HashSet<>();
        for (Rule rule : rules.rules()) {
            collectRefs(rule.when(), usedDefinitions);
            rule.doInstead().forEach(s -> collectRefs(s.when(), usedDefinitions));
        }
        rules.generalAdvice().forEach(s -> collectRefs(s.when(), usedDefinitions));
        rules.invariants().forEach(i -> collectRefs(i.when(), usedDefinitions));
        String index = dir.resolve(RuleSetLoader.INDEX).toString();
        Map<String, Position> definitionsAt = keyPositions(dir, "definitions");
        Map<String, Position> sourcesAt = keyPositions(dir, "sources");
        for (String name : rules.definitions().keySet()) {
            if (!usedDefinitions.contains(name)) {
                findings.add(new Finding(Finding.Severity.WARNING, Finding.Kind.UNUSED_DEFINITION, index, definitionsAt.getOrDefault(name, Position.START),
                        "definitions." + name,
                        "this definition is not used by any rule; remove it, or use it with {\"ref\": \"" + name + "\"}."));
            }
        }
        Set<String> cited = new HashSet<>();
        rules.rules().forEach(r -> cited.addAll(r.sources()));
        rules.drafts().rules().forEach(r -> cited.addAll(r.sources()));
        for (String source : rules.sources().keySet()) {
            if (!cited.contains(source)) {
                findings.add(new Finding(Finding.Severity.WARNING, Finding.Kind.UNUSED_SOURCE, index, sourcesAt.getOrDefault(source, Position.START),
                        "sources." + source,
                        "no rule cites this source."));
            }
        }
    }

    /** Where each key of one object of ruleset.json starts ("definitions", "sources"), so a finding points at its line. */
    private static Map<String, Position> keyPositions(Path dir, String field) {
        Map<String, Position> at = new HashMap<>();
        try (java.io.InputStream in = Files.newInputStream(dir.resolve(RuleSetLoader.INDEX))) {
            Json index = new JsonTreeReader(JsonTreeReader.Limits.RULES).read(in, RuleSetLoader.INDEX);
            if (index instanceof Json.Obj obj && obj.members().get(field) != null
                    && obj.members().get(field).value() instanceof Json.Obj object) {
                object.members().values().forEach(member -> at.put(member.key(), member.keyPosition()));
            }
        } catch (IOException | InputException e) {
            // the file loaded a moment ago; without positions the findings fall back to its start
        }
        return at;
    }

    private static void collectRefs(Condition condition, Set<String> into) {
        if (condition instanceof Condition.Ref ref) {
            if (into.add(ref.name())) {
                collectRefs(ref.definition(), into);
            }
        } else if (condition instanceof Condition.All all) {
            all.parts().forEach(p -> collectRefs(p, into));
        } else if (condition instanceof Condition.Any any) {
            any.parts().forEach(p -> collectRefs(p, into));
        } else if (condition instanceof Condition.Not not) {
            collectRefs(not.part(), into);
        }
    }

    private static void unlistedFiles(Path dir, RuleSet rules, List<Finding> findings) {
        Set<String> listed = new HashSet<>(rules.files());
        rules.drafts().file().ifPresent(listed::add);
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .map(f -> f.getFileName().toString())
                    .filter(name -> !name.equals(RuleSetLoader.INDEX) && !listed.contains(name))
                    .sorted()
                    .forEach(name -> findings.add(new Finding(Finding.Severity.WARNING, Finding.Kind.UNLISTED_FILE,
                            dir.resolve(name).toString(),
                            Position.START, "", isDraftRules(dir.resolve(name))
                            ? "this file holds draft rules but is not named by ruleset.json, so they are not loaded; "
                            + "name it with \"drafts\": \"" + name + "\" in ruleset.json (not in \"files\")."
                            : "this file is not listed in \"files\" in ruleset.json, so its rules are not loaded.")));
        } catch (IOException e) {
            // the folder loaded a moment ago; nothing more to say about it
        }
    }

    /** Whether a file reads as draft rules: an object with "verdicts", which only a drafts file has. */
    private static boolean isDraftRules(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            Json root = new JsonTreeReader(JsonTreeReader.Limits.RULES).read(in, file.getFileName().toString());
            return root instanceof Json.Obj obj && obj.members().containsKey("verdicts");
        } catch (IOException | InputException e) {
            return false;
        }
    }
}
