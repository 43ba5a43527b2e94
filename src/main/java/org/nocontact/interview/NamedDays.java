package org.nocontact.interview;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Days people name by what happened on them ("christmas", "just after new year") or by a season ("last summer"). */
final class NamedDays {
    private NamedDays() {
    }

    /** Days people name a breakup by, with their day and month. */
    private static final Map<String, MonthDay> HOLIDAYS = Map.ofEntries(
            Map.entry("christmas", MonthDay.of(12, 25)), Map.entry("christmas day", MonthDay.of(12, 25)),
            Map.entry("christmas eve", MonthDay.of(12, 24)), Map.entry("boxing day", MonthDay.of(12, 26)),
            Map.entry("new year's eve", MonthDay.of(12, 31)), Map.entry("new years eve", MonthDay.of(12, 31)),
            Map.entry("nye", MonthDay.of(12, 31)), Map.entry("new year's day", MonthDay.of(1, 1)),
            Map.entry("new years day", MonthDay.of(1, 1)), Map.entry("new year's", MonthDay.of(1, 1)),
            Map.entry("new years", MonthDay.of(1, 1)), Map.entry("new year", MonthDay.of(1, 1)),
            Map.entry("valentines", MonthDay.of(2, 14)), Map.entry("valentine's", MonthDay.of(2, 14)),
            Map.entry("valentines day", MonthDay.of(2, 14)), Map.entry("valentine's day", MonthDay.of(2, 14)),
            Map.entry("halloween", MonthDay.of(10, 31)));
    private static final Pattern HOLIDAY = Pattern.compile("(?:(around|after|just after|right after|before|just before"
            + "|right before) )?(?:on |at |over |last |this )?(?:the )?(" + String.join("|", HOLIDAYS.keySet()) + ")");
    private static final Pattern SEASON = Pattern.compile("(?:(?:last|this|in|in the|over the|during the|during|early"
            + "|late|mid|the end of|end of|start of|the start of) )*(?:the )?(summer|winter|spring|fall|autumn)(?: break| holidays)?");

    /**
     * "christmas", "on valentines day": that day, the last one on or before today, said back.
     * "around christmas", "just after new year": asked back once with the nearest day, which a yes
     * takes. "last summer": a season is asked for by its month, never guessed.
     */
    static Optional<DateAnswers.Reading> read(String text, LocalDate today) {
        Matcher named = HOLIDAY.matcher(text);
        if (named.matches()) {
            MonthDay day = HOLIDAYS.get(named.group(2));
            LocalDate date = day.atYear(today.getYear()).isAfter(today) ? day.atYear(today.getYear() - 1)
                    : day.atYear(today.getYear());
            if (named.group(1) == null) {
                return Optional.of(DateAnswers.Reading.day(date, true));
            }
            LocalDate near = named.group(1).endsWith("after") ? date.plusDays(1)
                    : named.group(1).endsWith("before") ? date.minusDays(1) : date;
            return Optional.of(DateAnswers.Reading.suggest("Did you mean " + text + ", " + DateAnswers.longDate(near, today)
                    + "? Type yes, or give the day another way.", near.toString()));
        }
        if (SEASON.matcher(text).matches()) {
            return Optional.of(DateAnswers.Reading.ask("Roughly which month was that? A guess is fine, like mid July or early March."));
        }
        return Optional.empty();
    }
}
