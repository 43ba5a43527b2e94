package org.nocontact.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.nocontact.json.Named;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.drafts.DraftRule;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
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

    private record Ex(Optional<ExContactAbout> about, long daysAgo, Action action) {
    }

    /**
     * Where the search for each occasion's first date starts: a fixed day, so that the witnesses
     * (shown by rules lint and rules diff, and written by --witnesses) are the same on every run and
     * machine rather than following the clock. Any day would do that is itself no occasion (mid-June
     * is none) and lies well inside the dates a situation may hold; the four years searched from it
     * meet every occasion a date can make, leap years included. Changing it would change the dates in
     * those witnesses.
     */
    private static final LocalDate ORDINARY_TODAY = LocalDate.of(2026, 6, 15);

    private final Space space;
    /** Work done since it was last taken: variables and value classes walked, range parts solved. */
    private long work;
    private final Map<List<BitSet>, Optional<PeriodSolver.Period>> periods = new HashMap<>();
    private final Map<List<BitSet>, Optional<Set<Tie>>> ties = new HashMap<>();
    private final Map<List<BitSet>, Optional<Ex>> exes = new HashMap<>();
    private final Map<List<BitSet>, Optional<Map.Entry<Optional<Occasion>, LocalDate>>> occasions = new HashMap<>();
    private final List<Integer> periodVariables;
    private final List<Integer> tieVariables;
    private final List<Integer> exVariables;
    private final List<Integer> occasionVariables;
    /** A draft every side reads as a threat to turn up, if the draft rules have one. */
    private final Optional<String> threat;
    private final boolean anyThreatRule;
    /** For each occasion a date can make (and "none"), the first such date from an ordinary day on. */
    private final Map<Optional<Occasion>, LocalDate> occasionDays = new LinkedHashMap<>();

    public Witnesses(Space space) {
        this.space = space;
        periodVariables = PeriodSolver.variables(space);
        tieVariables = tieVariables(space);
        exVariables = exVariables(space);
        occasionVariables = List.of(space.variable(Fact.PLAN_OCCASION), space.variable(Fact.PLAN_OCCASION_INFERRED));
        threat = threatDraft(space);
        anyThreatRule = java.util.stream.IntStream.range(0, space.sides())
                .anyMatch(side -> space.drafts(side).rules().stream().anyMatch(DraftRule::threat));
        for (int day = 0; day < 366 * 4; day++) {
            LocalDate date = ORDINARY_TODAY.plusDays(day);
            occasionDays.putIfAbsent(Facts.inferredOccasion(date), date);
        }
    }

    /** The variables whose classes are linked to others' (the period, ties, the ex's message, the occasion). */
    java.util.BitSet linkedVariables() {
        java.util.BitSet linked = new java.util.BitSet();
        for (List<Integer> group : List.of(periodVariables, tieVariables, exVariables, occasionVariables)) {
            group.forEach(linked::set);
        }
        return linked;
    }

    /** The solved groups of a region, before a situation is made of them. */
    private record Parts(PeriodSolver.Period period, Set<Tie> ties, Ex ex, Optional<Occasion> occasion,
                         LocalDate today, Optional<String> draft) {
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
        Situation s = situation(region, p.today(), p.period(), p.ties(), p.ex(), p.occasion(), p.draft());
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
                : ties.computeIfAbsent(key(region, tieVariables), k -> solved(region, tieVariables, ties(region)));
        Optional<Ex> ex = tieSet.isEmpty() ? Optional.empty()
                : exes.computeIfAbsent(key(region, exVariables), k -> solved(region, exVariables, ex(region)));
        Optional<Map.Entry<Optional<Occasion>, LocalDate>> occasion = ex.isEmpty() ? Optional.empty()
                : occasions.computeIfAbsent(key(region, occasionVariables),
                        k -> solved(region, occasionVariables, occasion(region)));
        if (occasion.isEmpty()) {
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
                draft.value().get()));
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

    private static List<Integer> tieVariables(Space space) {
        List<Integer> result = new ArrayList<>();
        for (Tie tie : Tie.values()) {
            result.add(space.variable(tie));
        }
        result.add(space.variable(Fact.TIES_COUNT));
        return result;
    }

    /** Ties held by force, free ones added until the count lands in an allowed class. */
    private Optional<Set<Tie>> ties(Region region) {
        Set<Tie> held = EnumSet.noneOf(Tie.class);
        List<Tie> free = new ArrayList<>();
        for (Tie tie : Tie.values()) {
            List<ValueClass> allowed = region.allowed(space.variable(tie));
            if (allowed.size() == 2) {
                free.add(tie);
            } else if (allowed.size() == 1 && Boolean.TRUE.equals(allowed.get(0).value())) {
                held.add(tie);
            } else if (allowed.isEmpty()) {
                return Optional.empty();
            }
        }
        for (int count = held.size(); count <= held.size() + free.size(); count++) {
            int c = count;
            if (region.allowed(space.variable(Fact.TIES_COUNT)).stream().anyMatch(k -> k.low() <= c && c <= k.high())) {
                held.addAll(free.subList(0, count - held.size()));
                return Optional.of(held);
            }
        }
        return Optional.empty();
    }

    private static List<Integer> exVariables(Space space) {
        return List.of(space.variable(Fact.EX_CONTACT_PRESENT), space.variable(Fact.EX_CONTACT_ABOUT),
                space.variable(Fact.EX_CONTACT_DAYS_AGO), space.variable(Fact.PLAN_ACTION));
    }

    /** No message from the ex (and then no reply), or one about something, some days ago. */
    private Optional<Ex> ex(Region region) {
        List<ValueClass> present = region.allowed(space.variable(Fact.EX_CONTACT_PRESENT));
        List<ValueClass> about = region.allowed(space.variable(Fact.EX_CONTACT_ABOUT));
        List<ValueClass> daysAgo = region.allowed(space.variable(Fact.EX_CONTACT_DAYS_AGO));
        List<Action> actions = region.allowed(space.variable(Fact.PLAN_ACTION)).stream()
                .map(c -> name(Action.class, c)).toList();
        if (present.stream().anyMatch(c -> c.value().equals(false)) && about.stream().anyMatch(ValueClass::isUnknown)
                && daysAgo.stream().anyMatch(ValueClass::isUnknown)) {
            Optional<Action> action = actions.stream().filter(a -> a != Action.REPLY).findFirst();
            if (action.isPresent()) {
                return Optional.of(new Ex(Optional.empty(), 0, action.get()));
            }
        }
        Optional<ValueClass> subject = about.stream().filter(c -> !c.isUnknown()).findFirst();
        Optional<ValueClass> when = daysAgo.stream().filter(c -> !c.isUnknown()).findFirst();
        if (present.stream().anyMatch(c -> c.value().equals(true)) && subject.isPresent() && when.isPresent()
                && !actions.isEmpty()) {
            return Optional.of(new Ex(Optional.of(name(ExContactAbout.class, subject.get())), when.get().low(),
                    actions.get(0)));
        }
        return Optional.empty();
    }

    /** An occasion the person names (not inferred), none on an ordinary day, or one the date makes. */
    private Optional<Map.Entry<Optional<Occasion>, LocalDate>> occasion(Region region) {
        List<ValueClass> occasions = region.allowed(space.variable(Fact.PLAN_OCCASION));
        List<ValueClass> inferred = region.allowed(space.variable(Fact.PLAN_OCCASION_INFERRED));
        boolean notInferred = inferred.stream().anyMatch(c -> c.value().equals(false));
        boolean isInferred = inferred.stream().anyMatch(c -> c.value().equals(true));
        for (ValueClass c : occasions) {
            if (c.isUnknown() && notInferred && occasionDays.containsKey(Optional.empty())) {
                return Optional.of(Map.entry(Optional.empty(), occasionDays.get(Optional.empty())));
            }
            if (!c.isUnknown() && notInferred) {
                return Optional.of(Map.entry(Optional.of(name(Occasion.class, c)), occasionDays.get(Optional.empty())));
            }
            Optional<Occasion> made = c.isUnknown() ? Optional.empty() : Optional.of(name(Occasion.class, c));
            if (isInferred && made.isPresent() && occasionDays.containsKey(made)) {
                return Optional.of(Map.entry(Optional.empty(), occasionDays.get(made)));
            }
        }
        return Optional.empty();
    }

    private Situation situation(Region region, LocalDate today, PeriodSolver.Period period, Set<Tie> tieSet, Ex ex,
                                Optional<Occasion> occasion, Optional<String> draft) {
        Function<Fact, ValueClass> first = fact -> region.allowed(space.variable(fact)).get(0);
        Situation.Breakup breakup = new Situation.Breakup(today.minusDays(period.breakupDaysAgo()),
                name(InitiatedBy.class, first.apply(Fact.BREAKUP_INITIATED_BY)),
                bool(first.apply(Fact.BREAKUP_FEELINGS_EXPRESSED)));
        Optional<Situation.NoContact> noContact = period.started()
                ? Optional.of(new Situation.NoContact(today.minusDays(period.held()), period.daysGiven()))
                : Optional.empty();
        Optional<Situation.ExContact> exContact = ex.about()
                .map(about -> new Situation.ExContact(today.minusDays(ex.daysAgo()), about));
        Situation.Emotions emotions = new Situation.Emotions(whole(first.apply(Fact.ANGER)),
                whole(first.apply(Fact.SADNESS)), whole(first.apply(Fact.CONFIDENCE)));
        Situation.Safety safety = new Situation.Safety(flag(first.apply(Fact.UNSAFE)), flag(first.apply(Fact.THREATENED)),
                flag(first.apply(Fact.SELF_HARM)), flag(first.apply(Fact.URGE_TO_MONITOR)),
                flag(first.apply(Fact.PROTECTION_ORDER)));
        Situation.Boundaries boundaries = new Situation.Boundaries(flag(first.apply(Fact.EX_ASKED_NO_CONTACT)),
                flag(first.apply(Fact.BLOCKED)));
        Situation.Plan plan = new Situation.Plan(ex.action(), name(Purpose.class, first.apply(Fact.PLAN_PURPOSE)),
                occasion, true, draft);
        return new Situation(today, true, breakup, name(Goal.class, first.apply(Fact.GOAL)), noContact, tieSet,
                exContact, emotions, safety, boundaries, Math.toIntExact(first.apply(Fact.UNANSWERED_MESSAGES).low()),
                plan);
    }

    private static <E extends Enum<E> & Named> E name(Class<E> type, ValueClass c) {
        return Named.byName(type, String.valueOf(c.value())).orElseThrow();
    }

    private static Optional<Boolean> bool(ValueClass c) {
        return c.isUnknown() ? Optional.empty() : Optional.of((Boolean) c.value());
    }

    private static boolean flag(ValueClass c) {
        return (Boolean) c.value();
    }

    private static OptionalInt whole(ValueClass c) {
        return c.isUnknown() ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(c.low()));
    }
}
