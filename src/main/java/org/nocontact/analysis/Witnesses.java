package org.nocontact.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * Builds a concrete situation inside a region, or shows that none exists. Facts are linked in a few
 * groups (the period; the ties and their count; the ex's message and a reply; the occasion and the
 * date), each solved exactly and memoised on its variables' classes; every other fact takes any
 * allowed value. A draft that threatens to turn up is one phrase of a threat rule that every
 * side's draft rules find. A built witness is checked against the region with the real fact
 * computation.
 */
public final class Witnesses {
    /** Whether a region holds a situation (and, when built, one), none, or could not be decided (and why). */
    public record Result(Status status, Optional<Situation> witness, String reason) {
        public enum Status { NO_SITUATION, SITUATION, UNDECIDED }

        static final Result EMPTY = new Result(Status.NO_SITUATION, Optional.empty(), "");
        static final Result FEASIBLE = new Result(Status.SITUATION, Optional.empty(), "");

        static Result undecided(String reason) {
            return new Result(Status.UNDECIDED, Optional.empty(), reason);
        }

        public boolean isEmpty() {
            return status == Status.NO_SITUATION;
        }

        public Optional<String> undecided() {
            return status == Status.UNDECIDED ? Optional.of(reason) : Optional.empty();
        }
    }

    private final Space space;
    /** Work done since it was last taken: variables and value classes walked, range parts solved. */
    private long work;
    private final Map<List<BitSet>, Optional<PeriodSolver.Period>> periods = new HashMap<>();
    private final Map<List<BitSet>, Optional<Set<Tie>>> ties = new HashMap<>();
    private final Map<List<BitSet>, Optional<LinkedGroups.Ex>> exes = new HashMap<>();
    private final Map<List<BitSet>, Optional<LinkedGroups.Request>> requests = new HashMap<>();
    private final Map<List<BitSet>, Optional<Map.Entry<Optional<Occasion>, LocalDate>>> occasions = new HashMap<>();
    private final List<Integer> periodVariables;
    private final List<Integer> tieVariables;
    private final List<Integer> exVariables;
    private final List<Integer> requestVariables;
    private final List<Integer> occasionVariables;
    /** A draft every side reads as a threat to turn up, if the draft rules have one. */
    private final Optional<String> threat;
    private final boolean anyThreatRule;
    private final LinkedGroups groups;

    public Witnesses(Space space) {
        this.space = space;
        periodVariables = PeriodSolver.variables(space);
        groups = new LinkedGroups(space);
        tieVariables = LinkedGroups.tieVariables(space);
        exVariables = LinkedGroups.exVariables(space);
        requestVariables = LinkedGroups.requestVariables(space);
        occasionVariables = LinkedGroups.occasionVariables(space);
        threat = threatDraft(space);
        anyThreatRule = java.util.stream.IntStream.range(0, space.sides())
                .anyMatch(side -> space.drafts(side).rules().stream().anyMatch(DraftRule::threat));
    }

    /**
     * The variables whose classes are linked to others' (the period, ties, the ex's message, the occasion, their
     * request and the matter it left open).
     */
    java.util.BitSet linkedVariables() {
        java.util.BitSet linked = new java.util.BitSet();
        for (List<Integer> group : List.of(periodVariables, tieVariables, exVariables, occasionVariables, requestVariables)) {
            group.forEach(linked::set);
        }
        return linked;
    }

    /** The solved groups of a region, before a situation is made of them. */
    private record Parts(PeriodSolver.Period period, Set<Tie> ties, LinkedGroups.Ex ex, Optional<Occasion> occasion,
                         LocalDate today, Optional<String> draft, LinkedGroups.Request request) {
    }

