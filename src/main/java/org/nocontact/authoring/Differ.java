package org.nocontact.authoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.advice.Advisor;
import org.nocontact.analysis.Budget;
import org.nocontact.analysis.Exploration;
import org.nocontact.analysis.Explorer.Interest;
import org.nocontact.analysis.Explorer;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.LookAgainDays;
import org.nocontact.analysis.Region;
import org.nocontact.analysis.Space;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * Compares two rule sets over every situation: each profile both have is explored jointly (the
 * base on one side, the changed set on the other), and every region where the outcome differs is
 * reported with a witness. An outcome is the verdict, the look-again date and the deciding rule.
 * The date is the one {@code check} prints for the witness (the projected day, {@code
 * Advisor.project}), so two rule sets that give the same day never differ in date, and a changed
 * day always does.
 */
public final class Differ {
    /** What part of an outcome changed. */
    public enum Aspect {
        VERDICT, DATE, RULE;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One region whose outcome differs, with a witness situation that shows it. */
    public record Change(String profile, Rule from, Rule to, Set<Aspect> aspects, Region region, Situation witness,
                         Optional<LocalDate> fromDate, Optional<LocalDate> toDate) {
        public String groupKey() {
            return profile + " " + from.verdict() + " " + to.verdict() + " " + from.id() + " " + to.id() + " " + aspects;
        }
    }

    /**
     * What one profile's comparison covered. {@code datesSearched} counts the regions where one
     * DO_NOT_CONTACT rule decides on both sides, the day to look again may move (neither the diagrams
     * nor, where today is an occasion read from the date, the days ahead followed over the whole region
     * prove it the same), and a search of the region ({@link DateSearch}) found no situation whose day
     * moves: there the day was compared at the situations searched, not proved the same everywhere.
     */
    public record Coverage(String profile, long regions, long splits, long pruned, List<Exploration.Uncovered> uncovered,
                           long datesSearched) {
    }

    public record CaseChange(TestCase testCase, Rule from, Rule to, Set<Aspect> aspects,
                             Optional<LocalDate> fromDate, Optional<LocalDate> toDate) {
    }

    public record Report(List<String> compared, List<String> added, List<String> removed,
                         Optional<String> defaultProfileChange, Optional<String> defaultDaysChange, String classes, List<Coverage> coverage,
                         List<List<Change>> groups, List<CaseChange> cases) {
        public List<Change> changes() {
            return groups.stream().flatMap(List::stream).toList();
        }

        public boolean complete() {
            return coverage.stream().allMatch(c -> c.uncovered().isEmpty());
        }

        /**
         * Whether anything changed in one of these aspects (an added or removed profile, or a new default
         * profile, counts as all).
         */
        public boolean changedIn(Set<Aspect> aspects) {
            if (!added.isEmpty() || !removed.isEmpty() || defaultProfileChange.isPresent()) {
                return true;
            }
            return changes().stream().anyMatch(c -> c.aspects().stream().anyMatch(aspects::contains))
                    || cases.stream().anyMatch(c -> c.aspects().stream().anyMatch(aspects::contains));
        }
    }

    /**
     * The work one diff may do, over every profile: the regions walked, where the deciding rules
     * differ and where one DO_NOT_CONTACT rule's day to look again may move, and the days read for
     * each listed region (up to a year of days, each a walk down a diagram); eight times what one lint
     * may do. A generated 300-rule set mixing every fact against a changed copy used up to about
     * three quarters of it, in about 25 s of CPU (docs/performance.md).
     */
    static final long WORK = 8 * Budget.DEFAULT_WORK;
    private static final String SPENT = "the analysis used up its budget of work";

    private Differ() {
    }

    public static Report diff(RuleSet base, RuleSet changed, List<TestCase> cases) {
        return diff(base, changed, cases, Budget.of(WORK));
    }

