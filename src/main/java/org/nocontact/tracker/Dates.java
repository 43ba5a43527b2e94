package org.nocontact.tracker;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a person reads them: "Saturday 31 March", with the year when it is not this year's. */
public final class Dates {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Dates() {
    }

    public static String longDate(LocalDate date, LocalDate today) {
        return (date.getYear() == today.getYear() ? LONG : LONG_WITH_YEAR).format(date);
    }

    /**
     * When a period begins, as seen from today: "began on Friday 4 December", "begins today",
     * "begins tomorrow, Friday 11 December", "begins on Tuesday 15 December, in 3 days".
     */
    public static String begins(LocalDate since, LocalDate today) {
        long ahead = java.time.temporal.ChronoUnit.DAYS.between(today, since);
        if (ahead < 0) {
            return "began on " + longDate(since, today);
        }
        if (ahead == 0) {
            return "begins today, " + longDate(since, today);
        }
        return ahead == 1 ? "begins tomorrow, " + longDate(since, today)
                : "begins on " + longDate(since, today) + ", in " + days(ahead);
    }

    /** "Sun 14 Feb": for lists where space is short. */
    public static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    /** "1 day", "2 days". */
    public static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
