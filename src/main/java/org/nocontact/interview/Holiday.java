package org.nocontact.interview;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The days people name a breakup or a message by ("christmas eve", "thanksgiving"), with the day each
 * falls on in a year, and the days people mean by its weekend where it has one ("thanksgiving weekend":
 * Thursday to Sunday). Days that move with the year are the US ones (Thanksgiving is the fourth Thursday
 * of November); each reading is said back with its day, so a person who meant another sees it.
 */
enum Holiday {
    CHRISTMAS_EVE("Christmas Eve", fixed(Month.DECEMBER, 24), 0, 0, "christmas eve", "xmas eve"),
    CHRISTMAS("Christmas", fixed(Month.DECEMBER, 25), 0, 0, "christmas", "christmas day", "xmas day"),
    BOXING_DAY("Boxing Day", fixed(Month.DECEMBER, 26), 0, 0, "boxing day"),
    NEW_YEARS_EVE("New Year's Eve", fixed(Month.DECEMBER, 31), 0, 0, "new year's eve", "new years eve", "nye"),
    NEW_YEARS_DAY("New Year's Day", fixed(Month.JANUARY, 1), 0, 0, "new year's day", "new years day", "new year's",
            "new years", "new year"),
    VALENTINES_DAY("Valentine's Day", fixed(Month.FEBRUARY, 14), 0, 0, "valentines", "valentine's", "valentines day",
            "valentine's day", "valentine day", "vday", "v-day"),
    ST_PATRICKS_DAY("St Patrick's Day", fixed(Month.MARCH, 17), 0, 0, "st patrick's day", "st patricks day",
            "st paddy's day", "st paddys day", "paddy's day", "paddys day", "saint patrick's day"),
    FOURTH_OF_JULY("the Fourth of July", fixed(Month.JULY, 4), 0, 0, "fourth of july", "4th of july",
            "independence day"),
    HALLOWEEN("Halloween", fixed(Month.OCTOBER, 31), 0, 0, "halloween"),
    /** Easter Sunday; its weekend is Good Friday to Easter Monday. */
    EASTER("Easter", Holiday::easterSunday, -2, 1, "easter", "easter sunday"),
    GOOD_FRIDAY("Good Friday", year -> easterSunday(year).minusDays(2), 0, 0, "good friday"),
    /** The last Monday of May; its weekend is the Saturday to the Monday. */
    MEMORIAL_DAY("Memorial Day", year -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            -2, 0, "memorial day"),
    /** The first Monday of September; its weekend is the Saturday to the Monday. */
    LABOR_DAY("Labor Day", year -> nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY), -2, 0, "labor day", "labour day"),
    /** The fourth Thursday of November (US); its weekend is the Thursday to the Sunday. */
    THANKSGIVING("Thanksgiving", year -> nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY), 0, 3, "thanksgiving",
            "thanksgiving day", "turkey day"),
    BLACK_FRIDAY("Black Friday", year -> nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY).plusDays(1), 0, 0,
            "black friday");

    private final String said;
    private final IntFunction<LocalDate> day;
    /** Its weekend, in days from the day itself: from {@code weekendFrom} to {@code weekendTo}; none when both are 0. */
    private final int weekendFrom;
    private final int weekendTo;
    private final List<String> names;

    Holiday(String said, IntFunction<LocalDate> day, int weekendFrom, int weekendTo, String... names) {
        this.said = said;
        this.day = day;
        this.weekendFrom = weekendFrom;
        this.weekendTo = weekendTo;
        this.names = List.of(names);
    }

    /** How it is said back: "Thanksgiving", "the Fourth of July". */
    String said() {
        return said;
    }

    List<String> names() {
        return names;
    }

    /** The day it falls on in the year. */
    LocalDate in(int year) {
        return day.apply(year);
    }

    /** The days of its weekend, in order ("thanksgiving weekend": Thursday to Sunday); empty when it has none. */
    List<LocalDate> weekend(int year) {
        LocalDate on = in(year);
        return weekendFrom == weekendTo ? List.of()
                : on.plusDays(weekendFrom).datesUntil(on.plusDays(weekendTo + 1L)).toList();
    }

    /** The holiday of this name ("xmas eve", "thanksgiving"). */
    static Optional<Holiday> named(String name) {
        for (Holiday holiday : values()) {
            if (holiday.names.contains(name)) {
                return Optional.of(holiday);
            }
        }
        return Optional.empty();
    }

    /** Every name, longest first, for a pattern that must try "christmas eve" before "christmas". */
    static List<String> allNames() {
        return java.util.Arrays.stream(values()).flatMap(h -> h.names.stream())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static IntFunction<LocalDate> fixed(Month month, int dayOfMonth) {
        return year -> LocalDate.of(year, month, dayOfMonth);
    }

    private static LocalDate nth(int year, Month month, int n, DayOfWeek weekday) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
