package org.nocontact.interview;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nocontact.text.Texts;

/**
 * Dates as people type them: 2027-02-14, 14/02/2027, 14 Feb, Feb 14th, today, yesterday, tomorrow,
 * 3 weeks ago, last Fri, in 2 days. A day without a year is the last one on or before today. A date
 * that reads two ways (03/04) is a question back, never a guess.
 */
final class DateAnswers {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_WITH_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    static final String NUMBER = "(\\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a couple of|a couple|couple of|couple|a few|few)";
    static final String UNIT = "(day|week|month|year)s?";
    private static final String MONTH = "(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august"
            + "|sep|sept|september|oct|october|nov|november|dec|december)\\.?";
    private static final String WEEKDAY = "(mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday"
            + "|sat|saturday|sun|sunday)";

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AGO = Pattern.compile(NUMBER + " " + UNIT + " ago");
    private static final Pattern AHEAD = Pattern.compile("in " + NUMBER + " " + UNIT + "|" + NUMBER + " " + UNIT + " from now");
    private static final Pattern PAST_WEEKDAY = Pattern.compile("(?:last |on |this past |past )?" + WEEKDAY);
    private static final Pattern NEXT_WEEKDAY = Pattern.compile("(?:next|this|this coming|coming) " + WEEKDAY);
    private static final Pattern DAY_MONTH = Pattern.compile("(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTH + "(?:,? (\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?");
    static final Pattern MONTH_ONLY = Pattern.compile("(?:last |in |early |late |mid |in early |in late |in mid |(?:at |around |towards )?(?:the )?"
            + "(?:end|start|beginning|middle) of (?:last )?)?" + MONTH
            + "(?: (\\d{4}))?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}|\\d{2}))?");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("a couple of", 2), Map.entry("a couple", 2),
            Map.entry("couple of", 2), Map.entry("couple", 2), Map.entry("a few", 3), Map.entry("few", 3));

    /**
     * A date read from an answer: the day (and whether to say back how it was read, for anything but a
     * full date), or a question to put back to the person.
     */
    record Reading(Optional<LocalDate> date, boolean sayHowRead, Optional<String> question, Optional<String> suggestion,
                   Optional<String> said) {
        static Reading day(LocalDate date, boolean sayHowRead) {
            return new Reading(Optional.of(date), sayHowRead, Optional.empty(), Optional.empty(), Optional.empty());
        }

        /** A day named ("the day after thanksgiving"), said back by its name ("The day after Thanksgiving"). */
        static Reading named(LocalDate date, String said) {
            return new Reading(Optional.of(date), true, Optional.empty(), Optional.empty(), Optional.of(said));
        }

        static Reading ask(String question) {
            return new Reading(Optional.empty(), false, Optional.of(question), Optional.empty(), Optional.empty());
        }

        /** A question back with the nearest reading, which a yes takes. */
        static Reading suggest(String question, String answer) {
            return new Reading(Optional.empty(), false, Optional.of(question), Optional.of(answer), Optional.empty());
        }
    }

    private DateAnswers() {
    }

    /** How dates can be written, with an example from the past (never a day that has not come yet). */
    static String forms(LocalDate today) {
        LocalDate example = today.minusWeeks(3);
        return "a date like " + SHORT.format(example) + ", " + example + ", yesterday or 3 weeks ago";
    }

    /** "Wednesday 17 February", with the year when it is not this year's. */
    static String longDate(LocalDate date, LocalDate today) {
        return (date.getYear() == today.getYear() ? LONG : LONG_WITH_YEAR).format(date);
    }

    static Optional<LocalDate> parse(String answer, LocalDate today) {
        return read(answer, today).date();
    }

    static Reading read(String answer, LocalDate today) {
        return read(answer, answer, today);
    }

    /** "end of oct", "in nov": the words, each month named in full ("end of October", "in November"). */
    static String monthsInFull(String words) {
        Matcher month = Pattern.compile("\\b" + MONTH + "(?=\\s|$)").matcher(words);
        StringBuilder out = new StringBuilder();
        while (month.find()) {
            month.appendReplacement(out, java.time.Month.of(month(month.group(1)))
                    .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
        }
        return month.appendTail(out).toString();
    }

    /** A hedge after the day ("july maybe", "the 4th i think"): the day, before it. */
    private static final Pattern HEDGED_AFTER = Pattern.compile("(.+?),? (?:maybe|i think|probably|prob|i guess|i believe"
            + "|or so|roughly|ish)\\??");

    /** "a fortnight", "one fortnight": two weeks. */
    private static final Pattern FORTNIGHT = Pattern.compile("\\b(?:a|one) fortnight\\b");
    /** "at the start of the month", "early this month": a part of this month, said as its name. */
    private static final Pattern THIS_MONTH = Pattern.compile("\\b((?:start|beginning|middle|end) of|early|mid|late) (?:this|the)"
            + " month\\b");

    /** "at the start of the month": this month, by its name ("at the start of march 2027"). */
    private static String thisMonthByName(String text, LocalDate today) {
        return THIS_MONTH.matcher(text).replaceAll("$1 " + today.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                Locale.ENGLISH).toLowerCase(Locale.ROOT) + " " + today.getYear());
    }

    /** "last month", "end of last month", "sometime last month": said as the month it was. */
    private static final Pattern LAST_MONTH = Pattern.compile("(?:(?:sometime|some time|during|in|over) )?(.*?)\\blast month");

    /**
     * "last month" is some day in the month before today's, never exactly a month ago: its name ("february 2027",
     * "end of february 2027"), so it is asked about as "in February" is ("Roughly which day in February?").
     */
    static String lastMonthByName(String text, LocalDate today) {
        Matcher last = LAST_MONTH.matcher(text);
        if (!last.matches()) {
            return text;
        }
        LocalDate month = today.minusMonths(1);
        return last.group(1) + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                .toLowerCase(Locale.ROOT) + " " + month.getYear();
    }

    private static final Pattern DAY_ONLY = Pattern.compile(
            "(?:(?:around|about|like|maybe|probably|prob) )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: maybe| i think)?\\??");

    /**
     * "15" typed after "Roughly which day in March?" (asked of "last march"): that day of the month said
     * before, as "15 march"; empty unless {@code before} named a month only and {@code typed} is a day of it.
     */
    static Optional<String> dayOfTheMonthSaid(String before, String typed, LocalDate today) {
        String said = lastMonthByName(before.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), today);
        Matcher month = MONTH_ONLY.matcher(HEDGED_AFTER.matcher(said).replaceFirst("$1")); // "july maybe": july
        // "the 3rd, just after our anniversary": the day said first, with why after it
        Matcher day = DAY_ONLY.matcher(typed.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").split("[,;.]", 2)[0].trim());
        if (!month.matches() || !day.matches()) {
            return Optional.empty();
        }
        return Optional.of(day.group(1) + " " + month.group(1) + (month.group(2) == null ? "" : " " + month.group(2)));
    }

    /** Whether the words speak of a day at all: a day, or one to ask about ("last march": which day in March?). */
    static boolean speaksOfADay(String answer, LocalDate today) {
        // the day itself, not words before it
        return !read(answer, answer, today, Optional.empty()).equals(unreadable(answer, today));
    }

    /** The answer read as a date; a misread quotes {@code typed}, the words as they were typed. */
    static Reading read(String answer, String typed, LocalDate today) {
        return DayAmongWords.on(today).read(answer, typed);
    }

    /**
     * As {@link #read(String, String, LocalDate)}, the words around a day looked into by {@code among} (which reads each
     * of their parts once); without it, they are not looked into.
     */
    static Reading read(String answer, String typed, LocalDate today, Optional<DayAmongWords> among) {
        // "few weeks back", "2 months back": back is ago
        String text = thisMonthByName(FORTNIGHT.matcher(lastMonthByName(answer.trim().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").replaceFirst(" back$", " ago")
                .replaceFirst(" ago today$", " ago"), today)).replaceAll("2 weeks"), today); // "3 weeks ago today": that day
        Matcher hedged = HEDGED_AFTER.matcher(text);
        if (hedged.matches()) { // "july maybe", "the 4th i think": read without the hedge, a day said back
            Reading without = again(hedged.group(1), typed, today, among);
            return without.date().map(date -> Reading.day(date, true)).orElse(without);
        }
        if (text.contains("-ish")) { // "yesterday-ish", "2 months ago-ish": near that day, asked back with it
            String rough = text.replaceAll("-ish\\b", "");
            Reading near = again(rough, rough, today, among); // "did a month ago-ish" is no day unless parts are looked into
            return near.date().filter(date -> !date.isAfter(today))
                    .map(date -> Reading.suggest("Did you mean " + rough + ", " + longDate(date, today)
                            + "? Type yes, or give the day another way.", date.toString()))
                    .orElseGet(() -> near.date().isPresent() ? unreadable(typed, today) : near);
        }
        Optional<LocalDate> named = switch (text) {
            case "today", "now", "tonight", "this morning", "this afternoon", "this evening", "earlier today", "earlier",
                 "just now", "an hour ago", "a few hours ago", "just today" -> Optional.of(today);
            case "yesterday", "last night", "yesterday night", "yesterday morning", "yesterday evening",
                 "yesterday afternoon" -> Optional.of(today.minusDays(1));
            case "the day before yesterday", "day before yesterday" -> Optional.of(today.minusDays(2));
            case "tomorrow" -> Optional.of(today.plusDays(1));
            case "last week" -> Optional.of(today.minusWeeks(1));
            default -> Optional.empty();
        };
        if (named.isPresent()) {
            return Reading.day(named.get(), !text.equals("today"));
        }
        if (ISO.matcher(text).matches()) {
            try {
                return Reading.day(LocalDate.parse(text), false);
            } catch (DateTimeParseException e) {
                return unreadable(typed, today);
            }
        }
        return relative(text, today).map(date -> Reading.day(date, true))
                .or(() -> calendar(text, today))
                .or(() -> NamedDays.read(text, today))
                .or(() -> RoughDays.read(text, today))
                .or(() -> DateTypos.read(text, today))
                .or(() -> RoughDays.theDayOfTheMonth(text, today))
                .or(() -> withoutTheHour(text, today, among))
                .or(() -> among.flatMap(words -> words.inParts(text)))
                .orElseGet(() -> unreadable(typed, today));
    }

    /** Other words read as the answer was: by {@code among} where it looks into parts, so each is read once. */
    private static Reading again(String answer, String typed, LocalDate today, Optional<DayAmongWords> among) {
        return among.map(words -> words.read(answer, typed)).orElseGet(() -> read(answer, typed, today, Optional.empty()));
    }

    /** "last night 3am", "yesterday around 3", "monday at 10:30pm": the hour does not change the day. */
    private static final Pattern AN_HOUR = Pattern.compile("(.+?),? (?:at |around |about |like |by |after |before )?"
            + "(?:(?:1[0-2]|0?[1-9])(?::[0-5]\\d)? ?(?:am|pm|a\\.m\\.|p\\.m\\.)?|(?:[01]?\\d|2[0-3]):[0-5]\\d|midnight|noon"
            + "|in the (?:morning|afternoon|evening|night)|at night|night|morning|afternoon|evening)(?: ?ish)?");

    private static Optional<Reading> withoutTheHour(String text, LocalDate today, Optional<DayAmongWords> among) {
        Matcher hour = AN_HOUR.matcher(text);
        if (!hour.matches()) {
            return Optional.empty();
        }
        // the day before the hour is looked into in parts, even where the words around it are not
        Reading day = among.orElseGet(() -> DayAmongWords.on(today)).read(hour.group(1), hour.group(1));
        return day.date().isPresent() || day.suggestion().isPresent() ? Optional.of(day) : Optional.empty();
    }

    /**
     * A read whose day could not be read, quoting {@code typed}, the words as the person typed them ("kinda i havent
     * ..."), never the words a reader made of them: for a reader that reads a day out of words it has normalised.
     */
    static <T> AnswerReader.Parsed<T> quotingWhatWasTyped(AnswerReader.Parsed<T> read, String typed) {
        String quoted = "I couldn't read \"" + Texts.printable(Texts.abbreviate(typed.trim(), 40)) + "\"";
        return read.problem().filter(problem -> problem.startsWith("I couldn't read \""))
                .map(problem -> new AnswerReader.Parsed<>(read.value(), read.shown(), read.note(),
                        Optional.of(problem.replaceFirst("^I couldn't read \"[^\"]*\"", Matcher.quoteReplacement(quoted))),
                        read.suggestion()))
                .orElse(read);
    }

    private static Reading unreadable(String answer, LocalDate today) {
        return Reading.ask("I couldn't read \"" + Texts.printable(Texts.abbreviate(answer, 40)) + "\" as a date. "
                + "Please give " + forms(today) + ".");
    }

    /**
     * "in 70 days", "2 months from now" typed where a day that has passed is asked: the same length back ("70 days
     * ago"), the nearest reading to ask back with; empty for any other answer.
     */
    static Optional<String> backInsteadOfAhead(String answer) {
        Matcher ahead = AHEAD.matcher(AnswerReader.plain(answer));
        if (!ahead.matches()) {
            return Optional.empty();
        }
        boolean first = ahead.group(1) != null;
        return Optional.of(ahead.group(first ? 1 : 3) + " " + ahead.group(first ? 2 : 4)
                + (ahead.group(0).contains(ahead.group(first ? 2 : 4) + "s") ? "s" : "") + " ago");
    }

    /** 3 weeks ago, in 2 days, last Fri, next Friday. */
    private static Optional<LocalDate> relative(String text, LocalDate today) {
        Matcher ago = AGO.matcher(text);
        if (ago.matches()) {
            return Optional.of(shift(today, -count(ago.group(1)), ago.group(2)));
        }
        Matcher ahead = AHEAD.matcher(text);
        if (ahead.matches()) {
            boolean first = ahead.group(1) != null;
            return Optional.of(shift(today, count(ahead.group(first ? 1 : 3)), ahead.group(first ? 2 : 4)));
        }
        Matcher past = PAST_WEEKDAY.matcher(text);
        if (past.matches()) {
            return Optional.of(nearest(weekday(past.group(1)), today, -1));
        }
        Matcher next = NEXT_WEEKDAY.matcher(text);
        if (next.matches()) {
            return Optional.of(nearest(weekday(next.group(1)), today, 1));
        }
        return Optional.empty();
    }

    /** The nearest such weekday before (step -1) or after (step 1) today, never today itself. */
    static LocalDate nearest(DayOfWeek day, LocalDate today, int step) {
        LocalDate date = today.plusDays(step);
        while (date.getDayOfWeek() != day) {
            date = date.plusDays(step);
        }
        return date;
    }

    static int count(String number) {
        return WORDS.containsKey(number) ? WORDS.get(number) : Integer.parseInt(number);
    }

    static LocalDate shift(LocalDate today, int n, String unit) {
        return switch (unit) {
            case "day" -> today.plusDays(n);
            case "week" -> today.plusWeeks(n);
            case "month" -> today.plusMonths(n);
            default -> today.plusYears(n);
        };
    }

    static DayOfWeek weekday(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** 14 Feb, Feb 14th, 14/02/2027; 03/04 is asked back. */
    static Optional<Reading> calendar(String text, LocalDate today) {
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.matches()) {
            return Optional.of(dayOf(Integer.parseInt(dayMonth.group(1)), month(dayMonth.group(2)), dayMonth.group(3), today));
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.matches()) {
            return Optional.of(dayOf(Integer.parseInt(monthDay.group(2)), month(monthDay.group(1)), monthDay.group(3), today));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (!numeric.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(numeric.group(1));
        int second = Integer.parseInt(numeric.group(2));
        String year = numeric.group(3);
        if (first > 12 || second > 12 || first == second) {
            return Optional.of(first > 12 || first == second ? dayOf(first, second, year, today) : dayOf(second, first, year, today));
        }
        Reading dayFirst = dayOf(first, second, year, today);
        Reading monthFirst = dayOf(second, first, year, today);
        if (dayFirst.date().isEmpty() || monthFirst.date().isEmpty()) {
            return Optional.of(dayFirst.date().isPresent() ? dayFirst : monthFirst);
        }
        String one = SHORT.format(dayFirst.date().get());
        String other = SHORT.format(monthFirst.date().get());
        return Optional.of(Reading.ask(text + " could be " + one + " or " + other + ". Which do you mean? "
                + "Please type " + one + " or " + other + "."));
    }

    static int month(String name) {
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (name.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** A day and month in the given year, or else the last such day on or before today. */
    private static Reading dayOf(int day, int month, String year, LocalDate today) {
        try {
            if (year != null) {
                int y = Integer.parseInt(year);
                return Reading.day(LocalDate.of(year.length() == 2 ? 2000 + y : y, month, day), false);
            }
            MonthDay monthDay = MonthDay.of(month, day);
            LocalDate date = monthDay.atYear(today.getYear());
            // Said back only when it is last year's: this year's needs no reading back.
            return date.isAfter(today) ? Reading.day(monthDay.atYear(today.getYear() - 1), true) : Reading.day(date, false);
        } catch (DateTimeException e) {
            return Reading.ask("There is no such day as " + day + "/" + month + (year == null ? "" : "/" + year)
                    + ". Please give " + forms(today) + ".");
        }
    }
}
