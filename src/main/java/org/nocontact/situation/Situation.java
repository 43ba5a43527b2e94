package org.nocontact.situation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** What the person told us. Immutable; absent answers are explicit (Optional), never null. */
public record Situation(
        LocalDate today,
        boolean todayGiven,
        Breakup breakup,
        Goal goal,
        Optional<NoContact> noContact,
        Set<Tie> ties,
        Optional<ExContact> exContact,
        Emotions emotions,
        Safety safety,
        Boundaries boundaries,
        int unansweredMessages,
        Plan plan,
        Dates dates) {

    public Situation {
        ties = ties.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ties));
    }

    /** A situation with no dates of the ex's own (their birthday, the anniversary) given. */
    public Situation(LocalDate today, boolean todayGiven, Breakup breakup, Goal goal, Optional<NoContact> noContact,
                     Set<Tie> ties, Optional<ExContact> exContact, Emotions emotions, Safety safety,
                     Boundaries boundaries, int unansweredMessages, Plan plan) {
        this(today, todayGiven, breakup, goal, noContact, ties, exContact, emotions, safety, boundaries,
                unansweredMessages, plan, Dates.NONE);
    }

    /**
     * Days of the year that are hard for this person, when they gave them: the ex's birthday and
     * the anniversary (a date in any year; the day and month recur).
     */
    public record Dates(Optional<LocalDate> exBirthday, Optional<LocalDate> anniversary) {
        public static final Dates NONE = new Dates(Optional.empty(), Optional.empty());
    }

    public record Breakup(LocalDate date, InitiatedBy initiatedBy, Optional<Boolean> feelingsExpressed) {
    }

    /** A no-contact period; {@code days} is empty when the file left it to the rule set's default. */
    public record NoContact(LocalDate since, OptionalInt days) {
    }

    public record ExContact(LocalDate date, ExContactAbout about) {
    }

    public record Emotions(OptionalInt anger, OptionalInt sadness, OptionalInt confidence) {
        public static final Emotions UNKNOWN = new Emotions(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
    }

    public record Safety(boolean unsafe, boolean threatened, boolean selfHarm, boolean urgeToMonitor,
                         boolean protectionOrder) {
        public static final Safety NONE = new Safety(false, false, false, false, false);

        public boolean anyConcern() {
            return unsafe || threatened || selfHarm || urgeToMonitor || protectionOrder;
        }
    }

    public record Boundaries(boolean exAskedNoContact, boolean blocked) {
        public static final Boundaries NONE = new Boundaries(false, false);
    }

    /**
     * What the person means to do. The occasion is what they said; when they said nothing it is
     * inferred from the date, unless {@code inferOccasion} is off (an ordinary day, by choice).
     */
    public record Plan(Action action, Purpose purpose, Optional<Occasion> occasion, boolean inferOccasion,
                       Optional<String> message) {
    }

    public Situation withToday(LocalDate date) {
        return new Situation(date, true, breakup, goal, noContact, ties, exContact, emotions, safety, boundaries,
                unansweredMessages, plan, dates);
    }

    public Situation withGoal(Goal value) {
        return new Situation(today, todayGiven, breakup, value, noContact, ties, exContact, emotions, safety,
                boundaries, unansweredMessages, plan, dates);
    }

    public Situation withBreakup(Breakup value) {
        return new Situation(today, todayGiven, value, goal, noContact, ties, exContact, emotions, safety,
                boundaries, unansweredMessages, plan, dates);
    }

    public Situation withNoContact(Optional<NoContact> value) {
        return new Situation(today, todayGiven, breakup, goal, value, ties, exContact, emotions, safety, boundaries,
                unansweredMessages, plan, dates);
    }

    public Situation withTies(Set<Tie> value) {
        return new Situation(today, todayGiven, breakup, goal, noContact, value, exContact, emotions, safety,
                boundaries, unansweredMessages, plan, dates);
    }

    public Situation withExContact(Optional<ExContact> value) {
        return new Situation(today, todayGiven, breakup, goal, noContact, ties, value, emotions, safety, boundaries,
                unansweredMessages, plan, dates);
    }

    public Situation withEmotions(Emotions value) {
        return new Situation(today, todayGiven, breakup, goal, noContact, ties, exContact, value, safety, boundaries,
                unansweredMessages, plan, dates);
    }

    public Situation withSafety(Safety value) {
        return new Situation(today, todayGiven, breakup, goal, noContact, ties, exContact, emotions, value,
                boundaries, unansweredMessages, plan, dates);
    }

    public Situation withBoundaries(Boundaries value) {
        return new Situation(today, todayGiven, breakup, goal, noContact, ties, exContact, emotions, safety, value,
                unansweredMessages, plan, dates);
    }

    public Situation withUnansweredMessages(int value) {
        return new Situation(today, todayGiven, breakup, goal, noContact, ties, exContact, emotions, safety,
                boundaries, value, plan, dates);
    }

    public Situation withDates(Dates value) {
        return new Situation(today, todayGiven, breakup, goal, noContact, ties, exContact, emotions, safety,
                boundaries, unansweredMessages, plan, value);
    }

    public Situation withPlan(Plan value) {
        return new Situation(today, todayGiven, breakup, goal, noContact, ties, exContact, emotions, safety,
                boundaries, unansweredMessages, value, dates);
    }
}
