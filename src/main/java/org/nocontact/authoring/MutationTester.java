package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.nocontact.advice.Advisor;
import org.nocontact.analysis.Budget;
import org.nocontact.analysis.Exploration;
import org.nocontact.analysis.Explorer;
import org.nocontact.analysis.Space;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Verdict;
import org.nocontact.rules.RuleSet;

/**
 * Mutation testing of a case suite: every mutant of the rule set ({@link Mutants}) is run against
 * the cases; one that no case fails survives, unless the exact diff proves it gives every situation
 * the same outcome (then it is equivalent and dropped). A survivor comes with the diff's witness,
 * a situation that would kill it. All the work is bounded: the analysis (the cases' projections and
 * the diffs) spends one budget, and the case runs are capped; what was not tried is counted and
 * named, and the run is then incomplete.
 */
public final class MutationTester {
    /** The analysis work of a whole mutation run: several lint runs' worth (about half a minute at most here). */
    public static final long DEFAULT_WORK = 8 * Budget.DEFAULT_WORK;
    /** Case runs times the rule set's condition size: about half a minute of case runs at most. */
    public static final long MAX_CASE_WORK = 400_000_000L;
    public static final int MAX_MUTANTS = 20_000;

    /** A mutant no case kills, and a witness situation (from the diff) that would. */
    public record Survivor(Mutant mutant, Differ.Change witness) {
    }

    /**
     * What a mutation run found: how many mutants were made, killed by a case, proved equivalent,
     * survived (each with a witness), and not tried or not settled (with why).
     */
    public record Report(int made, int killed, int equivalent, List<Survivor> survivors, int notTried,
                         Optional<String> notFinished) {
        public Report {
            survivors = List.copyOf(survivors);
        }

        /** Killed among the mutants that could be killed (made, less the equivalent and those not tried). */
        public double score() {
            int counted = killed + survivors.size();
            return counted == 0 ? 100.0 : 100.0 * killed / counted;
        }

        public boolean complete() {
            return notFinished.isEmpty();
        }
    }

    private final RuleSet rules;
    private final List<TestCase> cases;
    private final Budget budget;
    private final long maxCaseRuns;
    private long caseRuns;
    private boolean cutShort;
    private final MutantSource source = new MutantSource();
    /** Each case's facts (the same for every mutant: they depend on settings no mutant changes) and outcome. */
    private final List<Facts> facts = new ArrayList<>();
    private final List<Shape> shapes = new ArrayList<>();
    private int lastKiller;

    private MutationTester(RuleSet rules, List<TestCase> cases, Budget budget, long caseWork) {
        this.rules = rules;
        this.cases = List.copyOf(cases);
        this.budget = budget;
        this.maxCaseRuns = Math.max(1, caseWork / Math.max(1, rules.totalConditionSize()));
        for (TestCase c : this.cases) {
            Facts f = rules.factsOf(c.situation());
            facts.add(f);
            shapes.add(rules.profile(c.profile().orElse(rules.defaultProfile())).map(p -> Shape.of(Evaluation.of(p, f)))
                    .orElseThrow());
        }
    }

    /** Runs every mutant of {@code rules} against {@code cases}, which must all pass on {@code rules} itself. */
    public static Report run(RuleSet rules, String index, List<TestCase> cases) {
        return run(rules, index, cases, Budget.of(DEFAULT_WORK), MAX_CASE_WORK, MAX_MUTANTS);
    }

    /** As {@link #run(RuleSet, String, List)}, within the limits given. */
    public static Report run(RuleSet rules, String index, List<TestCase> cases, Budget budget, long caseWork,
                             int maxMutants) {
        MutationTester tester = new MutationTester(rules, cases, budget, caseWork);
        return Advisor.spending(budget, () -> tester.all(Mutants.of(rules, index), maxMutants));
    }

    private Report all(List<Mutant> mutants, int maxMutants) {
        int killed = 0;
        int equivalent = 0;
        int notTried = 0;
        int unsettled = 0;
        List<Survivor> survivors = new ArrayList<>();
        Optional<String> why = Optional.empty();
        for (int i = 0; i < mutants.size(); i++) {
            if (i >= maxMutants || budget.spent() || caseRuns >= maxCaseRuns) {
                why = why.or(() -> Optional.of(budget.spent() ? "the analysis budget was spent"
                        : caseRuns >= maxCaseRuns ? "the case runs reached their limit (" + maxCaseRuns + ")"
                        : "more than " + maxMutants + " mutants"));
                notTried = mutants.size() - i;
                break;
            }
            Mutant mutant = mutants.get(i);
            boolean dead = killedByACase(mutant);
            if (budget.spent() || cutShort) { // a projection or the case runs were cut short: not trusted
                notTried = mutants.size() - i;
                why = Optional.of(budget.spent() ? "the analysis budget was spent"
                        : "the case runs reached their limit (" + maxCaseRuns + ")");
                break;
            }
            if (dead) {
                killed++;
                continue;
            }
            Settled settled = mutant.kind() == Mutant.Kind.PRECEDENCE_SWAPPED ? swapped(mutant) : diffed(mutant);
            if (settled.change().isPresent()) {
                survivors.add(new Survivor(source.locate(mutant), settled.change().get()));
            } else if (settled.complete()) {
                equivalent++;
            } else {
                unsettled++;
            }
        }
        if (unsettled > 0) {
            String more = unsettled + " mutants the diff could not settle (its budget ran out)";
            why = Optional.of(why.map(w -> w + "; " + more).orElse(more));
        }
        return new Report(mutants.size(), killed, equivalent, survivors, notTried + unsettled, why);
    }

