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
        // in the order the ties are declared, so every file and text that lists them lists them alike
        ties = ties.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(ties));
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
        /** As calm as the scales go: no anger, no sadness, full confidence (what "once you feel steady" tries). */
        public static final Emotions STEADY = new Emotions(OptionalInt.of(0), OptionalInt.of(0), OptionalInt.of(10));
    }

    public record Safety(boolean unsafe, boolean threatened, boolean selfHarm, boolean urgeToMonitor,
                         boolean protectionOrder) {
        public static final Safety NONE = new Safety(false, false, false, false, false);

        public boolean anyConcern() {
            return unsafe || threatened || selfHarm || urgeToMonitor || protectionOrder;
        }
    }

    /**
     * A block, and a request for no contact; {@code exceptAbout} is the one matter their request left open, in the
     * person's words ("don't text me unless it's about Biscuit": Biscuit), only with a request.
     */
    public record Boundaries(boolean exAskedNoContact, boolean blocked, Optional<String> exceptAbout) {
        public static final Boundaries NONE = new Boundaries(false, false);

        public Boundaries(boolean exAskedNoContact, boolean blocked) {
            this(exAskedNoContact, blocked, Optional.empty());
        }
    }

    /**
     * What the person means to do. The occasion is what they said; when they said nothing it is
     * inferred from the date, unless {@code inferOccasion} is off (an ordinary day, by choice).
     */
    public record Plan(Action action, Purpose purpose, Optional<Occasion> occasion, boolean inferOccasion,
                       Optional<String> message) {
    }

    /** A copy with one or more components changed: {@code situation.toBuilder().goal(g).build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The situation on another day, given as today (as a file's "today" is). */
    public Situation withToday(LocalDate date) {
        return toBuilder().today(date).todayGiven(true).build();
    }

    public Situation withGoal(Goal value) {
        return toBuilder().goal(value).build();
    }

    public Situation withBreakup(Breakup value) {
        return toBuilder().breakup(value).build();
    }

    public Situation withNoContact(Optional<NoContact> value) {
        return toBuilder().noContact(value).build();
    }

    public Situation withTies(Set<Tie> value) {
        return toBuilder().ties(value).build();
    }

    public Situation withExContact(Optional<ExContact> value) {
        return toBuilder().exContact(value).build();
    }

    public Situation withEmotions(Emotions value) {
        return toBuilder().emotions(value).build();
    }

    public Situation withSafety(Safety value) {
        return toBuilder().safety(value).build();
    }

    public Situation withBoundaries(Boundaries value) {
        return toBuilder().boundaries(value).build();
    }

    public Situation withUnansweredMessages(int value) {
        return toBuilder().unansweredMessages(value).build();
    }

    public Situation withDates(Dates value) {
        return toBuilder().dates(value).build();
    }

    public Situation withPlan(Plan value) {
        return toBuilder().plan(value).build();
    }

    /** A situation being changed, component by component; {@link #build()} checks it as the record does. */
    public static final class Builder {
        private LocalDate today;
        private boolean todayGiven;
        private Breakup breakup;
        private Goal goal;
        private Optional<NoContact> noContact;
        private Set<Tie> ties;
        private Optional<ExContact> exContact;
        private Emotions emotions;
        private Safety safety;
        private Boundaries boundaries;
        private int unansweredMessages;
        private Plan plan;
        private Dates dates;

        private Builder(Situation from) {
            today = from.today;
            todayGiven = from.todayGiven;
            breakup = from.breakup;
            goal = from.goal;
            noContact = from.noContact;
            ties = from.ties;
            exContact = from.exContact;
            emotions = from.emotions;
            safety = from.safety;
            boundaries = from.boundaries;
            unansweredMessages = from.unansweredMessages;
            plan = from.plan;
            dates = from.dates;
        }

        public Builder today(LocalDate value) {
            today = value;
            return this;
        }

        public Builder todayGiven(boolean value) {
            todayGiven = value;
            return this;
        }

        public Builder breakup(Breakup value) {
            breakup = value;
            return this;
        }

        public Builder goal(Goal value) {
            goal = value;
            return this;
        }

        public Builder noContact(Optional<NoContact> value) {
            noContact = value;
            return this;
        }

        public Builder ties(Set<Tie> value) {
            ties = value;
            return this;
        }

        public Builder exContact(Optional<ExContact> value) {
            exContact = value;
            return this;
        }

        public Builder emotions(Emotions value) {
            emotions = value;
            return this;
        }

        public Builder safety(Safety value) {
            safety = value;
            return this;
        }

        public Builder boundaries(Boundaries value) {
            boundaries = value;
            return this;
        }

        public Builder unansweredMessages(int value) {
            unansweredMessages = value;
            return this;
        }

        public Builder plan(Plan value) {
            plan = value;
            return this;
        }

        public Builder dates(Dates value) {
            dates = value;
            return this;
        }

        public Situation build() {
            return new Situation(today, todayGiven, breakup, goal, noContact, ties, exContact, emotions, safety,
                    boundaries, unansweredMessages, plan, dates);
        }
    }
}
