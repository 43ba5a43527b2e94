package org.nocontact.tracker;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Timeline;
import org.nocontact.situation.Situation;

/**
 * The days ahead from the engine's projection ({@code check --ahead}), for the kept plan as the
 * tracker has it today (the period as it stands, the ex's dates): each day the advice changes and
 * each hard day, with that day's verdict and why.
 */
public final class ProjectedDays implements DaysAhead {
    private final Advisor advisor;
    private final KeptPlan plan;
    private final ExDates dates;

    public ProjectedDays(Advisor advisor, KeptPlan plan, ExDates dates) {
        this.advisor = advisor;
        this.plan = plan;
        this.dates = dates;
    }

    @Override
    public List<HardDay> ahead(LocalDate today, int days) {
        Situation now = plan.on(today).withDates(new Situation.Dates(
                dates.birthday().map(md -> atYear(md, today)), dates.anniversary().map(md -> atYear(md, today))));
        Timeline timeline = advisor.project(now).ahead(days);
        List<HardDay> list = new ArrayList<>();
        for (Timeline.Entry entry : timeline.entries()) {
            for (Timeline.Mark mark : entry.marks()) {
                list.add(new HardDay(entry.date(), what(mark), Optional.of(entry.day().verdict()),
                        Optional.of(entry.day().why())));
            }
        }
        return list;
    }

    private static LocalDate atYear(MonthDay day, LocalDate today) {
        return day.atYear(today.getYear());
    }

    static HardDay.What what(Timeline.Mark mark) {
        return switch (mark) {
            case ADVICE_CHANGES -> HardDay.What.ADVICE_CHANGES;
            case PERIOD_COMPLETE -> HardDay.What.PERIOD_COMPLETE;
            case VALENTINES_DAY -> HardDay.What.VALENTINES_DAY;
            case CHRISTMAS -> HardDay.What.CHRISTMAS;
            case NEW_YEAR -> HardDay.What.NEW_YEAR;
            case EX_BIRTHDAY -> HardDay.What.BIRTHDAY;
            case ANNIVERSARY -> HardDay.What.ANNIVERSARY;
        };
    }
}
