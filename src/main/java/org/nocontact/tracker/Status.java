package org.nocontact.tracker;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Verdict;

/** The tracker at a glance on one day: the period, today's verdict, the hard days ahead, urges, the calendar. */
public record Status(LocalDate today, Period period, Optional<Today> verdict, List<HardDay.What> todayIs,
                     List<HardDay> hardDays, long urgesThisWeek, long urgesLastWeek, Kept kept) {
    public Status {
        todayIs = List.copyOf(todayIs);
        hardDays = List.copyOf(hardDays);
    }

    /**
     * The verdict for the kept plan, with its one-line reason, on {@code on}: today, or, on the day of a
     * slip, the first day of the new period (the advice then speaks of that period, not of one begun today);
     * {@code beginsAPeriod}: following it begins a new period (or extends a complete one) from that day.
     */
    public record Today(Verdict verdict, String summary, LocalDate on, boolean beginsAPeriod) {
    }

    public static Status of(Kept kept, Period period, Advisor advisor, DaysAhead ahead, LocalDate today) {
        LocalDate from = adviceDay(period, today);
        Optional<KeptPlan> plan = KeptPlan.of(kept, from);
        Optional<Today> verdict = plan.map(p -> {
            Evaluation e = advisor.evaluate(p.on(from));
            PeriodAdvice advised = advisor.periodUnder(e.decider());
            return new Today(e.verdict(), e.decider().summary().render(e.facts()), from,
                    advised == PeriodAdvice.BEGINS || advised == PeriodAdvice.EXTENDS);
        });
        int lookAhead = DaysAhead.DEFAULT_DAYS - (int) java.time.temporal.ChronoUnit.DAYS.between(today, from);
        return new Status(today, period, verdict, occasionsOn(ahead, today), worthShowing(ahead.ahead(from, lookAhead),
                verdict.map(Today::verdict)), kept.urgesInWeek(today, 0), kept.urgesInWeek(today, 1), kept);
    }

    /** What makes today itself a hard day (their birthday, Christmas Day): the list ahead begins tomorrow. */
    private static List<HardDay.What> occasionsOn(DaysAhead ahead, LocalDate today) {
        return ahead.ahead(today.minusDays(1), 1).stream().map(HardDay::what)
                .filter(what -> what != HardDay.What.ADVICE_CHANGES && what != HardDay.What.PERIOD_COMPLETE)
                .distinct().toList();
    }

    /**
     * Where a slip today restarted the count, the new period begins tomorrow: reading the advice for
     * today (no period under way) would begin another one today and name a second end day.
     */
    private static LocalDate adviceDay(Period period, LocalDate today) {
        return period.endedOn().isEmpty() && period.since().isAfter(today) ? period.since() : today;
    }

    /**
     * The hard days, and the days the verdict itself changes: a change of deciding rule under the same
     * verdict ("hold no contact" for another reason) is not news for the person at a glance.
     */
    static List<HardDay> worthShowing(List<HardDay> days, Optional<Verdict> today) {
        List<HardDay> shown = new ArrayList<>();
        Optional<Verdict> before = today;
        for (HardDay day : days) {
            boolean change = day.what() == HardDay.What.ADVICE_CHANGES;
            if (!change || !day.verdict().equals(before)) {
                shown.add(day);
            }
            if (change) {
                before = day.verdict();
            }
        }
        return shown;
    }

    /** The months the calendar shows: this one, and the one the period completes in when that is later. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        months.add(YearMonth.from(today));
        YearMonth end = YearMonth.from(period.end());
        if (end.isAfter(months.get(0)) && period.endedOn().isEmpty()) {
            months.add(end);
        }
        return months;
    }

    public MonthCalendar.Mark mark(LocalDate date) {
        if (kept.slipOn(date)) {
            return MonthCalendar.Mark.SLIP;
        }
        if (period.endedOn().isEmpty() && date.equals(period.end())) {
            return MonthCalendar.Mark.COMPLETE;
        }
        if (hardDays.stream().anyMatch(h -> h.date().equals(date) && h.what() != HardDay.What.ADVICE_CHANGES)) {
            return MonthCalendar.Mark.HARD;
        }
        return kept.heldOn(date, today) ? MonthCalendar.Mark.HELD : MonthCalendar.Mark.NONE;
    }
}
