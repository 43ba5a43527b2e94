package org.nocontact.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthCalendarTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 12);

    static MonthCalendar.Mark mark(LocalDate d) {
        if (d.getDayOfMonth() == 5) {
            return MonthCalendar.Mark.SLIP;
        }
        if (d.getDayOfMonth() == 25) {
            return MonthCalendar.Mark.HARD;
        }
        if (d.getDayOfMonth() == 31) {
            return MonthCalendar.Mark.COMPLETE;
        }
        return d.isAfter(TODAY) ? MonthCalendar.Mark.NONE : MonthCalendar.Mark.HELD;
    }

    @Test
    void theMonthFitsIn40ColumnsWithWeeksStartingOnMonday() {
        List<String> lines = MonthCalendar.render(YearMonth.of(2026, 12), TODAY, MonthCalendarTest::mark);
        assertThat(lines.get(0)).isEqualTo(" December 2026");
        assertThat(lines.get(1)).startsWith(" Mo   Tu");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(MonthCalendar.legend()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        // 1 December 2026 is a Tuesday: one empty cell first.
        assertThat(lines.get(2)).startsWith("       1+");
    }

    @Test
    void slipsHardDaysTheEndAndTodayAreMarkedInPlainCharacters() {
        String month = String.join("\n", MonthCalendar.render(YearMonth.of(2026, 12), TODAY, MonthCalendarTest::mark));
        assertThat(month).contains(" 5x", "[12+] 13\n", "25!", "31*");
        assertThat(month).matches("\\p{ASCII}*");
    }
}
