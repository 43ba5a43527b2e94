package org.nocontact.tracker;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A no-contact period of {@code days} begun on {@code since}: {@code since} is day 1, and it is
 * complete on {@code since + days} (30 days begun on 1 March are complete on 31 March). It may have
 * ended before that: early, by choice, or with a slip (then the next one begins the day after).
 */
public record Period(long id, LocalDate since, int days, Optional<LocalDate> endedOn, Optional<EndReason> reason) {
    public enum EndReason { SLIP, EARLY }

    /** The day it is complete. */
    public LocalDate end() {
        return since.plusDays(days);
    }

    /** Day N on {@code date}, counted from 1; empty before it begins. */
    public OptionalInt dayOn(LocalDate date) {
        return date.isBefore(since) ? OptionalInt.empty() : OptionalInt.of((int) ChronoUnit.DAYS.between(since, date) + 1);
    }

    public boolean completeOn(LocalDate date) {
        return !date.isBefore(end());
    }

    /** Days left on {@code date} before the day it is complete. */
    public long daysLeft(LocalDate date) {
        return Math.max(0, ChronoUnit.DAYS.between(date, end()));
    }

    /** Still running on {@code date}: not ended, and not yet complete. */
    public boolean runningOn(LocalDate date) {
        return endedOn.isEmpty() && !completeOn(date);
    }

    /** Whether {@code date} was a day held in this period (begun, before its end or its slip, not after today). */
    public boolean held(LocalDate date, LocalDate today) {
        LocalDate stop = endedOn.filter(e -> e.isBefore(end())).orElse(end());
        return !date.isBefore(since) && date.isBefore(stop) && !date.isAfter(today);
    }
}
