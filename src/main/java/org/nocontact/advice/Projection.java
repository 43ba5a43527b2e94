package org.nocontact.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

/**
 * The days after {@code today} for one person, if they follow today's advice (see guidance
 * "Dates"): the running period is held, a period begins or is extended today where the deciding
 * rule says so as data ({@link PeriodAdvice}), today's occasion passes once its day is over (a
 * named occasion whose day is not known stays), and nothing else they told changes. How they will
 * feel, and a goal of {@code unsure}, are free: each day carries every verdict those can reach,
 * decided exactly by the analysis engine ({@link FreeAnswers}).
 */
public final class Projection {
    /** The furthest a projection looks: a year, leap day included. */
    public static final int MAX_DAYS = 366;
    /** How far {@code check --ahead} looks when no number is given. */
    public static final int DEFAULT_AHEAD = 60;

    private final Advisor advisor;
    private final Situation situation;
    private final Rule ruleToday;
    private final FreeAnswers free;
    private final ProjectedOccasion occasion;
    private final Map<LocalDate, ProjectedDay> days = new HashMap<>();

    Projection(Advisor advisor, Situation situation, Rule ruleToday, FreeAnswers free) {
        this.advisor = advisor;
        this.situation = situation;
        this.ruleToday = ruleToday;
        this.free = free;
        this.occasion = new ProjectedOccasion(situation);
    }

    public LocalDate today() {
        return situation.today();
    }

    /** What today's advice does to the period (from the deciding rule's data). */
    public PeriodAdvice periodAdvice() {
        return advisor.periodUnder(ruleToday);
    }

    /**
     * A day from {@code today} to {@code today + MAX_DAYS}. Today itself is read as the advice has it:
     * a period the deciding rule begins or extends counts from today.
     */
    public ProjectedDay day(LocalDate date) {
        if (date.isBefore(today()) || date.isAfter(today().plusDays(MAX_DAYS))) {
            throw new IllegalArgumentException(date + " is outside the projection (" + today() + " + " + MAX_DAYS + " days)");
        }
        return days.computeIfAbsent(date, this::compute);
    }

    /** The situation as it will stand on {@code date} (today's advice followed). */
    public Situation situationOn(LocalDate date) {
        Situation later = situation.withToday(date);
        later = switch (periodAdvice()) {
            case BEGINS -> situation.noContact().isPresent() ? later
                    : later.withNoContact(Optional.of(new Situation.NoContact(today(), java.util.OptionalInt.empty())));
            case EXTENDS -> later.withNoContact(Optional.of(new Situation.NoContact(today(),
                    situation.noContact().map(Situation.NoContact::days).orElse(java.util.OptionalInt.empty()))));
            case HOLDS, NONE -> later;
        };
        return date.equals(today()) ? later : later.withPlan(occasion.planOn(date));
    }

    /**
     * The situation on {@code date} (after today) had the person given the ex's birthday or the
     * anniversary ({@code personal}) as that day, where that changes that day alone (the other days
     * stay as {@link #situationOn} has them, as long as the date given falls on no other day ahead):
     * empty where the plan names that kind of occasion, whose day would then end it sooner.
     */
    public Optional<Situation> situationOnWith(LocalDate date, Occasion personal) {
        return occasion.planWith(date, personal).map(situationOn(date)::withPlan);
    }

    private ProjectedDay compute(LocalDate date) {
        Evaluation evaluation = advisor.evaluate(situationOn(date));
        Rule decider = evaluation.decider();
        return new ProjectedDay(date, evaluation.facts().situation(), decider.verdict(), decider.id(),
                decider.summary().render(evaluation.facts()), free.open(evaluation.facts()));
    }

