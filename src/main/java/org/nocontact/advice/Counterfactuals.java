package org.nocontact.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.nocontact.rules.DayWords;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.ReadableNames;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;
import org.nocontact.text.Texts;

/**
 * The single changes worth trying on a situation: the passing of time, a calmer heart, another
 * purpose or action, a message from them. Only what the person could live through or choose;
 * never their safety answers, and never facts about the ex's past choices.
 */
final class Counterfactuals {
    /** A changed situation and how to say the change to the person. */
    record Candidate(String description, Situation situation) {
    }

    private static final Situation.Emotions STEADY = Situation.Emotions.STEADY;

    private Counterfactuals() {
    }

    /** The same situation seen on a later day: the occasion over, a period not yet begun begun today. */
    static Situation onDay(Situation s, LocalDate day) {
        Situation.Plan plan = s.plan();
        Situation later = s.withPlan(new Situation.Plan(plan.action(), plan.purpose(), Optional.empty(), true,
                plan.message()));
        if (later.noContact().isEmpty()) {
            later = later.withNoContact(Optional.of(new Situation.NoContact(s.today(), OptionalInt.empty())));
        }
        return later.withToday(day);
    }

    /** What a look-again trial sets whatever the answers: the occasion (cleared, then read from the day). */
    private static final Set<Fact> ON_DAY_SETS = Set.of(Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED);
    private static final Set<Fact> STEADY_SETS = Set.of(Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED,
            Fact.ANGER, Fact.SADNESS, Fact.CONFIDENCE);
    private static final Set<Fact> DECIDED_SETS = Set.of(Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED,
            Fact.ANGER, Fact.SADNESS, Fact.CONFIDENCE, Fact.GOAL);

    /** How the person might be by then: as now, steadier, and (if unsure) decided to try again. */
    static List<Advisor.LookAgainTrial> waysToFeelBy(Situation later) {
        List<Advisor.LookAgainTrial> ways = new ArrayList<>(List.of(new Advisor.LookAgainTrial(later, ON_DAY_SETS),
                new Advisor.LookAgainTrial(later.withEmotions(STEADY), STEADY_SETS)));
        if (later.goal() == Goal.UNSURE) {
            ways.add(new Advisor.LookAgainTrial(later.withGoal(Goal.RECONCILE).withEmotions(STEADY), DECIDED_SETS));
        }
        return ways;
    }

    static List<Candidate> of(Situation s, int defaultDays, Function<Situation, Verdict> verdictOf) {
        return of(s, defaultDays, verdictOf, PeriodAdvice.BEGINS);
    }

    /**
     * As above, for advice whose deciding rule does {@code period} to the no-contact period: a period's end
     * is offered as a change only where the advice speaks of one, and holding one from today only where it
     * begins or extends one (someone who ended it is never told to hold a period, begun or not).
     */
    static List<Candidate> of(Situation s, int defaultDays, Function<Situation, Verdict> verdictOf, PeriodAdvice period) {
        List<Candidate> out = new ArrayList<>();
        periodCandidates(s, defaultDays, period, out);
        occasionCandidate(s, out);
        emotionsCandidate(s, verdictOf, out);
        planCandidates(s, out);
        exContactCandidates(s, out);
        goalCandidates(s, out);
        if (s.breakup().feelingsExpressed().isEmpty()) {
            out.add(new Candidate("If you have never told them how you feel",
                    s.withBreakup(new Situation.Breakup(s.breakup().date(), s.breakup().initiatedBy(),
                            Optional.of(false)))));
        }
        return out;
    }

    /**
     * Time passing as one change: the period runs its course and today's occasion passes. The later
     * date's own occasion is not read into it (a period that ends on 14 February is complete from
     * that day on, and the person picks the day they act), so what changes the verdict is the
     * holding, never where the calendar happens to land.
     */
    private static void periodCandidates(Situation s, int defaultDays, PeriodAdvice period, List<Candidate> out) {
        String occasionPassed = Facts.effectiveOccasion(s.plan(), s.today())
                .map(o -> " and " + occasionWords(o) + " has passed").orElse("");
        if (period == PeriodAdvice.NONE) {
            return; // the advice speaks of no period: its end is no change to offer (someone who ended it, say)
        }
        if (s.noContact().isPresent()) {
            Situation.NoContact nc = s.noContact().get();
            LocalDate end = nc.since().plusDays(nc.days().orElse(defaultDays));
            if (end.isAfter(s.today())) {
                out.add(new Candidate("Once your no-contact period is complete (" + DayWords.date(end) + ")" + occasionPassed,
                        onAnOrdinaryDay(s, end)));
            }
        } else if (period != PeriodAdvice.HOLDS) {
            LocalDate end = s.today().plusDays(defaultDays);
            out.add(new Candidate("If you hold no contact from today until " + DayWords.date(end) + occasionPassed,
                    onAnOrdinaryDay(s, end)));
        }
    }

    /** As {@link #onDay}, on a day that is no occasion: the period's end as a time, not a date. */
    private static Situation onAnOrdinaryDay(Situation s, LocalDate day) {
        Situation later = onDay(s, day);
        Situation.Plan plan = later.plan();
        return later.withPlan(new Situation.Plan(plan.action(), plan.purpose(), Optional.empty(), false, plan.message()));
    }

    /** "Valentine's Day", "their birthday": an occasion as the subject of a sentence. */
    private static String occasionWords(Occasion occasion) {
        return ReadableNames.forName(occasion.wireName());
    }

