package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days said roughly ("last March", "end of October", "2 weeks", "the other day", "not sure"): asked back
 * with the nearest day where there is one, which a yes takes, and asked for otherwise, never guessed.
 */
final class RoughDays {
    private RoughDays() {
    }

    private static final Pattern UNSURE = Pattern.compile("(?:i'?m )?not sure|(?:i )?don'?t know|idk|no idea|can'?t remember"
            + "|(?:i )?don'?t remember|unsure");

    /** Whether the words are only a doubt ("not sure", "idk"), with no day in them. */
    static boolean doubtAlone(String text) {
        return UNSURE.matcher(text.trim()).matches();
    }

    /** "2 weeks", "a month": a length of time where a day is asked for, most likely meant as that long ago. */
    private static final Pattern SPAN = Pattern.compile(DateAnswers.NUMBER + " " + DateAnswers.UNIT);

    /**
     * "end of October", "mid March", "early june": the part of the month says which day is nearest, so
     * it is asked back once with that day ("Did you mean the end of October, Saturday 31 October?"),
     * which a yes takes; a month alone ("in October") has no nearest day, and is asked for.
     */
    private static Optional<DateAnswers.Reading> partOfTheMonth(String text, java.time.Month which, Optional<String> year,
                                                    LocalDate today) {
        String name = which.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        String words = " " + text + " ";
        int lastDay = which == java.time.Month.FEBRUARY ? 28 : which.maxLength();
        record Part(String said, int day) {
        }
        Optional<Part> part = words.contains(" end ") ? Optional.of(new Part("the end of " + name, lastDay))
                : words.contains(" late ") ? Optional.of(new Part("late " + name, 25))
                : words.contains(" mid ") || words.contains(" middle ") ? Optional.of(new Part("mid " + name, 15))
                : words.contains(" early ") ? Optional.of(new Part("early " + name, 5))
                : words.contains(" start ") || words.contains(" beginning ") ? Optional.of(new Part("the start of " + name, 1))
                : Optional.empty();
        return part.flatMap(p -> {
            String typedBack = p.day() + " " + name + year.map(y -> " " + y).orElse("");
            return DateAnswers.calendar(typedBack.toLowerCase(Locale.ROOT), today).flatMap(DateAnswers.Reading::date)
                    .map(date -> DateAnswers.Reading.suggest("Did you mean " + p.said() + ", " + DateAnswers.longDate(date, today)
                            + "? Type yes, or give the day another way.", typedBack));
        });
    }

    /**
     * A rough month given where one was asked for: "mid july" after "Roughly which month of the summer?" (or after
     * "Did you mean mid July, ...?") is that part of the month, a month alone after a season its middle; as the day
     * to read ("15 july"). Never asked back again: it is what was asked for.
     */
    static Optional<String> monthAsAsked(String before, String typed, LocalDate today) {
        Matcher month = DateAnswers.MONTH_ONLY.matcher(typed);
        if (!month.matches()) {
            return Optional.empty();
        }
        java.time.Month which = java.time.Month.of(DateAnswers.month(month.group(1)));
        Optional<String> part = partOfTheMonth(typed, which, Optional.ofNullable(month.group(2)), today)
                .flatMap(DateAnswers.Reading::suggestion);
        return part.isPresent() ? part : NamedDays.season(before)
                ? Optional.of("15 " + month.group(1) + (month.group(2) == null ? "" : " " + month.group(2))) : Optional.empty();
    }

    /** How a rough month given as asked is said back: "Mid July", or "July, about the middle" for a month alone. */
    static String saidBack(String typed) {
        String said = AnswerReader.properCase(DateAnswers.monthsInFull(typed));
        Matcher month = DateAnswers.MONTH_ONLY.matcher(typed);
        return month.matches() && typed.trim().matches("(?:in )?" + month.group(1) + "(?: \\d{4})?") ? said + ", about the middle" : said;
    }

    /** "last March", "not sure": a rough day is fine, and is asked for rather than guessed. */
    static Optional<DateAnswers.Reading> read(String text, LocalDate today) {
        Matcher month = DateAnswers.MONTH_ONLY.matcher(text);
        if (month.matches()) {
            java.time.Month which = java.time.Month.of(DateAnswers.month(month.group(1)));
            String name = which.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            Optional<DateAnswers.Reading> nearest = partOfTheMonth(text, which, Optional.ofNullable(month.group(2)), today);
            return nearest.or(() -> Optional.of(DateAnswers.Reading.ask("Roughly which day in " + name + "? A guess is fine, like 15 "
                    + name + ".")));
        }
        if (UNSURE.matcher(text).matches() || A_WHILE.matcher(text).matches()) {
            return Optional.of(DateAnswers.Reading.ask("A rough day is fine, like 3 weeks ago or 2 months ago."));
        }
        Optional<DateAnswers.Reading> near = nearDay(text, today);
        if (near.isPresent()) {
            return near;
        }
        Matcher span = SPAN.matcher(text);
        if (span.matches()) {
            LocalDate date = DateAnswers.shift(today, -DateAnswers.count(span.group(1)), span.group(2));
            String ago = text + " ago";
            return Optional.of(DateAnswers.Reading.suggest("Did you mean " + ago + ", " + DateAnswers.longDate(date, today)
                    + "? Type yes, or give the day another way.", ago));
        }
        return Optional.empty();
    }

    /** "a while ago", "ages ago": long ago, but how long is asked. */
    private static final Pattern A_WHILE = Pattern.compile("(?:a )?(?:while|long time|ages|some time)(?: ago)?");

    /** "last weekend", "the other day": a day near enough to offer, asked back with it ("Did you mean ...?"). */
    private static Optional<DateAnswers.Reading> nearDay(String text, LocalDate today) {
        Optional<LocalDate> day = switch (text) {
            case "last weekend", "over the weekend", "at the weekend", "on the weekend", "this weekend" ->
                    Optional.of(today.with(java.time.temporal.TemporalAdjusters.previous(java.time.DayOfWeek.SATURDAY)));
            case "the other day", "some days ago" -> Optional.of(today.minusDays(3));
            default -> Optional.empty();
        };
        return day.map(d -> DateAnswers.Reading.suggest("Did you mean " + text + ", " + DateAnswers.longDate(d, today)
                + "? Type yes, or give the day another way.", d.toString()));
    }

    /** "the 14th", "on the 3rd": a day of the month, with no month said. */
    private static final Pattern THE_DAY = Pattern.compile("(?:on )?(?:the (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th))");

    /** "the 14th": the last such day on or before today (this month's, or last month's), said back with its weekday. */
    static Optional<DateAnswers.Reading> theDayOfTheMonth(String text, LocalDate today) {
        Matcher day = THE_DAY.matcher(text);
        if (!day.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(day.group(1) != null ? day.group(1) : day.group(2));
        if (number < 1 || number > 31) {
            return Optional.empty();
        }
        LocalDate month = today.withDayOfMonth(1);
        for (int back = 0; back < 3; back++, month = month.minusMonths(1)) {
            if (number <= month.lengthOfMonth() && !month.withDayOfMonth(number).isAfter(today)) {
                return Optional.of(DateAnswers.Reading.day(month.withDayOfMonth(number), true));
            }
        }
        return Optional.empty();
    }
}
