package org.nocontact.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and day counts as a person reads them: "Wednesday 31 March 2027", "1 day", "19 days".
 * ISO dates are for JSON only.
 */
public final class DayWords {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    /** "days" or "more days" right after a count, up to the next word. */
    private static final Pattern DAYS_AFTER_A_COUNT = Pattern.compile("^(\\s+(?:more\\s+)?)days\\b");

    private DayWords() {
    }

    /** "Wednesday 31 March 2027". */
    public static String date(LocalDate date) {
        return LONG.format(date);
    }

    /** "1 day", "2 days". */
    public static String days(long count) {
        return count + (count == 1 ? " day" : " days");
    }

    /** "tomorrow", "in 19 days" (and "today" for a day not after today). */
    public static String inDays(long count) {
        if (count <= 0) {
            return "today";
        }
        return count == 1 ? "tomorrow" : "in " + days(count);
    }

    /**
     * The text that follows a count in a template, made to agree with it: after a count of 1,
     * " days" and " more days" read " day" and " more day".
     */
    static String agreeWithCount(Object count, String following) {
        if (!Integer.valueOf(1).equals(count)) {
            return following;
        }
        Matcher days = DAYS_AFTER_A_COUNT.matcher(following);
        return days.find() ? days.replaceFirst("$1day") : following;
    }
}
