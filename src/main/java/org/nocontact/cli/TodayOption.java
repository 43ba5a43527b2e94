package org.nocontact.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.nocontact.interview.DateWords;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;

/**
 * --today, as people type a day: 2027-02-14, yesterday, tomorrow, 14 feb, last friday, in 3 days; read by the
 * interview's reader from the real today (a day without a year is the last one on or before it, as everywhere).
 */
final class TodayOption {
    /** The dates --today may be: every date worked out from it stays a four-digit year. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private TodayOption() {
    }

    /** The day {@code typed} names, counted from {@code realToday}; exit 2 with what to write when it names none. */
    static LocalDate read(String typed, LocalDate realToday) {
        String text = typed.trim();
        LocalDate date = iso(text).orElseGet(() -> inWords(text, realToday));
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw InputException.whole("--today", Texts.printable(text) + " is too far from now to plan with; give a date "
                    + "from " + EARLIEST + " to " + LATEST + ".");
        }
        return date;
    }

    /** A date written as ISO 8601, the far years included (+999999999-12-31): refused as too far, not as unreadable. */
    private static Optional<LocalDate> iso(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate inWords(String text, LocalDate realToday) {
        DateWords.Read read = DateWords.read(text, realToday);
        if (read instanceof DateWords.Unclear unclear) {
            String problem = unclear.fix();
            throw InputException.whole("--today", unclear.nearest().isPresent() ? problem // "end of october": its last day
                    : problem.startsWith("I couldn't read") ? "\"" + Texts.printable(text) + "\" is not a date; try "
                    + realToday + ", yesterday or 14 feb."
                    : problem.split("\\. ")[0] + "; write the day as YYYY-MM-DD, such as " + realToday + "."); // 03/04/2027
        }
        return ((DateWords.Day) read).date();
    }
}
