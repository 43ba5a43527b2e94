package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nocontact.analysis.Budget;
import org.nocontact.analysis.Exploration;
import org.nocontact.analysis.Explorer;
import org.nocontact.analysis.Explorer.Interest;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.FactsRead;
import org.nocontact.analysis.Space;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Invariant;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.situation.SituationWriter;

/**
 * Lint's findings about behaviour, proved over every situation by the analysis engine: rules that
 * can never apply (errors), rules that never decide in a profile (warnings), rules that no profile
 * orders but that can apply together with a different verdict (errors), and declared invariants
 * that fail (errors, with a counterexample situation). What the analysis could not cover is an
 * error too (NOT_COVERED, which lint may be told to accept), and an invariant it could not prove
 * is always an error (NOT_PROVED): a proof that was starved is no proof.
 */
final class RuleAnalysis {
    private final RuleSet rules;
    private final String index;
    private final Space space;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> neverApply = new LinkedHashSet<>();
    /** One budget for the whole lint run, so no rule set can make it run for long. */
    private final Budget budget;
    /** Work spent looking for the earlier rules that shadow one rule (a hint in the warning, not a proof). */
    private static final long EARLIER_WORK = 30_000;

    private RuleAnalysis(RuleSet rules, String index, Budget budget) {
        this.rules = rules;
        this.index = index;
        this.space = Space.of(rules);
        this.budget = budget;
    }

    /** @param index how ruleset.json is named in messages */
    static List<Finding> findings(RuleSet rules, String index) {
        return findings(rules, index, Budget.standard());
    }

    /** As {@link #findings(RuleSet, String)}, within a given budget of work. */
    static List<Finding> findings(RuleSet rules, String index, Budget budget) {
        RuleAnalysis analysis = new RuleAnalysis(rules, index, budget);
        analysis.neverApplying();
        analysis.shadowed();
        analysis.unordered();
        analysis.invariants();
        return analysis.findings;
    }

    /** One situation where the condition holds (with no profile, there is one tuple of deciders: none). */
    private Exploration anyWhere(Condition condition) {
        return Explorer.explore(space.everything(), condition, List.of(), budget, deciders -> Interest.ONE);
    }

    /** Where the condition holds, one region (with its witness) for each rule that decides there in the profile. */
    private Exploration eachDecider(Condition condition, Profile profile) {
        return Explorer.explore(space.everything(), condition, List.of(profile), budget, deciders -> Interest.ONE);
    }

    /**
     * Conditions no situation meets, wherever they stand ({@link ConditionPlaces}): a rule's (the
     * rule never applies), a suggestion's (within its rule's), a definition's, general advice's and an
     * invariant's; each at its own line, and a suggestion of a rule that never applies is not named twice.
     */
    private void neverApplying() {
        MutantSource source = new MutantSource();
        for (ConditionPlaces.Place place : ConditionPlaces.of(rules, index)) {
            boolean ownCondition = place.kind() == ConditionPlaces.Kind.RULE;
            if (!ownCondition && place.rule().filter(r -> neverApply.contains(r.id())).isPresent()) {
                continue;
            }
            Condition where = place.within() instanceof Condition.Always ? place.condition()
                    : new Condition.All(List.of(place.within(), place.condition()));
            Exploration e = anyWhere(where);
            if (!e.leaves().isEmpty()) {
                continue;
            }
            place.rule().filter(r -> ownCondition).ifPresent(r -> neverApply.add(r.id()));
            Position at = ownCondition ? place.fallback() : source.at(place.file(), place.path()).orElse(place.fallback());
            String path = ownCondition ? place.owner() + ".when" : place.owner();
            if (e.complete()) {
                findings.add(new Finding(Finding.Severity.ERROR, Finding.Kind.NEVER_APPLIES, place.file(), at, path,
                        place.kind().neverTrue() + " (checked over every situation); look at how it combines "
                                + facts(where) + "."));
            } else {
                findings.add(new Finding(Finding.Severity.ERROR, Finding.Kind.NOT_COVERED, place.file(), at, path,
                        "could not decide whether any situation meets this condition: " + uncovered(e) + "."));
            }
        }
    }