    private static void occasionCandidate(Situation s, List<Candidate> out) {
        Optional<Occasion> occasion = Facts.effectiveOccasion(s.plan(), s.today());
        occasion.ifPresent(o -> {
            Situation.Plan plan = s.plan();
            out.add(new Candidate(OccasionDays.AN_ORDINARY_DAY + occasionWords(o),
                    s.withPlan(new Situation.Plan(plan.action(), plan.purpose(), Optional.empty(), false,
                            plan.message()))));
        });
    }

    private static void emotionsCandidate(Situation s, Function<Situation, Verdict> verdictOf, List<Candidate> out) {
        Situation.Emotions e = s.emotions();
        if (e.equals(STEADY)) {
            return;
        }
        boolean unknown = e.anger().isEmpty() || e.sadness().isEmpty() || e.confidence().isEmpty();
        String feelings = Texts.joinAnd(inTheWay(s, verdictOf));
        out.add(new Candidate(unknown ? "If you tell me how you feel, and " + feelings : "Once " + feelings,
                s.withEmotions(STEADY)));
    }

    /**
     * The feelings that stand between this person and feeling steady, in words that assume nothing
     * ("your confidence is higher", not "is back"): an answer not given, or one that, kept as it is
     * while the others steady, still keeps the verdict from changing. Where no single one does, all
     * that are not yet steady are named.
     */
    private static List<String> inTheWay(Situation s, Function<Situation, Verdict> verdictOf) {
        Situation.Emotions e = s.emotions();
        Verdict steady = verdictOf.apply(s.withEmotions(STEADY));
        List<String> named = new ArrayList<>();
        List<String> notSteady = new ArrayList<>();
        for (Feeling f : Feeling.values()) {
            OptionalInt value = f.of(e);
            if (value.equals(f.of(STEADY))) {
                continue;
            }
            notSteady.add(f.words);
            if (value.isEmpty() || verdictOf.apply(s.withEmotions(f.with(STEADY, value))) != steady) {
                named.add(f.words);
            }
        }
        return named.isEmpty() ? notSteady : named;
    }

    /** One of the three feelings asked, and how its easing reads to the person. */
    private enum Feeling {
        ANGER("your anger has settled"), SADNESS("your sadness has eased"), CONFIDENCE("your confidence is higher");

        private final String words;

        Feeling(String words) {
            this.words = words;
        }

        OptionalInt of(Situation.Emotions e) {
            return switch (this) {
                case ANGER -> e.anger();
                case SADNESS -> e.sadness();
                case CONFIDENCE -> e.confidence();
            };
        }

        Situation.Emotions with(Situation.Emotions e, OptionalInt value) {
            return switch (this) {
                case ANGER -> new Situation.Emotions(value, e.sadness(), e.confidence());
                case SADNESS -> new Situation.Emotions(e.anger(), value, e.confidence());
                case CONFIDENCE -> new Situation.Emotions(e.anger(), e.sadness(), value);
            };
        }
    }

    private static void planCandidates(Situation s, List<Candidate> out) {
        Situation.Plan plan = s.plan();
        if (plan.purpose() != Purpose.LOGISTICS) {
            out.add(new Candidate("If it were only about a practical matter", s.withPlan(
                    new Situation.Plan(plan.action(), Purpose.LOGISTICS, plan.occasion(), plan.inferOccasion(),
                            plan.message()))));
        }
        if (plan.purpose() == Purpose.LOGISTICS && s.ties().isEmpty()) {
            out.add(new Candidate("If there were a practical matter between you, such as belongings to collect",
                    s.withTies(Set.of(Tie.BELONGINGS))));
        }
        if (plan.action() == Action.GIFT || plan.action() == Action.LETTER) {
            out.add(new Candidate("If you sent a short text instead of a " + plan.action().wireName(), s.withPlan(
                    new Situation.Plan(Action.TEXT, plan.purpose(), plan.occasion(), plan.inferOccasion(),
                            plan.message()))));
        }
    }

    private static void exContactCandidates(Situation s, List<Candidate> out) {
        Situation.Plan plan = s.plan();
        if (s.exContact().isEmpty()) {
            out.add(new Candidate("If they wrote to you first on a personal note", s.withExContact(
                    Optional.of(new Situation.ExContact(s.today(), ExContactAbout.PERSONAL)))));
        } else if (plan.action() != Action.REPLY) {
            out.add(new Candidate("If you were only replying to their message", s.withPlan(
                    new Situation.Plan(Action.REPLY, plan.purpose(), plan.occasion(), plan.inferOccasion(),
                            plan.message()))));
        }
    }

    /**
     * The other goals they could choose. Unsure is no goal to choose: to someone who knows what they want, "if your
     * goal were still unclear" names an answer they did not give and advice that is not theirs (issue 21).
     */
    private static void goalCandidates(Situation s, List<Candidate> out) {
        for (Goal goal : Goal.values()) {
            if (goal != s.goal() && goal != Goal.UNSURE) {
                out.add(new Candidate("If your goal were " + goalWords(goal), s.withGoal(goal)));
            }
        }
    }

    private static String goalWords(Goal goal) {
        return switch (goal) {
            case RECONCILE -> "to get back together";
            case MOVE_ON -> "to move on";
            case FRIENDS -> "to be friends";
            case UNSURE -> throw new IllegalArgumentException("unsure is not a goal to choose");
        };
    }
}
