package org.nocontact.tracker;

import java.time.LocalDate;
import java.util.Optional;
import org.nocontact.rules.Verdict;

/**
 * A day ahead worth knowing about: the period's end, a romantic or family holiday, the ex's
 * birthday or the anniversary; with that day's verdict for the kept plan and one line of why
 * (both empty when no answers are kept).
 */
public record HardDay(LocalDate date, What what, Optional<Verdict> verdict, Optional<String> why) {
    /** What makes the day hard, in words for the person (full) and for a shared calendar (discreet). */
    public enum What implements org.nocontact.json.Named {
        PERIOD_COMPLETE("period-complete", "your period is complete", "A day to check in with yourself"),
        VALENTINES_DAY("valentines-day", "Valentine's Day", "A day to be gentle with yourself"),
        CHRISTMAS("christmas", "Christmas Day", "A day to be gentle with yourself"),
        NEW_YEAR("new-year", "New Year", "A day to be gentle with yourself"),
        BIRTHDAY("birthday", "their birthday", "A day to be gentle with yourself"),
        ANNIVERSARY("anniversary", "your anniversary", "A day to be gentle with yourself"),
        ADVICE_CHANGES("advice-changes", "the advice changes", "A day to check in with yourself");

        private final String wire;
        private final String words;
        private final String discreet;

        What(String wire, String words, String discreet) {
            this.wire = wire;
            this.words = words;
            this.discreet = discreet;
        }

        @Override
        public String wireName() {
            return wire;
        }

        public String words() {
            return words;
        }

        /** The words for that day: New Year is New Year's Eve on 31 December and New Year's Day on 1 January. */
        public String words(LocalDate on) {
            if (this == NEW_YEAR) {
                return on.getMonthValue() == 12 ? "New Year's Eve" : "New Year's Day";
            }
            return words;
        }

        public String discreet() {
            return discreet;
        }
    }
}
