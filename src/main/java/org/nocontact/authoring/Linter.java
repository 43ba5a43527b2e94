package org.nocontact.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.nocontact.json.InputException;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Situation;

/**
 * Finds mistakes in a rule set. What the loader refuses (malformed JSON, unknown keys, facts,
 * values or verdicts, wrong comparison types, duplicate ids, missing reasons or sources, unknown
 * sources) is an error at its file, line and column; the loader stops at the first. A set that
 * loads is then checked whole: contradictory conditions (errors), and, across an enumerated space
 * of situations, rules that never apply, never decide, or are tied with an earlier rule; rules in
 * no profile; unused definitions and sources; rule files not listed (warnings).
 */
public final class Linter {
    private Linter() {
    }

    public static List<Finding> lint(Path dir) {
        RuleSet rules;
        try {
            rules = RuleSetLoader.load(RuleFiles.folder(dir));
        } catch (InputException e) {
            return List.of(new Finding(Finding.Severity.ERROR, e.source(), e.position().orElse(Position.START),
                    e.path(), e.problem()));
        }
        List<Finding> findings = new ArrayList<>();
        contradictions(rules, findings);
        unplaced(rules, findings);
        unusedDefinitionsAndSources(dir, rules, findings);
        unlistedFiles(dir, rules, findings);
        behaviour(rules, findings);
        findings.addAll(DraftLint.lint(rules));
        return findings;
    }

    private static void contradictions(RuleSet rules, List<Finding> findings) {
        for (Rule rule : rules.rules()) {
            contradiction(rule.when()).ifPresent(why -> findings.add(new Finding(Finding.Severity.ERROR, rule.file(),
                    rule.position(), rule.id() + ".when", "this condition can never be true: " + why + ".")));
        }
    }

