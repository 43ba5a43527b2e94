package org.nocontact.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HardDaysTest {
    @Test
    void withoutKeptAnswersTheHardDaysAreListedByDateWithNoVerdict() {
        Period p = new Period(1, LocalDate.of(2026, 12, 1), 30, Optional.empty(), Optional.empty());
        Kept kept = new Kept(List.of(p), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                new ExDates(Optional.of(MonthDay.of(12, 20)), Optional.of(MonthDay.of(1, 10))));
        List<HardDay> days = new HardDays(kept).ahead(LocalDate.of(2026, 12, 12), 60);
        assertThat(days).extracting(HardDay::date, HardDay::what).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 20), HardDay.What.BIRTHDAY),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 25), HardDay.What.CHRISTMAS),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 31), HardDay.What.PERIOD_COMPLETE),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 31), HardDay.What.NEW_YEAR),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 1), HardDay.What.NEW_YEAR),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 10), HardDay.What.ANNIVERSARY));
        assertThat(days).allSatisfy(d -> assertThat(d.verdict()).isEmpty());
    }
}
