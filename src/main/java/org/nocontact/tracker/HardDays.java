package org.nocontact.tracker;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hard days ahead by their dates alone, for a tracker with no kept answers (so no verdict to
 * give): the period's end, Valentine's Day, Christmas Day, New Year (31 December and 1 January),
 * and the ex's birthday and the anniversary when given. With kept answers the engine's projection
 * ({@link ProjectedDays}) gives them, each with its verdict.
 */
public final class HardDays implements DaysAhead {
    private static final MonthDay VALENTINES = MonthDay.of(2, 14);
    private static final MonthDay CHRISTMAS = MonthDay.of(12, 25);
    private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);
    private static final MonthDay NEW_YEARS_DAY = MonthDay.of(1, 1);

    private final Kept tracker;

    public HardDays(Kept tracker) {
        this.tracker = tracker;
    }

    @Override
    public List<HardDay> ahead(LocalDate today, int days) {
        List<HardDay> list = new ArrayList<>();
        for (int i = 1; i <= days; i++) {
            LocalDate day = today.plusDays(i);
            for (HardDay.What what : whats(day)) {
                list.add(new HardDay(day, what, Optional.empty(), Optional.empty()));
            }
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
