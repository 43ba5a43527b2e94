package org.nocontact.tracker;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Verdict;

/**
 * The days ahead for the kept plan, evaluated by the rules on each day: the period's end, the
 * holidays that pull hard (Valentine's Day, Christmas Day, New Year), the ex's birthday and
 * the anniversary when given, and any other day on which the verdict for the kept plan changes.
 * Without kept answers the dates are listed without a verdict.
 */
public final class HardDays implements DaysAhead {
    private static final MonthDay VALENTINES = MonthDay.of(2, 14);
    private static final MonthDay CHRISTMAS = MonthDay.of(12, 25);
    private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);
    private static final MonthDay NEW_YEARS_DAY = MonthDay.of(1, 1);

    private final Advisor advisor;
    private final Kept tracker;
    private final Optional<KeptPlan> plan;

    public HardDays(Advisor advisor, Kept tracker, Optional<KeptPlan> plan) {
        this.advisor = advisor;
        this.tracker = tracker;
        this.plan = plan;
    }

    @Override
    public List<HardDay> ahead(LocalDate today, int days) {
        List<HardDay> list = new ArrayList<>();
        Optional<Verdict> before = plan.map(p -> advisor.evaluate(p.on(today)).verdict());
        for (int i = 1; i <= days; i++) {
            LocalDate day = today.plusDays(i);
            Optional<Evaluation> evaluation = plan.map(p -> advisor.evaluate(p.on(day)));
            Optional<Verdict> verdict = evaluation.map(Evaluation::verdict);
            Optional<String> why = evaluation.map(e -> e.decider().summary().render(e.facts()));
            List<HardDay.What> whats = whats(day);
            if (whats.isEmpty() && verdict.isPresent() && !verdict.equals(before)) {
                whats = List.of(HardDay.What.ADVICE_CHANGES);
            }
            for (HardDay.What what : whats) {
                list.add(new HardDay(day, what, verdict, why));
            }
            before = verdict;
        }
        return list;
    }

    /** What makes {@code day} hard, if anything. */
    List<HardDay.What> whats(LocalDate day) {
        List<HardDay.What> whats = new ArrayList<>();
        tracker.period().filter(p -> p.endedOn().isEmpty() && p.end().equals(day))
                .ifPresent(p -> whats.add(HardDay.What.PERIOD_COMPLETE));
        MonthDay md = MonthDay.from(day);
        if (md.equals(VALENTINES)) {
            whats.add(HardDay.What.VALENTINES_DAY);
        }
        if (md.equals(CHRISTMAS)) {
            whats.add(HardDay.What.CHRISTMAS);
        }
        if (md.equals(NEW_YEARS_EVE) || md.equals(NEW_YEARS_DAY)) {
            whats.add(HardDay.What.NEW_YEAR);
        }
        if (tracker.exDates().birthday().filter(md::equals).isPresent()) {
            whats.add(HardDay.What.BIRTHDAY);
        }
        if (tracker.exDates().anniversary().filter(md::equals).isPresent()) {
            whats.add(HardDay.What.ANNIVERSARY);
        }
        return whats;
    }
}
