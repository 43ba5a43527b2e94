package org.nocontact.interview;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nocontact.text.Texts;

/**
 * Days people name by what happened on them ("christmas eve", "the day after thanksgiving", "thanksgiving
 * weekend", "my birthday") or by a season ("last summer"). Every day asked for here has passed, so a named
 * day is the last one on or before today.
 */
final class NamedDays {
    private NamedDays() {
    }

    private static final String HOLIDAY = "(" + String.join("|", Holiday.allNames().stream().map(Pattern::quote).toList()) + ")";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu"
            + "|thur|thurs|fri|sat|sun)";
    private static final String ON = "(?:(?:on|at|over|during|last|this|for) )*(?:the )?";
    private static final String YEAR = "(?: (\\d{4}))?";

    /** "christmas eve", "on thanksgiving 2025": that day. */
    private static final Pattern DAY = Pattern.compile(ON + HOLIDAY + YEAR);
    /** "the day after thanksgiving", "2 days before christmas": that many days from it. */
    private static final Pattern DAYS_FROM = Pattern.compile(ON + "(day|1 day|one day|2 days|two days|3 days|three days)"
            + " (after|before) (?:the )?" + HOLIDAY + YEAR);
    /** "the saturday after thanksgiving", "the friday before christmas": the nearest such weekday after or before it. */
    private static final Pattern WEEKDAY_FROM = Pattern.compile(ON + WEEKDAY + " (after|before) (?:the )?" + HOLIDAY + YEAR);
    /** "around christmas", "right after new year": near it, asked back with the nearest day. */
    private static final Pattern NEAR = Pattern.compile("(around|about|near|after|right after|shortly after|soon after"
            + "|before|right before|shortly before) " + ON + HOLIDAY + YEAR);
    /** "thanksgiving weekend", "over labor day weekend", "christmas break": a few days, asked which. */
    private static final Pattern WEEKEND = Pattern.compile(ON + HOLIDAY + " (weekend|long weekend|break|week|holiday"
            + "|holidays)" + YEAR);
    /** "the saturday of thanksgiving weekend", "thanksgiving friday", "easter monday": a day of its weekend. */
    private static final Pattern WEEKDAY_OF = Pattern.compile(ON + WEEKDAY + " (?:of|on|over) (?:the )?" + HOLIDAY
            + " (?:weekend|long weekend|break)" + YEAR + "|" + ON + HOLIDAY + " " + WEEKDAY + YEAR);
    /** "my birthday", "the day after her birthday", "our anniversary": a day only the person knows. */
    private static final Pattern THEIR_DAY = Pattern.compile(ON + "(?:(?:day|night|weekend|week) (?:after|before) "
            + "(?:the )?)?(my|your|her|his|their|them|our) (birthday|anniversary)(?: party| dinner| weekend)?");
    private static final Pattern SEASON = Pattern.compile("(?:(?:last|this|in|in the|over the|during the|during|early"
            + "|late|mid|the end of|end of|start of|the start of) )*(?:the )?(summer|winter|spring|fall|autumn)(?: break| holidays)?");

    /** A month in the middle of each season (the northern one), to give as an example of a rough month. */
    private static final java.util.Map<String, String> MIDDLE_OF = java.util.Map.of("summer", "mid July", "winter",
            "mid January", "spring", "mid April", "autumn", "mid October");

    /** Whether the words name a season ("in the summer", "last winter"), which is asked for by its month. */
    static boolean season(String text) {
        return SEASON.matcher(Everyday.unhedged(text).toLowerCase(java.util.Locale.ROOT)).matches();
    }