    /** The first phrase (with no gap) of a threat rule of side 0 that every side reads as a threat. */
    private static Optional<String> threatDraft(Space space) {
        for (DraftRule rule : space.drafts(0).rules()) {
            for (DraftRule.Phrase phrase : rule.threat() ? rule.phrases() : List.<DraftRule.Phrase>of()) {
                String draft = phrase.written();
                if (!phrase.hasGap() && java.util.stream.IntStream.range(0, space.sides())
                        .allMatch(side -> space.drafts(side).threatens(draft))) {
                    return Optional.of(draft);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Something found for a region, or why there is nothing: {@link Result#EMPTY} when the region
     * holds no situation, else an undecided result that says why.
     */
    private record Found<T>(Optional<T> value, Result otherwise) {
        static <T> Found<T> of(T value) {
            return new Found<>(Optional.of(value), Result.EMPTY);
        }

        static <T> Found<T> none() {
            return new Found<>(Optional.empty(), Result.EMPTY);
        }

        static <T> Found<T> undecided(String reason) {
            return new Found<>(Optional.empty(), Result.undecided(reason));
        }
    }

    /** The draft: none, or a threat where the region holds only threatening drafts. */
    private Found<Optional<String>> draft(Region region) {
        List<ValueClass> allowed = region.allowed(space.variable(Fact.PLAN_MESSAGE_THREATENS));
        if (allowed.stream().anyMatch(c -> c.value().equals(false))) {
            return Found.of(Optional.empty());
        }
        if (allowed.isEmpty() || !anyThreatRule) {
            return Found.none();
        }
        if (threat.isEmpty()) {
            return Found.undecided("no phrase of a threat rule is read as a threat by every side's draft rules");
        }
        return Found.of(threat);
    }

    /**
     * The work done by checks and builds since the last call (variables looked at, value classes
     * read, range parts walked by the solvers, and for a build the classes its witness is checked
     * against), and starts counting again: an exploration spends it from its budget.
     */
    public long takeWork() {
        long done = work;
        work = 0;
        return done;
    }

    /** Whether the region holds a situation, without building one (for pruning, at every branch). */
    public Result check(Region region) {
        Found<Parts> parts = parts(region);
        return parts.value().isPresent() ? Result.FEASIBLE : parts.otherwise();
    }

    /** A witness situation in the region, checked against it with the real fact computation. */
    public Result build(Region region) {
        Found<Parts> parts = parts(region);
        if (parts.value().isEmpty()) {
            return parts.otherwise();
        }
        Parts p = parts.value().get();
        Situation s = WitnessSituation.of(space, region, p.today(), p.period(), p.ties(), p.ex(), p.occasion(), p.draft(),
                p.request());
        for (int side = 0; side < space.sides(); side++) {
            work += space.size() + allowedClasses(region);
            if (!region.admits(side, space.factsOf(s, side))) {
                throw new IllegalStateException("witness outside its region (" + region.describe() + ")");
            }
        }
        return new Result(Result.Status.SITUATION, Optional.of(s), "");
    }

    private Found<Parts> parts(Region region) {
        work += space.size();
        if (region.isPlainlyEmpty()) {
            return Found.none();
        }
        Optional<PeriodSolver.Period> period = periods.computeIfAbsent(key(region, periodVariables), k -> {
            PeriodSolver.Solved solved = PeriodSolver.solve(region);
            work += solved.work();
            return solved.period();
        });
        Optional<Set<Tie>> tieSet = period.isEmpty() ? Optional.empty()
                : ties.computeIfAbsent(key(region, tieVariables), k -> solved(region, tieVariables, groups.ties(region)));
        Optional<LinkedGroups.Ex> ex = tieSet.isEmpty() ? Optional.empty()
                : exes.computeIfAbsent(key(region, exVariables), k -> solved(region, exVariables, groups.ex(region)));
        Optional<Map.Entry<Optional<Occasion>, LocalDate>> occasion = ex.isEmpty() ? Optional.empty()
                : occasions.computeIfAbsent(key(region, occasionVariables),
                        k -> solved(region, occasionVariables, groups.occasion(region)));
        Optional<LinkedGroups.Request> request = occasion.isEmpty() ? Optional.empty()
                : requests.computeIfAbsent(key(region, requestVariables),
                        k -> solved(region, requestVariables, groups.request(region)));
        if (request.isEmpty()) {
            return Found.none();
        }
        Found<Optional<String>> draft = draft(region);
        if (draft.value().isEmpty()) {
            return new Found<>(Optional.empty(), draft.otherwise());
        }
        long span = Math.max(period.get().breakupDaysAgo(), ex.get().daysAgo());
        LocalDate today = latestIfNeeded(occasion.get().getValue(), span);
        if (java.time.temporal.ChronoUnit.DAYS.between(SituationModel.FIRST_DATE, today) < span) {
            return Found.undecided("it needs dates before the year 0000");
        }
        return Found.of(new Parts(period.get(), tieSet.get(), ex.get(), occasion.get().getKey(), today,
                draft.value().get(), request.get()));
    }

    /** The memo key of a group: its variables' classes (hashing it walks their masks, counted). */
    private List<BitSet> key(Region region, List<Integer> variables) {
        List<BitSet> key = new ArrayList<>(variables.size());
        for (int v : variables) {
            BitSet mask = region.maskView(v);
            work += 1 + mask.size() / Long.SIZE;
            key.add(mask);
        }
        return key;
    }

    /** A group's solution, counting as work the allowed classes its solver reads (at most all of them, a few times). */
    private <T> T solved(Region region, List<Integer> variables, T solution) {
        for (int v : variables) {
            work += region.maskView(v).cardinality();
        }
        return solution;
    }

    /** Every allowed class of every variable: the work of checking a witness against a region. */
    private static long allowedClasses(Region region) {
        long total = 0;
        for (int v = 0; v < region.space().size(); v++) {
            total += region.maskView(v).cardinality();
        }
        return total;
    }

    /** A later date with the same occasion, when the counts of days reach back before the year 0000. */
    private static LocalDate latestIfNeeded(LocalDate today, long span) {
        if (java.time.temporal.ChronoUnit.DAYS.between(SituationModel.FIRST_DATE, today) >= span) {
            return today;
        }
        return today.withYear(SituationModel.LAST_DATE.getYear());
    }

}