    /** Rules that apply somewhere but, in a profile, never decide: earlier rules always do. */
    private void shadowed() {
        for (Profile profile : rules.profiles().values().stream().sorted(java.util.Comparator.comparing(Profile::name))
                .toList()) {
            Exploration all = eachDecider(new Condition.Always(), profile);
            Set<String> deciding = new LinkedHashSet<>();
            all.leaves().forEach(leaf -> deciding.add(leaf.decider(0).id()));
            for (Rule rule : profile.precedence()) {
                if (rule.isCatchAll() || deciding.contains(rule.id()) || neverApply.contains(rule.id())
                        || !all.complete()) {
                    continue;
                }
                // Which earlier rules decide first is a hint, not a proof: it is looked for with a small
                // budget of its own, so that hundreds of shadowed rules cannot use up the proofs' budget.
                Exploration where = Explorer.explore(space.everything(), rule.when(), List.of(profile),
                        Budget.of(EARLIER_WORK), deciders -> Interest.ONE);
                List<String> earlier = where.leaves().stream()
                        .map(leaf -> leaf.decider(0)).distinct()
                        .sorted(java.util.Comparator.comparing((Rule r) -> profile.precedence().indexOf(r)).reversed())
                        .map(Rule::id).toList();
                String which = where.complete() ? "(nearest first: " + String.join(", ", earlier.stream().limit(3).toList())
                        + (earlier.size() > 3 ? ", ..." : "") + ")"
                        : earlier.isEmpty() ? "" : "(such as " + String.join(", ", earlier.stream().limit(3).toList()) + ")";
                findings.add(new Finding(Finding.Severity.WARNING, Finding.Kind.SHADOWED, rule.file(),
                        rule.position(), rule.id(), "in profile " + profile.name() + " this rule never decides: wherever it applies, an earlier "
                                + "rule decides first" + (which.isEmpty() ? "" : " " + which) + "; move it up, or narrow them."));
            }
            all.uncovered().forEach(u -> findings.add(new Finding(Finding.Severity.ERROR, Finding.Kind.NOT_COVERED,
                    index, Position.START,
                    "profiles." + profile.name(), "not every situation could be covered (" + u.reason() + "): "
                            + u.region().describe())));
        }
    }

    /** Rules in no profile that can apply together with a rule of another verdict: nothing says which wins. */
    private void unordered() {
        Set<String> placed = new LinkedHashSet<>();
        rules.profiles().values().forEach(p -> p.precedence().forEach(r -> placed.add(r.id())));
        for (Rule loose : rules.rules()) {
            if (placed.contains(loose.id()) || neverApply.contains(loose.id())) {
                continue;
            }
            for (Rule other : rules.rules()) {
                if (other == loose || other.verdict() == loose.verdict() || neverApply.contains(other.id())) {
                    continue;
                }
                Exploration both = anyWhere(new Condition.All(List.of(loose.when(), other.when())));
                if (!both.leaves().isEmpty()) {
                    findings.add(new Finding(Finding.Severity.ERROR, Finding.Kind.UNORDERED, loose.file(), loose.position(), loose.id(),
                            "this rule (" + loose.verdict() + ") and " + other.id() + " (" + other.verdict()
                                    + ") can both apply, for example where " + both.leaves().get(0).region().describe()
                                    + ", and no profile says which comes first; place this rule in the profiles."));
                    break;
                }
                if (!both.complete()) {
                    findings.add(new Finding(Finding.Severity.ERROR, Finding.Kind.NOT_COVERED, loose.file(), loose.position(), loose.id(),
                            "could not decide whether this rule and " + other.id() + " can both apply: "
                                    + uncovered(both) + "."));
                }
            }
        }
    }

    private void invariants() {
        for (Invariant invariant : rules.invariants()) {
            for (Profile profile : rules.profiles().values().stream().filter(invariant::appliesTo)
                    .sorted(java.util.Comparator.comparing(Profile::name)).toList()) {
                // only a rule that breaks the invariant needs a region (a counterexample); the rest is covered
                Exploration e = Explorer.explore(space.everything(), invariant.when(), List.of(profile), budget,
                        deciders -> invariant.keptBy(deciders.get(0).verdict()) ? Interest.SKIP : Interest.ONE);
                Optional<Leaf> broken = e.leaves().stream().filter(l -> !invariant.keptBy(l.verdict(0))).findFirst();
                String path = "invariants." + invariant.id();
                if (broken.isPresent()) {
                    Leaf leaf = broken.get();
                    findings.add(new Finding(Finding.Severity.ERROR, Finding.Kind.INVARIANT_BROKEN, invariant.file(), invariant.position(), path,
                            "in profile " + profile.name() + " this invariant (" + invariant.promise() + ") fails: where "
                                    + leaf.region().describe() + ": " + leaf.decider(0).id() + " gives "
                                    + leaf.verdict(0) + "; counterexample:\n"
                                    + SituationWriter.write(leaf.witness()).stripTrailing()));
                } else if (!e.complete()) {
                    findings.add(new Finding(Finding.Severity.ERROR, Finding.Kind.NOT_PROVED, invariant.file(),
                            invariant.position(), path, "not proved: in profile " + profile.name() + " this invariant ("
                                    + invariant.promise() + ") could not be proved everywhere, and no situation "
                                    + "breaking it was found: " + uncovered(e) + "; simplify the rules it depends on."));
                }
            }
        }
    }

    private static String facts(Condition condition) {
        return String.join(", ", FactsRead.of(condition).stream().map(Fact::factName).toList());
    }

    private static String uncovered(Exploration e) {
        return (e.uncovered().size() == 1 ? "1 region was" : e.uncovered().size() + " regions were") + " not covered, such as " + e.uncovered().get(0).region().describe()
                + " (" + e.uncovered().get(0).reason() + ")";
    }

}