    /**
     * "christmas eve", "the day after thanksgiving": that day, the last one on or before today, said back with
     * its name ("The day after Thanksgiving: Friday 27 November."). "around christmas", "right before
     * thanksgiving": asked back once with the nearest day, which a yes takes. "thanksgiving weekend": asked
     * which of its days. "my birthday": asked for its day. "last summer": asked for by its month.
     */
    static Optional<DateAnswers.Reading> read(String text, LocalDate today) {
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) {
            Holiday holiday = Holiday.named(m.group(1)).orElseThrow();
            return Optional.of(named(year -> holiday.in(year), m.group(2), holiday.said(), today));
        }
        if ((m = DAYS_FROM.matcher(text)).matches()) {
            Holiday holiday = Holiday.named(m.group(3)).orElseThrow();
            int days = count(m.group(1)) * (m.group(2).equals("after") ? 1 : -1);
            String said = (Math.abs(days) == 1 ? "the day " : Math.abs(days) + " days ") + m.group(2) + " " + holiday.said();
            return Optional.of(named(year -> holiday.in(year).plusDays(days), m.group(4), said, today));
        }
        if ((m = WEEKDAY_FROM.matcher(text)).matches()) {
            Holiday holiday = Holiday.named(m.group(3)).orElseThrow();
            DayOfWeek weekday = DateAnswers.weekday(m.group(1));
            boolean after = m.group(2).equals("after");
            String said = "the " + name(weekday) + " " + m.group(2) + " " + holiday.said();
            return Optional.of(named(year -> DateAnswers.nearest(weekday, holiday.in(year), after ? 1 : -1), m.group(4), said, today));
        }
        if ((m = NEAR.matcher(text)).matches()) {
            Holiday holiday = Holiday.named(m.group(2)).orElseThrow();
            int step = m.group(1).endsWith("after") ? 1 : m.group(1).endsWith("before") ? -1 : 0;
            return Optional.of(nearDay(year -> holiday.in(year).plusDays(step), m.group(3), text, today));
        }
        if ((m = WEEKDAY_OF.matcher(text)).matches()) {
            boolean first = m.group(1) != null;
            Holiday holiday = Holiday.named(m.group(first ? 2 : 4)).orElseThrow();
            DayOfWeek weekday = DateAnswers.weekday(m.group(first ? 1 : 5));
            String year = m.group(first ? 3 : 6);
            return Optional.of(dayOfTheWeekend(holiday, weekday, year, today)
                    .orElseGet(() -> DateAnswers.Reading.ask(whichDay(holiday, year, today))));
        }
        if ((m = WEEKEND.matcher(text)).matches()) {
            Holiday holiday = Holiday.named(m.group(1)).orElseThrow();
            boolean days = !holiday.weekend(today.getYear()).isEmpty() && !m.group(2).equals("week")
                    && !m.group(2).startsWith("holiday");
            return Optional.of(days ? DateAnswers.Reading.ask(whichDay(holiday, m.group(3), today))
                    : nearDay(year -> holiday.in(year), m.group(3), text, today));
        }
        if ((m = THEIR_DAY.matcher(text)).matches()) {
            String whose = switch (m.group(1)) {
                case "my", "our" -> "your";
                default -> "their";
            };
            return Optional.of(DateAnswers.Reading.ask(text.matches(".*(?:after|before) .*")
                    ? "Which day was that? I don't know the day of " + whose + " " + m.group(2) + ": type it like 14 March."
                    : "Which day is " + whose + " " + m.group(2) + "? Type it like 14 March."));
        }
        if ((m = SEASON.matcher(text)).matches()) {
            String season = m.group(1).equals("fall") ? "autumn" : m.group(1);
            return Optional.of(DateAnswers.Reading.ask("Roughly which month of the " + season + "? A guess is fine, like "
                    + MIDDLE_OF.get(season) + "."));
        }
        return Optional.empty();
    }

    /**
     * The answer to "Which day of Thanksgiving weekend ...?" asked of {@code before}: "sat", "the friday", "28"
     * as that day of the weekend ("saturday of thanksgiving weekend"), read then as any named day is; empty
     * when {@code before} named no such weekend (or ended in one) or {@code typed} is no day of it.
     */
    static Optional<String> dayOfTheWeekendSaid(String before, String typed, LocalDate today) {
        String words = Everyday.unhedged(before);
        String day = Everyday.unhedged(typed).replaceFirst("^(?:on )?(?:the )?", "").replaceFirst(" (?:night|morning|evening)$", "");
        String[] each = words.split(" ");
        for (int from = 0; from < each.length; from++) {
            Matcher weekend = WEEKEND.matcher(String.join(" ", List.of(each).subList(from, each.length)));
            if (weekend.matches()) {
                Holiday holiday = Holiday.named(weekend.group(1)).orElseThrow();
                List<LocalDate> days = weekendBy(holiday, weekend.group(3), today);
                Optional<DayOfWeek> weekday = day.matches(WEEKDAY) ? Optional.of(DateAnswers.weekday(day))
                        : days.stream().filter(d -> day.matches("0?" + d.getDayOfMonth() + "(?:st|nd|rd|th)?"))
                        .map(LocalDate::getDayOfWeek).findFirst();
                return weekday.filter(w -> days.stream().anyMatch(d -> d.getDayOfWeek() == w))
                        .map(w -> name(w).toLowerCase(Locale.ROOT) + " of " + holiday.names().get(0) + " weekend"
                                + (weekend.group(3) == null ? "" : " " + weekend.group(3)));
            }
        }
        return Optional.empty();
    }

    private static Optional<DateAnswers.Reading> dayOfTheWeekend(Holiday holiday, DayOfWeek weekday, String year,
                                                                 LocalDate today) {
        return weekendBy(holiday, year, today).stream().filter(d -> d.getDayOfWeek() == weekday).findFirst()
                .map(d -> DateAnswers.Reading.named(d, name(weekday) + " of " + holiday.said() + " weekend"));
    }

    /** "Which day of Thanksgiving weekend: Thursday 26, Friday 27, Saturday 28 or Sunday 29 November? ..." */
    private static String whichDay(Holiday holiday, String year, LocalDate today) {
        List<LocalDate> days = weekendBy(holiday, year, today);
        if (days.isEmpty()) {
            return "Which day was that? A rough day is fine, like 3 weeks ago or 2 months ago.";
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            boolean last = i == days.size() - 1;
            boolean monthChanges = !last && days.get(i + 1).getMonth() != d.getMonth();
            list.append(i == 0 ? "" : last ? " or " : ", ").append(name(d.getDayOfWeek())).append(' ')
                    .append(d.getDayOfMonth());
            if (last || monthChanges) {
                list.append(' ').append(d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
        }
        if (days.get(days.size() - 1).getYear() != today.getYear()) {
            list.append(' ').append(days.get(days.size() - 1).getYear());
        }
        String example = name(days.get(days.size() > 1 ? 1 : 0).getDayOfWeek());
        return "Which day of " + holiday.said() + " weekend: " + list + "? Type the day, like " + example
                + "; a guess is fine.";
    }

    /** The days of its weekend that have passed, in the year given or else the last one begun on or before today. */
    private static List<LocalDate> weekendBy(Holiday holiday, String year, LocalDate today) {
        int y = year != null ? Integer.parseInt(year)
                : holiday.weekend(today.getYear()).stream().findFirst().filter(d -> !d.isAfter(today)).isPresent()
                ? today.getYear() : today.getYear() - 1;
        return holiday.weekend(y).stream().filter(d -> year != null || !d.isAfter(today)).toList();
    }

    /** The day in the year given, or else the last one on or before today, said back with its name. */
    private static DateAnswers.Reading named(IntFunction<LocalDate> day, String year, String said, LocalDate today) {
        return DateAnswers.Reading.named(lastBy(day, year, today), Texts.capitalised(said));
    }

    /** Near the day: asked back once with it ("Did you mean around christmas, Friday 25 December 2026?"). */
    private static DateAnswers.Reading nearDay(IntFunction<LocalDate> day, String year, String text, LocalDate today) {
        LocalDate near = lastBy(day, year, today);
        return DateAnswers.Reading.suggest("Did you mean " + text + ", " + DateAnswers.longDate(near, today)
                + "? Type yes, or give the day another way.", near.toString());
    }

    private static LocalDate lastBy(IntFunction<LocalDate> day, String year, LocalDate today) {
        if (year != null) {
            return day.apply(Integer.parseInt(year));
        }
        LocalDate thisYear = day.apply(today.getYear());
        return thisYear.isAfter(today) ? day.apply(today.getYear() - 1) : thisYear;
    }

    private static int count(String days) {
        return switch (days.split(" ")[0]) {
            case "2", "two" -> 2;
            case "3", "three" -> 3;
            default -> 1;
        };
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