    /**
     * The day to look again (guidance "Dates"): under DO_NOT_CONTACT only, the first day after today
     * on which a verdict other than DO_NOT_CONTACT is open that no value of the free answers opens
     * today; empty where no day within {@link #MAX_DAYS} does, and under every other verdict.
     */
    public Optional<LocalDate> reconsiderOn() {
        if (ruleToday.verdict() != Verdict.DO_NOT_CONTACT) {
            return Optional.empty();
        }
        Set<Verdict> openToday = openOn(today());
        int first = 1;
        while (first <= MAX_DAYS) {
            int last = lastDayAlike(first);
            // Within the run every fact but the occasion's stays in its class, so a day whose occasion
            // facts were already read in it opens what that day opened: only the others are tried.
            BitSet tried = new BitSet();
            for (int n = first; n <= last; n++) {
                LocalDate date = today().plusDays(n);
                int inputs = occasion.occasionInputsOn(date);
                if (!tried.get(inputs) && opensSomethingNew(openOn(date), openToday)) {
                    return Optional.of(date);
                }
                tried.set(inputs);
            }
            first = last + 1;
        }
        return Optional.empty();
    }

    private static boolean opensSomethingNew(Set<Verdict> open, Set<Verdict> openToday) {
        for (Verdict verdict : open) {
            if (verdict != Verdict.DO_NOT_CONTACT && !openToday.contains(verdict)) {
                return true;
            }
        }
        return false;
    }

    /** The facts a day's occasion decides: the only ones that come and go as the days pass. */
    static final Set<Fact> OCCASION_FACTS = EnumSet.of(Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED);

    /**
     * The last day, from day {@code first} after today, on which every fact but the occasion's falls
     * in the same value class as on day {@code first}. Each of those facts moves one way only as the
     * days pass (a count of days up or down, a period complete once for good), so its class, once
     * left, is never met again: the days alike are a run, found by doubling the step, then halving.
     */
    private int lastDayAlike(int first) {
        List<Integer> classes = classesApartFromTheOccasion(first);
        int alike = first;
        int unlike = MAX_DAYS + 1;
        for (int step = 1; alike + step < unlike; step *= 2) {
            if (!classesApartFromTheOccasion(alike + step).equals(classes)) {
                unlike = alike + step;
                break;
            }
            alike += step;
        }
        while (unlike - alike > 1) {
            int middle = (alike + unlike) >>> 1;
            if (classesApartFromTheOccasion(middle).equals(classes)) {
                alike = middle;
            } else {
                unlike = middle;
            }
        }
        return alike;
    }

    private List<Integer> classesApartFromTheOccasion(int n) {
        return free.classesApartFrom(advisor.rules().factsOf(situationOn(today().plusDays(n))), OCCASION_FACTS);
    }

    /** What the free answers can reach on a day (without the rest of the day, for the year's walk). */
    private Set<Verdict> openOn(LocalDate date) {
        ProjectedDay known = days.get(date);
        return known != null ? known.open() : free.open(advisor.rules().factsOf(situationOn(date)));
    }

    /**
     * The next {@code count} days (1 to {@link #MAX_DAYS}) on which the advice changes (another
     * deciding rule, or other verdicts open) or that are hard days, each with its verdict and why.
     */
    public Timeline ahead(int count) {
        if (count < 1 || count > MAX_DAYS) {
            throw new IllegalArgumentException("ahead: " + count + " is not 1 to " + MAX_DAYS);
        }
        ProjectedDay previous = day(today());
        List<Timeline.Entry> entries = new ArrayList<>();
        boolean keepsTime = advisor.keepsTime();
        for (int n = 1; n <= count; n++) {
            ProjectedDay day = day(today().plusDays(n));
            Set<Timeline.Mark> marks = EnumSet.noneOf(Timeline.Mark.class);
            if (!day.rule().equals(previous.rule()) || !day.open().equals(previous.open())) {
                marks.add(Timeline.Mark.ADVICE_CHANGES);
            }
            if (keepsTime && periodCompleteOn(day)) {
                marks.add(Timeline.Mark.PERIOD_COMPLETE);
            }
            marks.addAll(occasion.hardDayMarks(day.date()));
            if (!marks.isEmpty()) {
                entries.add(new Timeline.Entry(day, marks));
            }
            previous = day;
        }
        return new Timeline(today(), count, day(today()), entries);
    }

    private boolean periodCompleteOn(ProjectedDay day) {
        return advisor.rules().factsOf(day.situation()).date(Fact.NO_CONTACT_END)
                .filter(end -> end.equals(day.date()) && day.situation().noContact().isPresent()).isPresent();
    }
}