    /**
     * Whether a case in a profile the mutant touches fails on it; the last killer is tried first. A
     * case whose deciding rule, verdict and applied rules are the same on the mutant can still fail
     * only through what the mutant may change besides (the day to look again, the days ahead, the
     * suggestions): only such a case is run in full.
     */
    private boolean killedByACase(Mutant mutant) {
        CaseRunner runner = new CaseRunner(mutant.rules());
        List<Integer> later = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            int index = (lastKiller + k) % cases.size();
            TestCase c = cases.get(index);
            String profile = c.profile().orElse(mutant.rules().defaultProfile());
            if (!mutant.profiles().contains(profile)) {
                continue;
            }
            if (caseRuns++ >= maxCaseRuns || budget.spent()) {
                cutShort = true;
                return false;
            }
            Evaluation now = Evaluation.of(mutant.rules().profile(profile).orElseThrow(), facts.get(index));
            if (Shape.of(now).equals(shapes.get(index))) {
                if (dependsOnMore(c.expect())) {
                    later.add(index); // the same rules decide: only the look-again day or the suggestions can differ
                }
                continue;
            }
            if (!runner.run(c).passed()) {
                lastKiller = index;
                return true;
            }
        }
        for (int index : later) {
            if (budget.spent()) {
                cutShort = true;
                return false;
            }
            if (!runner.run(cases.get(index)).passed()) {
                return true;
            }
        }
        return false;
    }

    /** What a case checks beyond the deciding rule, its verdict and the rules that apply. */
    private static boolean dependsOnMore(TestCase.Expectation e) {
        return e.reconsiderOn().isPresent() || e.ahead().isPresent() || !e.doInsteadContains().isEmpty()
                || !e.doInsteadOmits().isEmpty();
    }

    /** An evaluation as a case sees it: the deciding rule, its verdict, and the rules that applied. */
    private record Shape(String decider, Verdict verdict, List<String> applied) {
        static Shape of(Evaluation e) {
            return new Shape(e.decider().id(), e.verdict(), e.applied().stream().map(Rule::id).toList());
        }
    }

    /** Whether a mutant changes some situation's outcome (with one such change), and whether that is settled. */
    private record Settled(Optional<Differ.Change> change, boolean complete) {
    }

    /** The exact diff of the rule set and the mutant, over the profiles the mutant touches. */
    private Settled diffed(Mutant mutant) {
        Differ.Report diff = Differ.diff(only(rules, mutant.profiles()), only(mutant.rules(), mutant.profiles()),
                List.of(), budget);
        return new Settled(diff.changes().stream().findFirst(), diff.complete());
    }

    /**
     * Two adjacent rules swapped change an outcome exactly where both apply and no earlier rule does:
     * the first decides there, and the second would. One such situation is looked for over every
     * situation (a much smaller walk than a whole diff); none at all proves the swap equivalent.
     */
    private Settled swapped(Mutant mutant) {
        String name = mutant.profiles().iterator().next();
        Profile profile = rules.profile(name).orElseThrow();
        int at = Integer.parseInt(mutant.path().substring(mutant.path().lastIndexOf('[') + 1, mutant.path().length() - 1));
        Rule first = profile.precedence().get(at);
        Rule second = profile.precedence().get(at + 1);
        List<Condition> parts = new ArrayList<>(List.of(first.when(), second.when()));
        List<Condition> earlier = profile.precedence().subList(0, at).stream().map(Rule::when).toList();
        if (!earlier.isEmpty()) {
            parts.add(new Condition.Not(new Condition.Any(earlier)));
        }
        Space space = Space.of(rules);
        Exploration both = Explorer.explore(space.everything(), new Condition.All(parts), List.of(profile), budget, 1);
        Optional<Differ.Change> change = both.leaves().stream().findFirst().map(leaf -> {
            java.util.Set<Differ.Aspect> aspects = java.util.EnumSet.of(Differ.Aspect.RULE);
            if (first.verdict() != second.verdict()) {
                aspects.add(Differ.Aspect.VERDICT);
            }
            return new Differ.Change(name, first, second, aspects, leaf.region(), leaf.witness(), Optional.empty(),
                    Optional.empty());
        });
        return new Settled(change, both.complete() || change.isPresent());
    }

    /** The rule set with only the named profiles (the others are the same on both sides of a diff). */
    private static RuleSet only(RuleSet set, Set<String> profiles) {
        Map<String, Profile> kept = new LinkedHashMap<>();
        set.profiles().forEach((name, p) -> {
            if (profiles.contains(name)) {
                kept.put(name, p);
            }
        });
        UnaryOperator<RuleSet> copy = s -> new RuleSet(s.name(), s.files(), s.sources(), s.defaultNoContactDays(),
                s.definitions(), s.generalAdvice(), s.rules(), kept, s.defaultProfile(), s.invariants(), s.drafts());
        return copy.apply(set);
    }
}
