package org.nocontact.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.json.InputException;

class PeriodTest {
    static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);

    @TempDir
    Path temp;

    Tracker tracker() {
        return new Tracker(Store.open(DataFolder.resolve(Optional.of(temp), Map.of(), "/nonexistent")));
    }

    @Test
    void daysAreCountedFromOneAndThePeriodIsCompleteOnSincePlusDays() {
        Period p = new Period(1, MARCH_1, 30, Optional.empty(), Optional.empty());
        assertThat(p.dayOn(MARCH_1)).hasValue(1);
        assertThat(p.dayOn(LocalDate.of(2027, 3, 12))).hasValue(12);
        assertThat(p.daysLeft(LocalDate.of(2027, 3, 12))).isEqualTo(19);
        assertThat(p.end()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(p.completeOn(LocalDate.of(2027, 3, 30))).isFalse();
        assertThat(p.completeOn(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(p.dayOn(MARCH_1.minusDays(1))).isEmpty();
    }

    @Test
    void aSlipIsKeptAndANewPeriodOfTheSameLengthBeginsTheNextDay() {
        try (Tracker t = tracker()) {
            t.start(MARCH_1, 30, MARCH_1);
            LocalDate day5 = MARCH_1.plusDays(4);
            Period next = t.slip(day5, Entry.SlipKind.MESSAGE, Optional.empty(), day5.atTime(23, 0));
            assertThat(next.since()).isEqualTo(day5.plusDays(1));
            assertThat(next.days()).isEqualTo(30);
            Kept kept = t.read();
            assertThat(kept.slips()).hasSize(1);
            assertThat(kept.periods().get(0).endedOn()).contains(day5);
            assertThat(kept.heldOn(MARCH_1.plusDays(3), day5)).isTrue();
            assertThat(kept.heldOn(day5, day5)).isFalse();
            assertThat(kept.unansweredSlips()).isEqualTo(1);
            // A second slip the same day is kept, and the new period still begins the next day.
            assertThat(t.slip(day5, Entry.SlipKind.CALL, Optional.empty(), day5.atTime(23, 30)).since())
                    .isEqualTo(day5.plusDays(1));
            assertThat(t.read().periods()).hasSize(2);
        }
    }

    @Test
    void aMessageSentInASlipCountsTowardChasingUntilTheyWrite() {
        try (Tracker t = tracker()) {
            t.start(MARCH_1, 30, MARCH_1);
            t.slip(MARCH_1.plusDays(2), Entry.SlipKind.MESSAGE, Optional.empty(), LocalDateTime.of(2027, 3, 3, 22, 0));
            t.slip(MARCH_1.plusDays(6), Entry.SlipKind.MESSAGE, Optional.empty(), LocalDateTime.of(2027, 3, 7, 22, 0));
            assertThat(t.read().unansweredSlips()).isEqualTo(2);
            t.heard(MARCH_1.plusDays(8), org.nocontact.situation.ExContactAbout.PERSONAL, LocalDateTime.of(2027, 3, 9, 9, 0));
            assertThat(t.read().unansweredSlips()).isZero();
        }
    }

    @Test
    void aSlipBeforeThePeriodBeganOrASecondRunningPeriodIsRefused() {
        try (Tracker t = tracker()) {
            t.start(MARCH_1, 30, MARCH_1);
            assertThatThrownBy(() -> t.slip(MARCH_1.minusDays(3), Entry.SlipKind.MESSAGE, Optional.empty(),
                    MARCH_1.atTime(9, 0))).isInstanceOf(InputException.class).hasMessageContaining("before your period began");
            assertThatThrownBy(() -> t.start(MARCH_1.plusDays(2), 30, MARCH_1.plusDays(2)))
                    .isInstanceOf(InputException.class).hasMessageContaining("nocontact end");
            t.end(MARCH_1.plusDays(2));
            assertThat(t.start(MARCH_1.plusDays(2), 45, MARCH_1.plusDays(2)).days()).isEqualTo(45);
        }
    }
}
