package org.nocontact.tracker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A month drawn in plain characters, readable without colour and within 40 columns (35 wide): each
 * day is its number and a mark, today in brackets.
 */
public final class MonthCalendar {
    /** What a day holds, most telling first when a day holds several. */
    public enum Mark {
        SLIP('x', "slip"), COMPLETE('*', "complete"), HARD('!', "hard day"), HELD('+', "held"), NONE(' ', "");

        private final char symbol;
        private final String words;

        Mark(char symbol, String words) {
            this.symbol = symbol;
            this.words = words;
        }

        public char symbol() {
            return symbol;
        }
    }

    static final int CELL = 5;

    private MonthCalendar() {
    }

    public static List<String> render(YearMonth month, LocalDate today, Function<LocalDate, Mark> mark) {
        List<String> lines = new ArrayList<>();
        String title = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        lines.add(" " + title);
        StringBuilder header = new StringBuilder();
        for (DayOfWeek d : DayOfWeek.values()) {
            header.append(' ').append(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), 0, 2).append("  ");
        }
        lines.add(header.toString().stripTrailing());
        StringBuilder week = new StringBuilder(" ".repeat(CELL * (month.atDay(1).getDayOfWeek().getValue() - 1)));
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            String cell = String.format(Locale.ROOT, "%2d%c", day, mark.apply(date).symbol());
            week.append(date.equals(today) ? "[" + cell + "]" : " " + cell + " ");
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY || day == month.lengthOfMonth()) {
                lines.add(week.toString().stripTrailing());
                week.setLength(0);
            }
        }
        return lines;
    }

    /** What the marks mean, in lines of at most 30 columns. */
    public static List<String> legend() {
        return List.of(" + held   x slip   ! hard day", " * complete   [ ] today");
    }
}
