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

    /** "Sun 14 Feb": for lists where space is short. */
    public static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    /** "1 day", "2 days". */
    public static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
