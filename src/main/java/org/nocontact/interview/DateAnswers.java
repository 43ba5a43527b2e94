package org.nocontact.interview;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as people type them: 2027-02-14, today, yesterday, 3 weeks ago, a month ago, last Friday. */
final class DateAnswers {
    static final String FORMS = "a date like 2027-02-14, or today, yesterday, 3 days ago, 2 weeks ago, last Friday";

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AGO = Pattern.compile("(\\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(day|week|month|year)s?\\s+ago");
    private static final Pattern WEEKDAY = Pattern.compile("(?:last\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private DateAnswers() {
    }

    static Optional<LocalDate> parse(String answer, LocalDate today) {
        String text = answer.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.equals("today")) {
            return Optional.of(today);
        }
        if (text.equals("yesterday")) {
            return Optional.of(today.minusDays(1));
        }
        if (ISO.matcher(text).matches()) {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher ago = AGO.matcher(text);
        if (ago.matches()) {
            String count = ago.group(1);
            int n = WORDS.containsKey(count) ? WORDS.get(count) : Integer.parseInt(count);
            return Optional.of(switch (ago.group(2)) {
                case "day" -> today.minusDays(n);
                case "week" -> today.minusWeeks(n);
                case "month" -> today.minusMonths(n);
                default -> today.minusYears(n);
            });
        }
        Matcher weekday = WEEKDAY.matcher(text);
        if (weekday.matches()) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
            LocalDate date = today.minusDays(1);
            while (date.getDayOfWeek() != day) {
                date = date.minusDays(1);
            }
            return Optional.of(date);
        }
        return Optional.empty();
    }
}