    /** As {@link #diff(RuleSet, RuleSet, List)}, spending a budget the caller may share with other work. */
    public static Report diff(RuleSet base, RuleSet changed, List<TestCase> cases, Budget budget) {
        List<String> compared = base.profileNames().stream().filter(p -> changed.profile(p).isPresent()).toList();
        List<String> removed = base.profileNames().stream().filter(p -> changed.profile(p).isEmpty()).toList();
        List<String> added = changed.profileNames().stream().filter(p -> base.profile(p).isEmpty()).toList();
        Space space = Space.of(List.of(base, changed), List.of());
        Map<String, List<Change>> groups = new LinkedHashMap<>();
        List<Coverage> coverage = new ArrayList<>();
        for (String name : compared) {
            Profile before = base.profile(name).orElseThrow();
            Profile after = changed.profile(name).orElseThrow();
            Outcomes outcomes = new Outcomes(new Advisor(base, before), new Advisor(changed, after));
            // Only regions whose outcome can differ are listed: where the deciding rules differ (or the
            // same DO_NOT_CONTACT rule does something else to the period, or the rule sets count the
            // period differently), and, in a second walk, where one DO_NOT_CONTACT rule decides on both
            // sides and the day to look again may move: only where the verdicts the free feelings can
            // reach differ on some situation sharing the facts time does not move (proved on the
            // diagrams, not per region). The rest is covered by the diagrams without being listed.
            boolean sameCounting = space.factsAlike();
            Exploration e = Explorer.explore(space.everything(), new Condition.Always(), List.of(before, after), budget,
                    deciders -> mayDiffer(deciders.get(0), deciders.get(1), sameCounting) ? Interest.ALL : Interest.SKIP);
            List<Leaf> leaves = new ArrayList<>(e.leaves());
            List<Exploration.Uncovered> open = new ArrayList<>(e.uncovered());
            Optional<LookAgainDays> lookAgain = Optional.empty();
            if (sameCounting && !before.equals(after)) {
                lookAgain = LookAgainDays.of(space, before, after, budget);
                if (lookAgain.isEmpty()) {
                    open.add(new Exploration.Uncovered(space.everything(), SPENT));
                } else {
                    Exploration days = lookAgain.get().explore(space.everything(), before, after,
                            deciders -> sameDays(deciders.get(0), deciders.get(1)) ? Interest.ALL : Interest.SKIP);
                    leaves.addAll(days.leaves());
                    open.addAll(days.uncovered());
                }
                            }
            // The look-again day of each situation is worked out with the same budget as the diff itself:
            // read off the diagrams where both sides count alike, else projected. An outcome worked out as
            // that budget ran out may rest on a cut-short projection: it is not reported, and its region
            // is listed as not covered, so no false change is shown.
            long searched = 0;
            for (Leaf leaf : leaves) {
                Optional<Outcomes.Outcome> outcome = budget.spent() ? Optional.empty() : outcome(outcomes, leaf, lookAgain, budget);
                if (outcome.isEmpty() || budget.spent()) {
                    open.add(new Exploration.Uncovered(leaf.region(), SPENT));
                    continue;
                }
                Situation witness = leaf.witness();
                if (outcome.get().aspects().isEmpty() && lookAgain.isPresent() && sameDays(leaf.decider(0), leaf.decider(1))) {
                    if (lookAgain.get().provedSame(leaf.region(), leaf.decider(0).period())) {
                        continue;
                    }
                    Optional<Situation> apart = apart(outcomes, leaf, lookAgain.get(), budget);
                    if (budget.spent()) {
                        open.add(new Exploration.Uncovered(leaf.region(), SPENT));
                        continue;
                    }
                    if (apart.isEmpty()) {
                        searched++;
                        continue;
                    }
                    witness = apart.get();
                    outcome = Optional.of(outcomes.of(leaf.decider(0), leaf.decider(1), witness));
                }
                if (outcome.get().aspects().isEmpty()) {
                    continue;
                }
                Change change = new Change(name, leaf.decider(0), leaf.decider(1), outcome.get().aspects(),
                        leaf.region(), witness, outcome.get().fromDate(), outcome.get().toDate());
                groups.computeIfAbsent(change.groupKey(), k -> new ArrayList<>()).add(change);
            }
            coverage.add(new Coverage(name, e.leafCount(), e.splits(), e.pruned(), open, searched));
        }
        Optional<String> days = base.defaultNoContactDays() == changed.defaultNoContactDays() ? Optional.empty()
                : Optional.of("the default no-contact period changed from " + base.defaultNoContactDays() + " to "
                + changed.defaultNoContactDays() + " days: every look-again date counted from the period moves "
                + "for situations that do not give its length");
        Optional<String> defaultProfile = base.defaultProfile().equals(changed.defaultProfile()) ? Optional.empty()
                : Optional.of("the default profile changed from " + base.defaultProfile() + " to "
                + changed.defaultProfile() + ": every check and ask without --profile now decides by "
                + changed.defaultProfile());
        return new Report(compared, added, removed, defaultProfile, days, space.describeClasses(), coverage,
                groups.values().stream().map(Differ::merged).sorted(Comparator.comparing(Differ::weight))
                        .toList(), caseChanges(base, changed, cases));
    }

