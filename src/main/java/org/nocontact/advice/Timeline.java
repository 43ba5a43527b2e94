package org.nocontact.advice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nocontact.json.Named;

/**
 * What the days ahead hold for one person ({@code check --ahead}): the days after {@code today}, up
 * to {@code days} of them, on which the advice changes or that are hard (the period's end, a
 * romantic or family day, the ex's birthday or the anniversary), in date order.
 */
public record Timeline(LocalDate today, int days, ProjectedDay start, List<Entry> entries) {
    public Timeline {
        entries = List.copyOf(entries);
    }

    /** Why a day is listed. */
    public enum Mark implements Named {
        ADVICE_CHANGES("advice-changes", "the advice changes"),
        PERIOD_COMPLETE("period-complete", "your no-contact period is complete"),
        VALENTINES_DAY("valentines-day", "Valentine's Day"),
        CHRISTMAS("christmas", "Christmas Day"),
        NEW_YEAR("new-year", "New Year"),
        EX_BIRTHDAY("ex-birthday", "their birthday"),
        ANNIVERSARY("anniversary", "your anniversary");

        private final String wireName;
        private final String words;

        Mark(String wireName, String words) {
            this.wireName = wireName;
            this.words = words;
        }

        @Override
        public String wireName() {
            return wireName;
        }

        /** How a person reads it: "Valentine's Day", "the advice changes". */
        public String words() {
            return words;
        }
    }

    /** A listed day: what it holds, and why it is listed. */
    public record Entry(ProjectedDay day, Set<Mark> marks) {
        public Entry {
            marks = Set.copyOf(EnumSet.copyOf(marks));
        }

        public LocalDate date() {
            return day.date();
        }
    }
}
