package org.nocontact.interview;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nocontact.rules.Fact;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * Turns the answers so far into a situation. A question not asked (or not yet asked) takes the
 * same default the situation file would give it, so `check` on the saved file agrees.
 */
final class Answers {
    private Answers() {
    }

    static Situation toSituation(Map<String, Object> a, LocalDate today) {
        LocalDate breakupDate = get(a, "breakup.date", LocalDate.class).orElse(today);
        @SuppressWarnings("unchecked")
        Optional<Boolean> feelings = get(a, "breakup.feelingsExpressed", Optional.class).orElse(Optional.empty());
        Situation.Breakup breakup = new Situation.Breakup(breakupDate,
                get(a, "breakup.initiatedBy", InitiatedBy.class).orElse(InitiatedBy.THEM), feelings);
        Optional<Situation.NoContact> noContact = Boolean.TRUE.equals(a.get("noContact.started"))
                ? Optional.of(new Situation.NoContact(get(a, "noContact.since", LocalDate.class).orElse(breakupDate),
                get(a, "noContact.days", Integer.class).map(OptionalInt::of).orElse(OptionalInt.empty())))
                : Optional.empty();
        @SuppressWarnings("unchecked")
        Set<Tie> ties = get(a, "ties", Set.class).orElse(EnumSet.noneOf(Tie.class));
        Situation.Emotions emotions = new Situation.Emotions(whole(a, "emotions.anger"), whole(a, "emotions.sadness"),
                whole(a, "emotions.confidence"));
        Situation.Safety safety = new Situation.Safety(yes(a, "safety.unsafe"), yes(a, "safety.threatened"),
                yes(a, "safety.selfHarm"), yes(a, "safety.urgeToMonitor"), yes(a, "safety.protectionOrder"));
        Situation.Boundaries boundaries = new Situation.Boundaries(yes(a, "boundaries.exAskedNoContact"),
                yes(a, "boundaries.blocked"));
        Action action = get(a, "plan.action", Action.class).orElse(Action.TEXT);
        @SuppressWarnings("unchecked")
        Optional<Occasion> occasion = get(a, "plan.occasion", Optional.class).orElse(Optional.empty());
        Situation.Plan plan = new Situation.Plan(action, get(a, "plan.purpose", Purpose.class).orElse(Purpose.GREETING),
                occasion, true, get(a, "plan.message", Optional.class).map(m -> m.map(String::valueOf)).orElse(Optional.empty()));
        return new Situation(today, true, breakup, get(a, "goal", Goal.class).orElse(Goal.UNSURE), noContact, ties,
                exContact(a, action, today), emotions, safety, boundaries,
                get(a, "history.unansweredMessages", Integer.class).orElse(0), plan);
    }

    private static final Set<Fact> PERIOD = EnumSet.of(Fact.NO_CONTACT_STARTED, Fact.NO_CONTACT_SINCE,
            Fact.NO_CONTACT_DAYS, Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_DAYS_LEFT, Fact.NO_CONTACT_COMPLETE,
            Fact.NO_CONTACT_END, Fact.NO_CONTACT_EXTENDED_END, Fact.NO_CONTACT_END_OR_TOMORROW);

    /**
     * The facts a question's answer decides (for the first question of a group, the whole group's):
     * until it is answered, the rules must be read as if these facts could be anything.
     */
    static Set<Fact> facts(String questionId) {
        return switch (questionId) {
            case "breakup.date" -> EnumSet.of(Fact.BREAKUP_DATE, Fact.BREAKUP_DAYS_AGO);
            case "breakup.feelingsExpressed" -> EnumSet.of(Fact.BREAKUP_FEELINGS_EXPRESSED);
            case "exContact.about" -> EnumSet.of(Fact.EX_CONTACT_PRESENT, Fact.EX_CONTACT_ABOUT);
            case "exContact.recent" -> EnumSet.of(Fact.EX_CONTACT_PRESENT, Fact.EX_CONTACT_ABOUT, Fact.EX_CONTACT_DAYS_AGO);
            case "exContact.date" -> EnumSet.of(Fact.EX_CONTACT_DAYS_AGO);
            case "ties" -> EnumSet.of(Fact.TIES, Fact.TIES_COUNT);
            case "plan.occasion" -> EnumSet.of(Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED);
            case "noContact.started", "noContact.since", "noContact.days" -> PERIOD;
            case "emotions.anger" -> EnumSet.of(Fact.ANGER, Fact.SADNESS, Fact.CONFIDENCE);
            case "plan.message" -> EnumSet.of(Fact.PLAN_MESSAGE_THREATENS);
            default -> EnumSet.of(Fact.byName(questionId).orElseThrow(
                    () -> new IllegalArgumentException("no fact for the question " + questionId)));
        };
    }