    /**
     * Whether an outcome can differ where these rules decide, whatever the rest of the profiles: different
     * rules, or one DO_NOT_CONTACT rule that does something else to the period, or periods counted apart.
     */
    private static boolean mayDiffer(Rule from, Rule to, boolean sameCounting) {
        return !from.id().equals(to.id()) || from.verdict() != to.verdict()
                || from.verdict() == Verdict.DO_NOT_CONTACT && (!sameCounting || from.period() != to.period());
    }

    /** One DO_NOT_CONTACT rule on both sides, doing the same to the period: only the day to look again may move. */
    private static boolean sameDays(Rule from, Rule to) {
        return from.verdict() == Verdict.DO_NOT_CONTACT && !mayDiffer(from, to, true);
    }

    private static Optional<Outcomes.Outcome> outcome(Outcomes outcomes, Leaf leaf, Optional<LookAgainDays> lookAgain,
                                                      Budget budget) {
        return lookAgain.isPresent() ? outcomes.of(leaf.decider(0), leaf.decider(1), leaf.witness(), lookAgain.get())
                : Optional.ofNullable(Advisor.spending(budget,
                        () -> outcomes.of(leaf.decider(0), leaf.decider(1), leaf.witness())));
    }

    /**
     * A situation of the leaf's region whose day to look again differs between the sides, as the
     * projection {@code check} uses confirms it; empty where the search finds none.
     */
    private static Optional<Situation> apart(Outcomes outcomes, Leaf leaf, LookAgainDays days, Budget budget) {
        return DateSearch.search(outcomes.before(), leaf, days).filter(candidate -> Advisor.spending(budget,
                () -> outcomes.of(leaf.decider(0), leaf.decider(1), candidate)).aspects().contains(Aspect.DATE));
    }

    /** Verdict changes first, then date changes, then changes of the deciding rule alone. */
    private static int weight(List<Change> group) {
        Set<Aspect> aspects = group.get(0).aspects();
        return aspects.contains(Aspect.VERDICT) ? 0 : aspects.contains(Aspect.DATE) ? 1 : 2;
    }

    /**
     * A group's regions joined where two differ in one fact only (their union is then a region
     * too): fewer, wider regions. Regions are bucketed by all their other facts, one fact at a time,
     * until nothing more joins.
     */
    private static List<Change> merged(List<Change> group) {
        List<Change> current = group;
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int v = 0; v < current.get(0).region().space().size(); v++) {
                Map<Object, Change> byRest = new LinkedHashMap<>();
                for (Change c : current) {
                    int variable = v;
                    byRest.merge(c.region().shapeWithout(v), c, (a, b) -> new Change(a.profile(), a.from(), a.to(),
                            a.aspects(), a.region().widen(variable, b.region()), a.witness(), a.fromDate(), a.toDate()));
                }
                joined |= byRest.size() < current.size();
                current = new ArrayList<>(byRest.values());
            }
        }
        return List.copyOf(current);
    }

    private static List<CaseChange> caseChanges(RuleSet base, RuleSet changed, List<TestCase> cases) {
        List<CaseChange> result = new ArrayList<>();
        Map<String, Outcomes> byProfile = new LinkedHashMap<>();
        for (TestCase c : cases) {
            // A case without a profile runs in each rule set's default: a new default moves it too.
            String before = c.profile().orElse(base.defaultProfile());
            String after = c.profile().orElse(changed.defaultProfile());
            if (base.profile(before).isEmpty() || changed.profile(after).isEmpty()) {
                continue;
            }
            Outcomes outcomes = byProfile.computeIfAbsent(before + "\u0000" + after, p -> new Outcomes(
                    new Advisor(base, base.profile(before).get()), new Advisor(changed, changed.profile(after).get())));
            Rule from = outcomes.before().evaluate(c.situation()).decider();
            Rule to = outcomes.after().evaluate(c.situation()).decider();
            Outcomes.Outcome outcome = outcomes.of(from, to, c.situation());
            if (!outcome.aspects().isEmpty()) {
                result.add(new CaseChange(c, from, to, outcome.aspects(), outcome.fromDate(), outcome.toDate()));
            }
        }
        return result;
    }
}
