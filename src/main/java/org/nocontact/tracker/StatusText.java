package org.nocontact.tracker;

import java.time.YearMonth;
import java.util.OptionalInt;
import org.nocontact.text.Texts;

/** The status screen as a person reads it, wrapped to the screen's width (40 columns and up). */
public final class StatusText {
    private StatusText() {
    }

    public static String render(Status s, int width) {
        StringBuilder out = new StringBuilder();
        Period p = s.period();
        OptionalInt day = p.dayOn(s.today());
        String periodLine;
        if (p.endedOn().isPresent()) {
            periodLine = "Your period ended early on " + Dates.longDate(p.endedOn().get(), s.today())
                    + ". 'nocontact start' begins a new one when you want it.";
        } else if (day.isEmpty()) {
            periodLine = "Your new period " + Dates.begins(p.since(), s.today()) + ": "
                    + Dates.days(p.days()) + ", complete on " + Dates.longDate(p.end(), s.today()) + ".";
        } else if (p.completeOn(s.today())) {
            periodLine = p.end().equals(s.today())
                    ? "Your " + Dates.days(p.days()) + " are complete today. You held them."
                    : "Your " + Dates.days(p.days()) + " were complete on " + Dates.longDate(p.end(), s.today()) + ".";
        } else {
            periodLine = "Day " + day.getAsInt() + " of " + p.days() + ". Complete on "
                    + Dates.longDate(p.end(), s.today()) + " (" + Dates.days(p.daysLeft(s.today())) + " to go).";
        }
        para(out, periodLine, width, "");
        if (!s.todayIs().isEmpty()) {
            para(out, "Today is " + String.join(" and ", s.todayIs().stream().map(w -> w.words(s.today())).toList())
                    + ". Be gentle with yourself today.", width, "");
        }
        out.append('\n');
        if (s.verdict().isPresent()) {
            Status.Today advice = s.verdict().get();
            if (advice.on().equals(s.today())) {
                para(out, "Today: " + advice.verdict().headline() + ".", width, "");
                para(out, advice.summary(), width, "  ");
                if (advice.beginsAPeriod() && p.endedOn().isEmpty() && p.completeOn(s.today())) {
                    // Not started, the advised period's end moves a day with each day: starting it fixes it.
                    para(out, "'nocontact start' begins it today, so the day it is complete stays put.", width, "  ");
                }
            } else {
                // The summary speaks from the period's first day ("from today"): the line above says its days.
                boolean tomorrow = advice.on().equals(s.today().plusDays(1));
                para(out, "From " + (tomorrow ? "tomorrow" : Dates.longDate(advice.on(), s.today()))
                        + ", when it begins: " + advice.verdict().headline() + ".", width, "");
            }
        } else {
            para(out, "Today's advice: keep your answers to see it here (run 'nocontact ask' and say yes to "
                    + "keeping them).", width, "");
        }
        out.append('\n');
        if (s.hardDays().isEmpty()) {
            para(out, "No hard days in the next " + DaysAhead.DEFAULT_DAYS + " days.", width, "");
        } else {
            out.append("Hard days ahead\n");
            java.util.Map<java.time.LocalDate, java.util.List<HardDay>> byDate = new java.util.TreeMap<>();
            s.hardDays().forEach(h -> byDate.computeIfAbsent(h.date(), d -> new java.util.ArrayList<>()).add(h));
            // "Fri 1 Jan" and "Thu 28 Jan": the day's number is right-aligned, so what follows starts in one column.
            int dateWidth = byDate.keySet().stream().mapToInt(date -> Dates.shortDate(date).length()).max().orElse(0);
            byDate.forEach((date, days) -> {
                HardDay first = days.get(0);
                // The period's end is a day to look again at what you want, not a verdict of its own: said so,
                // then that day's advice.
                String what = String.join("; ", days.stream().map(h -> h.what() == HardDay.What.PERIOD_COMPLETE
                        ? complete(p, date) + ": a day to look again at what you want" : h.what().words(date)).distinct().toList());
                boolean complete = days.stream().anyMatch(h -> h.what() == HardDay.What.PERIOD_COMPLETE);
                String verdict = first.verdict().map(v -> (complete ? ". The advice that day: " : ": ")
                        + v.headline().toLowerCase(java.util.Locale.ROOT)).orElse("");
                para(out, aligned(Dates.shortDate(date), dateWidth) + "  " + capital(what) + verdict + ".", width, "  ");
                if (days.stream().anyMatch(h -> h.what() == HardDay.What.PERIOD_COMPLETE
                        || h.what() == HardDay.What.ADVICE_CHANGES)) {
                    first.why().ifPresent(why -> para(out, why, width, "      "));
                }
            });
        }
        out.append('\n');
        para(out, "Urges logged: " + s.urgesThisWeek() + " in the last 7 days, " + s.urgesLastWeek()
                + " in the 7 days before.", width, "");
        for (YearMonth month : s.months()) {
            out.append('\n');
            MonthCalendar.render(month, s.today(), s::mark).forEach(line -> out.append(line).append('\n'));
        }
        MonthCalendar.legend().forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    /**
     * The period's end as a hard day: the tracker's own, or one the advice only projects (a period extended or
     * begun as advised, which the tracker does not hold until it is started).
     */
    static String complete(Period p, java.time.LocalDate date) {
        if (date.equals(p.end()) && p.endedOn().isEmpty()) {
            return HardDay.What.PERIOD_COMPLETE.words(date);
        }
        return p.endedOn().isPresent() ? "a new period, if you begin one as advised, is complete"
                : "if you extend your period as advised, it is complete";
    }

    private static void para(StringBuilder out, String text, int width, String indent) {
        out.append(Texts.wrap(text, width, indent, indent + "  "));
    }

    /** "Fri 1 Jan" as "Fri  1 Jan" beside longer dates: padded after the weekday. */
    static String aligned(String shortDate, int width) {
        int space = shortDate.indexOf(' ');
        return shortDate.substring(0, space + 1) + " ".repeat(Math.max(0, width - shortDate.length()))
                + shortDate.substring(space + 1);
    }

    static String capital(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