    /** The situation field a question fills in, as named in the file ("noContact" for "have you started"). */
    static String field(String questionId) {
        return switch (questionId) {
            case "noContact.started" -> "noContact";
            case "exContact.recent" -> "exContact";
            default -> questionId;
        };
    }

    /**
     * The answers a situation holds, question by question: the inverse of {@link #toSituation}, for
     * starting again from a saved file. Whatever the file left unknown has no answer here.
     */
    static Map<String, Object> fromSituation(Situation s) {
        Map<String, Object> a = new LinkedHashMap<>();
        Situation.Safety safety = s.safety();
        a.put("safety.selfHarm", safety.selfHarm());
        a.put("safety.unsafe", safety.unsafe());
        a.put("safety.threatened", safety.threatened());
        a.put("safety.protectionOrder", safety.protectionOrder());
        a.put("safety.urgeToMonitor", safety.urgeToMonitor());
        a.put("breakup.initiatedBy", s.breakup().initiatedBy());
        a.put("breakup.date", s.breakup().date());
        a.put("goal", s.goal());
        a.put("plan.action", s.plan().action());
        s.exContact().ifPresent(ex -> {
            a.put(s.plan().action() == Action.REPLY ? "exContact.about" : "exContact.recent",
                    s.plan().action() == Action.REPLY ? ex.about() : Optional.of(ex.about()));
            a.put("exContact.date", ex.date());
        });
        if (s.exContact().isEmpty() && s.plan().action() != Action.REPLY) {
            a.put("exContact.recent", Optional.empty());
        }
        a.put("plan.purpose", s.plan().purpose());
        a.put("ties", s.ties());
        a.put("boundaries.exAskedNoContact", s.boundaries().exAskedNoContact());
        a.put("boundaries.blocked", s.boundaries().blocked());
        a.put("plan.occasion", s.plan().occasion());
        a.put("noContact.started", s.noContact().isPresent());
        s.noContact().ifPresent(nc -> {
            a.put("noContact.since", nc.since());
            nc.days().ifPresent(days -> a.put("noContact.days", days));
        });
        a.put("history.unansweredMessages", s.unansweredMessages());
        s.emotions().anger().ifPresent(n -> a.put("emotions.anger", n));
        s.emotions().sadness().ifPresent(n -> a.put("emotions.sadness", n));
        s.emotions().confidence().ifPresent(n -> a.put("emotions.confidence", n));
        a.put("breakup.feelingsExpressed", s.breakup().feelingsExpressed());
        a.put("plan.message", s.plan().message());
        return a;
    }

    private static Optional<Situation.ExContact> exContact(Map<String, Object> a, Action action, LocalDate today) {
        Optional<ExContactAbout> about;
        if (action == Action.REPLY) {
            about = Optional.of(get(a, "exContact.about", ExContactAbout.class).orElse(ExContactAbout.PERSONAL));
        } else {
            @SuppressWarnings("unchecked")
            Optional<ExContactAbout> recent = get(a, "exContact.recent", Optional.class).orElse(Optional.empty());
            about = recent;
        }
        LocalDate date = get(a, "exContact.date", LocalDate.class).orElse(today);
        return about.map(kind -> new Situation.ExContact(date, kind));
    }

    private static OptionalInt whole(Map<String, Object> a, String key) {
        Object value = a.get(key);
        return value instanceof Integer number ? OptionalInt.of(number) : OptionalInt.empty();
    }

    private static boolean yes(Map<String, Object> a, String key) {
        return Boolean.TRUE.equals(a.get(key));
    }

    private static <T> Optional<T> get(Map<String, Object> a, String key, Class<T> type) {
        Object value = a.get(key);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }
}
