package org.nocontact.interview;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * The answers so far, by question: each read back as its key's type. A question can also be
 * answered in a way that leaves its value unknown (a replayed file that does not say): it counts as
 * answered, and reads as the file's default. Turns into a situation: a question not asked (or not
 * yet asked) takes the same default the situation file would give it, so `check` on the saved file
 * agrees.
 */
final class Answers {
    private static final Answers NONE = new Answers(Map.of());
    /** Stored for a question answered without a value (the replayed file left it out). */
    private static final Object UNKNOWN = new Object();

    private final Map<Key<?>, Object> values;

    private Answers(Map<Key<?>, Object> values) {
        this.values = values;
    }

    static Answers none() {
        return NONE;
    }

    <T> Optional<T> get(Key<T> key) {
        return values.containsKey(key) ? key.read(values.get(key)) : Optional.empty();
    }

    /** Whether the answer to this key is this value. */
    <T> boolean is(Key<T> key, T value) {
        return get(key).filter(value::equals).isPresent();
    }

    /** The questions answered, in the order given. */
    Set<Key<?>> keys() {
        return java.util.Collections.unmodifiableSet(values.keySet());
    }

    boolean has(Key<?> key) {
        return values.containsKey(key);
    }

    <T> Answers with(Key<T> key, T value) {
        return changed(key, value);
    }

    /** Answered, but without a value: it reads as the file's default. */
    Answers withUnknown(Key<?> key) {
        return changed(key, UNKNOWN);
    }

    Answers without(Key<?> key) {
        Map<Key<?>, Object> fewer = new LinkedHashMap<>(values);
        fewer.remove(key);
        return new Answers(fewer);
    }

    private Answers changed(Key<?> key, Object value) {
        Map<Key<?>, Object> more = new LinkedHashMap<>(values);
        more.put(key, value);
        return new Answers(more);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && answers.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    Situation toSituation(LocalDate today) {
        LocalDate breakupDate = get(Key.BREAKUP_DATE).orElse(today);
        Situation.Breakup breakup = new Situation.Breakup(breakupDate,
                get(Key.INITIATED_BY).orElse(InitiatedBy.THEM), get(Key.FEELINGS_EXPRESSED).flatMap(f -> f));
        Optional<Situation.NoContact> noContact = get(Key.NO_CONTACT_STARTED).filter(NoContactNow::holding)
                .map(held -> new Situation.NoContact(held.since().or(() -> get(Key.NO_CONTACT_SINCE)).orElse(breakupDate),
                        held.days().isPresent() ? held.days() : whole(Key.NO_CONTACT_DAYS)));
        Set<Tie> ties = get(Key.TIES).orElse(EnumSet.noneOf(Tie.class));
        Situation.Emotions emotions = new Situation.Emotions(whole(Key.ANGER), whole(Key.SADNESS), whole(Key.CONFIDENCE));
        Situation.Safety safety = new Situation.Safety(yes(Key.UNSAFE), yes(Key.THREATENED), yes(Key.SELF_HARM),
                yes(Key.URGE_TO_MONITOR), yes(Key.PROTECTION_ORDER));
        Situation.Boundaries boundaries = get(Key.BOUNDARIES).orElse(Situation.Boundaries.NONE);
        Action action = get(Key.ACTION).orElse(Action.TEXT);
        Situation.Plan plan = new Situation.Plan(action, get(Key.PURPOSE).orElse(Purpose.GREETING),
                get(Key.OCCASION).flatMap(o -> o), true, get(Key.MESSAGE).flatMap(m -> m));
        return new Situation(today, true, breakup, get(Key.GOAL).orElse(Goal.UNSURE), noContact, ties,
                exContact(action, today), emotions, safety, boundaries, whole(Key.UNANSWERED_MESSAGES).orElse(0), plan);
    }

    /**
     * The answers a situation holds, question by question: the inverse of {@link #toSituation}, for
     * starting again from a saved file. Whatever the file left unknown has no answer here.
     */
    static Answers of(Situation s) {
        Map<Key<?>, Object> a = new LinkedHashMap<>();
        Situation.Safety safety = s.safety();
        put(a, Key.SELF_HARM, safety.selfHarm());
        put(a, Key.UNSAFE, safety.unsafe());
        put(a, Key.THREATENED, safety.threatened());
        put(a, Key.PROTECTION_ORDER, safety.protectionOrder());
        put(a, Key.URGE_TO_MONITOR, safety.urgeToMonitor());
        put(a, Key.INITIATED_BY, s.breakup().initiatedBy());
        put(a, Key.BREAKUP_DATE, s.breakup().date());
        put(a, Key.GOAL, s.goal());
        put(a, Key.ACTION, s.plan().action());
        boolean reply = s.plan().action() == Action.REPLY;
        s.exContact().ifPresent(ex -> {
            if (reply) {
                put(a, Key.EX_CONTACT_ABOUT, ex.about());
            } else {
                put(a, Key.EX_CONTACT_RECENT, Optional.of(ex.about()));
            }
            put(a, Key.EX_CONTACT_DATE, ex.date());
        });
        if (s.exContact().isEmpty() && !reply) {
            put(a, Key.EX_CONTACT_RECENT, Optional.empty());
        }
        put(a, Key.PURPOSE, s.plan().purpose());
        put(a, Key.TIES, s.ties());
        put(a, Key.BOUNDARIES, s.boundaries());
        put(a, Key.OCCASION, s.plan().occasion());
        // the start said in the one answer ("since 1 March"); the length, where the file gives one, its own answer
        put(a, Key.NO_CONTACT_STARTED, s.noContact().map(nc -> NoContactNow.heldSince(nc.since(), OptionalInt.empty()))
                .orElse(NoContactNow.NOT_HOLDING));
        s.noContact().flatMap(nc -> nc.days().isPresent() ? Optional.of(nc.days()) : Optional.empty())
                .ifPresent(days -> put(a, Key.NO_CONTACT_DAYS, days));
        put(a, Key.UNANSWERED_MESSAGES, OptionalInt.of(s.unansweredMessages()));
        feeling(a, Key.ANGER, s.emotions().anger());
        feeling(a, Key.SADNESS, s.emotions().sadness());
        feeling(a, Key.CONFIDENCE, s.emotions().confidence());
        put(a, Key.FEELINGS_EXPRESSED, s.breakup().feelingsExpressed());
        put(a, Key.MESSAGE, s.plan().message());
        return new Answers(a);
    }

    private static <T> void put(Map<Key<?>, Object> a, Key<T> key, T value) {
        a.put(key, value);
    }

    private static void feeling(Map<Key<?>, Object> a, Key<OptionalInt> key, OptionalInt value) {
        if (value.isPresent()) {
            put(a, key, value);
        }
    }

    private Optional<Situation.ExContact> exContact(Action action, LocalDate today) {
        Optional<ExContactAbout> about = action == Action.REPLY
                ? Optional.of(get(Key.EX_CONTACT_ABOUT).orElse(ExContactAbout.PERSONAL))
                : get(Key.EX_CONTACT_RECENT).flatMap(recent -> recent);
        LocalDate date = get(Key.EX_CONTACT_DATE).orElse(today);
        return about.map(kind -> new Situation.ExContact(date, kind));
    }

    private OptionalInt whole(Key<OptionalInt> key) {
        return get(key).orElse(OptionalInt.empty());
    }

    private boolean yes(Key<Boolean> key) {
        return is(key, true);
    }
}