    /** Comparisons on one fact inside an "all" that cannot hold together, such as goal is a and goal is b. */
    static Optional<String> contradiction(Condition condition) {
        if (condition instanceof Condition.All all) {
            Map<Fact, Set<Object>> allowed = new HashMap<>();
            Map<Fact, int[]> bounds = new HashMap<>();
            for (Condition part : all.parts()) {
                Optional<String> inner = contradiction(part);
                if (inner.isPresent()) {
                    return inner;
                }
                Set<Object> values = part instanceof Condition.Is is ? Set.of(is.value())
                        : part instanceof Condition.In in ? in.values() : null;
                Fact fact = part instanceof Condition.Is is ? is.fact() : part instanceof Condition.In in ? in.fact() : null;
                if (fact != null) {
                    Set<Object> before = allowed.get(fact);
                    Set<Object> now = new HashSet<>(values);
                    if (before != null) {
                        now.retainAll(before);
                    }
                    if (now.isEmpty()) {
                        return Optional.of(fact.factName() + " cannot be " + (before == null ? values : before)
                                + " and " + values + " at once");
                    }
                    allowed.put(fact, now);
                }
                if (part instanceof Condition.AtLeast least) {
                    int[] b = bounds.computeIfAbsent(least.fact(), f -> new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE});
                    b[0] = Math.max(b[0], least.bound());
                }
                if (part instanceof Condition.AtMost most) {
                    int[] b = bounds.computeIfAbsent(most.fact(), f -> new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE});
                    b[1] = Math.min(b[1], most.bound());
                }
            }
            for (Map.Entry<Fact, int[]> b : bounds.entrySet()) {
                if (b.getValue()[0] > b.getValue()[1]) {
                    return Optional.of(b.getKey().factName() + " cannot be at least " + b.getValue()[0]
                            + " and at most " + b.getValue()[1]);
                }
            }
        }
        if (condition instanceof Condition.Any any) {
            for (Condition part : any.parts()) {
                if (contradiction(part).isEmpty()) {
                    return Optional.empty();
                }
            }
            return contradiction(any.parts().get(0));
        }
        if (condition instanceof Condition.Ref ref) {
            return contradiction(ref.definition());
        }
        if (condition instanceof Condition.Not not && not.part() instanceof Condition.Always) {
            return Optional.of("it is \"not always\"");
        }
        return Optional.empty();
    }

    private static void unplaced(RuleSet rules, List<Finding> findings) {
        Set<String> placed = new HashSet<>();
        rules.profiles().values().forEach(p -> p.precedence().forEach(r -> placed.add(r.id())));
        for (Rule rule : rules.rules()) {
            if (!placed.contains(rule.id())) {
                findings.add(new Finding(Finding.Severity.WARNING, rule.file(), rule.position(), rule.id(),
                        "this rule is in no profile's precedence, so it is never used; place it, or remove it."));
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
        String index = dir.resolve(RuleSetLoader.INDEX).toString();
        for (String name : rules.definitions().keySet()) {
            if (!usedDefinitions.contains(name)) {
                findings.add(new Finding(Finding.Severity.WARNING, index, Position.START, "definitions." + name,
                        "this definition is not used by any rule; remove it, or use it with {\"ref\": \"" + name + "\"}."));
            }
        }
        Set<String> cited = new HashSet<>();
        rules.rules().forEach(r -> cited.addAll(r.sources()));
        rules.drafts().rules().forEach(r -> cited.addAll(r.sources()));
        for (String source : rules.sources().keySet()) {
            if (!cited.contains(source)) {
                findings.add(new Finding(Finding.Severity.WARNING, index, Position.START, "sources." + source,
                        "no rule cites this source."));
            }
        }
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
                    .forEach(name -> findings.add(new Finding(Finding.Severity.WARNING, dir.resolve(name).toString(),
                            Position.START, "", "this file is not listed in \"files\" in ruleset.json, so its rules are not loaded.")));
        } catch (IOException e) {
            // the folder loaded a moment ago; nothing more to say about it
        }
    }

    /** Across the enumerated space: which rules apply, which decide, and which apply exactly where another does. */
    private static void behaviour(RuleSet rules, List<Finding> findings) {
        List<Rule> all = rules.rules();
        Map<String, Integer> number = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            number.put(all.get(i).id(), i);
        }
        AtomicLongArray applied = new AtomicLongArray(all.size());
        AtomicLongArray fingerprint = new AtomicLongArray(all.size());
        AtomicLongArray decided = new AtomicLongArray(all.size());
        SituationSpace space = new SituationSpace();
        List<Profile> profiles = List.copyOf(rules.profiles().values());
        long stride = SituationSpace.stride(rules.totalConditionSize());
        long tried = LongStream.range(0, space.samples(stride)).map(k -> k * stride).parallel().filter(i -> {
            Optional<Situation> s = space.at(i);
            if (s.isEmpty()) {
                return false;
            }
            Facts facts = rules.factsOf(s.get());
            long mark = mix(i);
            for (int r = 0; r < all.size(); r++) {
                if (all.get(r).appliesTo(facts)) {
                    applied.incrementAndGet(r);
                    fingerprint.addAndGet(r, mark);
                }
            }
            for (Profile profile : profiles) {
                for (Rule rule : profile.precedence()) {
                    if (rule.appliesTo(facts)) {
                        decided.incrementAndGet(number.get(rule.id()));
                        break;
                    }
                }
            }
            return true;
        }).count();
        Set<String> reported = new HashSet<>();
        for (Profile profile : profiles) {
            List<Rule> order = profile.precedence();
            for (int k = 0; k < order.size(); k++) {
                Rule rule = order.get(k);
                int r = number.get(rule.id());
                if (!reported.add(rule.id())) {
                    continue;
                }
                if (applied.get(r) == 0) {
                    findings.add(new Finding(Finding.Severity.WARNING, rule.file(), rule.position(), rule.id() + ".when",
                            "this rule applied in none of the " + tried + " situations tried; check its condition."));
                    continue;
                }
                if (decided.get(r) == 0) {
                    Optional<Rule> twin = order.subList(0, k).stream().filter(earlier -> {
                        int e = number.get(earlier.id());
                        return applied.get(e) == applied.get(r) && fingerprint.get(e) == fingerprint.get(r);
                    }).findFirst();
                    String message = twin.map(t -> "this rule is tied with " + t.id() + ": both apply to exactly the "
                            + "same situations, and " + t.id() + " comes first, so this one never decides; merge them "
                            + "or tell them apart.").orElse("this rule applies, but in none of the " + tried
                            + " situations tried does it decide: rules before it always do. Move it up, or narrow them.");
                    findings.add(new Finding(Finding.Severity.WARNING, rule.file(), rule.position(), rule.id(), message));
                }
            }
        }
    }

    private static long mix(long x) {
        x += 0x9E3779B97F4A7C15L;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return x ^ (x >>> 31);
    }
}
