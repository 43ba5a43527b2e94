package org.nocontact.advice;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.nocontact.rules.Facts;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

/**
 * The occasion of the plan on the days ahead (guidance "Dates"): an occasion whose day is known
 * (read from the date, or the ex's birthday and the anniversary where the person gave them) stays
 * the plan's until that day has passed; then each day is read for itself. A named occasion whose
 * day is not known (a birthday with no date, a graduation) stays, since the plan is for that day.
 */
final class ProjectedOccasion {
    private final Situation situation;
    /** The last day the named occasion is the plan's, or empty while it stays (or none was named). */
    private final Optional<LocalDate> namedUntil;

    ProjectedOccasion(Situation situation) {
        this.situation = situation;
        this.namedUntil = situation.plan().occasion().flatMap(this::nextRun).map(OccasionDays::last);
    }

    /** The plan as it stands on a day after today. */
    Situation.Plan planOn(LocalDate date) {
        Situation.Plan plan = situation.plan();
        boolean named = plan.occasion().isPresent();
        if (named && (namedUntil.isEmpty() || !date.isAfter(namedUntil.get()))) {
            return plan;
        }
        return new Situation.Plan(plan.action(), plan.purpose(), personalOccasion(date), true, plan.message());
    }

    /**
     * The plan on a day after today were the ex's birthday or the anniversary ({@code personal}) given
     * as that day, where that changes that day alone: empty where the plan names that kind of occasion
     * (giving its day would also end it sooner). Where a named occasion still holds, the plan is as it was.
     */
    Optional<Situation.Plan> planWith(LocalDate date, Occasion personal) {
        Situation.Plan plan = situation.plan();
        if (plan.occasion().equals(Optional.of(personal))) {
            return Optional.empty();
        }
        if (plan.occasion().isPresent() && (namedUntil.isEmpty() || !date.isAfter(namedUntil.get()))) {
            return Optional.of(plan);
        }
        return Optional.of(new Situation.Plan(plan.action(), plan.purpose(), Optional.of(personal), true, plan.message()));
    }

    /**
     * A number for what a day's occasion facts are worked out from (its plan, {@link #planOn}, and the
     * occasion its date makes): two days with the same number have the same plan and the same occasion of
     * the date. Plain arithmetic, so the look-again walk can tell days apart without making a plan per day.
     */
    int occasionInputsOn(LocalDate date) {
        Situation.Plan plan = situation.plan();
        int kinds = Occasion.values().length + 1;
        int ofTheDate = Facts.inferredOccasion(date).map(o -> o.ordinal() + 1).orElse(0);
        if (plan.occasion().isPresent() && (namedUntil.isEmpty() || !date.isAfter(namedUntil.get()))) {
            return ofTheDate;
        }
        return (1 + personalOccasion(date).map(o -> o.ordinal() + 1).orElse(0)) * kinds + ofTheDate;
    }

    /** The ex's birthday or the anniversary, when the date is one the person gave. */
    private Optional<Occasion> personalOccasion(LocalDate date) {
        if (falls(situation.dates().exBirthday(), date)) {
            return Optional.of(Occasion.BIRTHDAY);
        }
        if (falls(situation.dates().anniversary(), date)) {
            return Optional.of(Occasion.ANNIVERSARY);
        }
        return Optional.empty();
    }

    /** Whether the date given falls on the month and day of {@code date} (read for every day of the look-again walk). */
    private static boolean falls(Optional<LocalDate> given, LocalDate date) {
        return given.isPresent() && given.get().getMonthValue() == date.getMonthValue()
                && given.get().getDayOfMonth() == date.getDayOfMonth();
    }

    /** Whether the occasion falls on this date, as far as the date (and the dates given) tell. */
    private boolean fallsOn(Occasion occasion, LocalDate date) {
        return Facts.inferredOccasion(date).equals(Optional.of(occasion))
                || personalOccasion(date).equals(Optional.of(occasion));
    }

    /**
     * The occasion's next run of days from today (25 and 26 December for Christmas named on the 25th),
     * or empty when its day is not known within a year.
     */
    Optional<OccasionDays> nextRun(Occasion occasion) {
        LocalDate today = situation.today();
        for (int n = 0; n <= Projection.MAX_DAYS; n++) {
            LocalDate date = today.plusDays(n);
            if (fallsOn(occasion, date)) {
                LocalDate last = date;
                while (fallsOn(occasion, last.plusDays(1))) {
                    last = last.plusDays(1);
                }
                return Optional.of(new OccasionDays(occasion, date, last));
            }
        }
        return Optional.empty();
    }

    /** Why a day is hard for this person, whatever the advice does on it. */
    Set<Timeline.Mark> hardDayMarks(LocalDate date) {
        Set<Timeline.Mark> marks = EnumSet.noneOf(Timeline.Mark.class);
        MonthDay day = MonthDay.from(date);
        if (day.equals(MonthDay.of(2, 14))) {
            marks.add(Timeline.Mark.VALENTINES_DAY);
        }
        if (day.equals(MonthDay.of(12, 25))) {
            marks.add(Timeline.Mark.CHRISTMAS);
        }
        if (day.equals(MonthDay.of(12, 31)) || day.equals(MonthDay.of(1, 1))) {
            marks.add(Timeline.Mark.NEW_YEAR);
        }
        if (falls(situation.dates().exBirthday(), date)) {
            marks.add(Timeline.Mark.EX_BIRTHDAY);
        }
        if (falls(situation.dates().anniversary(), date)) {
            marks.add(Timeline.Mark.ANNIVERSARY);
        }
        return marks;
    }
}
