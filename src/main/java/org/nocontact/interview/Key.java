package org.nocontact.interview;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
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
 * What one question of the interview asks for: the type of its answer, and the facts its answer
 * decides (for the first question of a group, the whole group's: until it is answered, the rules
 * must be read as if these facts could be anything). Keys are compared by identity; the name of a
 * key is only for the edges (the situation file, the replay transcript, a test's corpus).
 *
 * @param <T> the type of the answer's value
 */
public final class Key<T> {
    private static final Set<Fact> PERIOD = EnumSet.of(Fact.NO_CONTACT_STARTED, Fact.NO_CONTACT_SINCE,
            Fact.NO_CONTACT_DAYS, Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_DAYS_LEFT, Fact.NO_CONTACT_COMPLETE,
            Fact.NO_CONTACT_END, Fact.NO_CONTACT_EXTENDED_END, Fact.NO_CONTACT_END_OR_TOMORROW);

    public static final Key<Boolean> SELF_HARM = of("safety.selfHarm", Boolean.class, Fact.SELF_HARM);
    public static final Key<Boolean> UNSAFE = of("safety.unsafe", Boolean.class, Fact.UNSAFE);
    public static final Key<Boolean> THREATENED = of("safety.threatened", Boolean.class, Fact.THREATENED);
    public static final Key<Boolean> PROTECTION_ORDER = of("safety.protectionOrder", Boolean.class,
            Fact.PROTECTION_ORDER);
    public static final Key<Boolean> URGE_TO_MONITOR = of("safety.urgeToMonitor", Boolean.class, Fact.URGE_TO_MONITOR);
    public static final Key<InitiatedBy> INITIATED_BY = of("breakup.initiatedBy", InitiatedBy.class,
            Fact.BREAKUP_INITIATED_BY);
    public static final Key<LocalDate> BREAKUP_DATE = of("breakup.date", LocalDate.class, Fact.BREAKUP_DATE,
            Fact.BREAKUP_DAYS_AGO);
    public static final Key<Goal> GOAL = of("goal", Goal.class, Fact.GOAL);
    public static final Key<Action> ACTION = of("plan.action", Action.class, Fact.PLAN_ACTION);
    /** What the message being replied to was about (asked only of a reply). */
    public static final Key<ExContactAbout> EX_CONTACT_ABOUT = of("exContact.about", ExContactAbout.class,
            Fact.EX_CONTACT_PRESENT, Fact.EX_CONTACT_ABOUT);
    public static final Key<Purpose> PURPOSE = of("plan.purpose", Purpose.class, Fact.PLAN_PURPOSE);
    /** Whether they wrote recently, and about what (asked when the plan is not a reply); the file's "exContact". */
    /**
     * "Where things stand" asked as one list: which lines were ticked. It decides no fact itself and fills in no
     * field: each line's answer goes to its own question (see {@link Standing}).
     */
    static final Key<Standing.Ticks> STANDING = new Key<>("standing", "standing", known(Standing.Ticks.class),
            EnumSet.noneOf(Fact.class), List.of());
    public static final Key<Optional<ExContactAbout>> EX_CONTACT_RECENT = new Key<>("exContact.recent", "exContact",
            maybe(ExContactAbout.class), EnumSet.of(Fact.EX_CONTACT_PRESENT, Fact.EX_CONTACT_ABOUT, Fact.EX_CONTACT_DAYS_AGO));
    public static final Key<LocalDate> EX_CONTACT_DATE = of("exContact.date", LocalDate.class, Fact.EX_CONTACT_DAYS_AGO);
    public static final Key<Set<Tie>> TIES = new Key<>("ties", "ties", Key::ties, EnumSet.of(Fact.TIES, Fact.TIES_COUNT));
    /** Whether they blocked the person (on one app or more) and whether they asked for no contact: one choice, two facts. */
    public static final Key<Situation.Boundaries> BOUNDARIES = new Key<>("boundaries", "boundaries",
            known(Situation.Boundaries.class), EnumSet.of(Fact.BLOCKED, Fact.EX_ASKED_NO_CONTACT, Fact.EXCEPT_ABOUT))
            .fillingIn("boundaries.exAskedNoContact", "boundaries.blocked", "boundaries.exceptAbout");
    public static final Key<Optional<Occasion>> OCCASION = new Key<>("plan.occasion", "plan.occasion",
            maybe(Occasion.class), EnumSet.of(Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED));
    /**
     * Whether a no-contact period is held, and since when (and for how long) where the same answer says;
     * the file's "noContact" (present or not).
     */
    public static final Key<NoContactNow> NO_CONTACT_STARTED = new Key<>("noContact.started", "noContact",
            known(NoContactNow.class), PERIOD);
    public static final Key<LocalDate> NO_CONTACT_SINCE = new Key<>("noContact.since", "noContact.since",
            known(LocalDate.class), PERIOD);
    public static final Key<OptionalInt> NO_CONTACT_DAYS = new Key<>("noContact.days", "noContact.days",
            known(OptionalInt.class), PERIOD);
    public static final Key<OptionalInt> UNANSWERED_MESSAGES = of("history.unansweredMessages", OptionalInt.class,
            Fact.UNANSWERED_MESSAGES);
    /** Each feeling is its own question, asked only while its answer can still change the advice. */
    public static final Key<OptionalInt> ANGER = of("emotions.anger", OptionalInt.class, Fact.ANGER);
    public static final Key<OptionalInt> SADNESS = of("emotions.sadness", OptionalInt.class, Fact.SADNESS);
    public static final Key<OptionalInt> CONFIDENCE = of("emotions.confidence", OptionalInt.class, Fact.CONFIDENCE);
    public static final Key<Optional<Boolean>> FEELINGS_EXPRESSED = new Key<>("breakup.feelingsExpressed",
            "breakup.feelingsExpressed", maybe(Boolean.class), EnumSet.of(Fact.BREAKUP_FEELINGS_EXPRESSED));
    /** The draft, if one was pasted: what it carries (a threat to turn up) is read from it. */
    public static final Key<Optional<String>> MESSAGE = new Key<>("plan.message", "plan.message", maybe(String.class),
            EnumSet.of(Fact.PLAN_MESSAGE_THREATENS));

    private static final List<Key<?>> ALL = List.of(SELF_HARM, UNSAFE, THREATENED, PROTECTION_ORDER, URGE_TO_MONITOR,
            INITIATED_BY, BREAKUP_DATE, GOAL, ACTION, EX_CONTACT_ABOUT, PURPOSE, STANDING, EX_CONTACT_RECENT, EX_CONTACT_DATE, TIES,
            BOUNDARIES, OCCASION, NO_CONTACT_STARTED, NO_CONTACT_SINCE, NO_CONTACT_DAYS,
            UNANSWERED_MESSAGES, ANGER, SADNESS, CONFIDENCE, FEELINGS_EXPRESSED, MESSAGE);

    private final String name;
    private final String field;
    private final Function<Object, Optional<T>> reading;
    private final Set<Fact> facts;
    private final List<String> fields;

    private Key(String name, String field, Function<Object, Optional<T>> reading, Set<Fact> facts) {
        this(name, field, reading, facts, List.of(field));
    }

    private Key(String name, String field, Function<Object, Optional<T>> reading, Set<Fact> facts, List<String> fields) {
        this.name = name;
        this.field = field;
        this.reading = reading;
        this.facts = Set.copyOf(facts);
        this.fields = List.copyOf(fields);
    }

    /** The same key, its answer filling in these fields of the file (one answer, several fields). */
    private Key<T> fillingIn(String... paths) {
        return new Key<>(name, field, reading, facts, List.of(paths));
    }

    private static <T> Key<T> of(String name, Class<T> type, Fact fact, Fact... more) {
        return new Key<>(name, name, known(type), EnumSet.of(fact, more));
    }

    private static <T> Function<Object, Optional<T>> known(Class<T> type) {
        return value -> type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    private static <T> Function<Object, Optional<Optional<T>>> maybe(Class<T> type) {
        return value -> value instanceof Optional<?> maybe && maybe.map(type::isInstance).orElse(true)
                ? Optional.of(maybe.map(type::cast)) : Optional.empty();
    }

    private static Optional<Set<Tie>> ties(Object value) {
        if (!(value instanceof Set<?> set) || !set.stream().allMatch(Tie.class::isInstance)) {
            return Optional.empty();
        }
        Set<Tie> ties = EnumSet.noneOf(Tie.class);
        set.stream().map(Tie.class::cast).forEach(ties::add);
        return Optional.of(java.util.Collections.unmodifiableSet(ties));
    }

    /** Every key, in the order the questions are asked. */
    public static List<Key<?>> all() {
        return ALL;
    }

    /** The key of this name, as a replay transcript or a test corpus writes it. */
    public static Optional<Key<?>> named(String name) {
        return ALL.stream().filter(key -> key.name.equals(name)).findFirst();
    }

    /** The value stored for this key, read back as its type; empty for anything else (an answer that left it unknown). */
    Optional<T> read(Object stored) {
        return reading.apply(stored);
    }

    /** The facts this key's answer decides. */
    public Set<Fact> facts() {
        return facts;
    }

    /** The situation field this question fills in, as named in the file ("noContact" for "have you started"). */
    public String field() {
        return field;
    }

    /** The fields of the situation file its answer fills in: its own field, or each of the facts it decides. */
    public List<String> fields() {
        return fields;
    }

    @Override
    public String toString() {
        return name;
    }
}
