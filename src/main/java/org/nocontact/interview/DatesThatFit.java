package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;

/** Checks on a day typed as an answer: it has passed, it is within a lifetime, a period starts after the breakup. */
final class DatesThatFit {
    /** People have breakups and messages within a lifetime; an answer further back than this is asked again. */
    private static final int PLAUSIBLE_YEARS = 80;

    static Optional<String> aDayThatHasPassed(LocalDate date, Answers answers, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of(date.equals(today.plusDays(1))
                    ? "Tomorrow (" + DateAnswers.longDate(date, today) + ") has not come yet; give a day that has passed, "
                    + "such as today or yesterday."
                    : DateAnswers.longDate(date, today) + " is after today (" + DateAnswers.longDate(today, today)
                    + "); give a day that has passed.");
        }
        if (date.isBefore(today.minusYears(PLAUSIBLE_YEARS))) {
            long years = java.time.temporal.ChronoUnit.YEARS.between(date, today);
            return Optional.of("That would be " + years + " years ago (" + DateAnswers.longDate(date, today)
                    + "). Did you mean another day? Please give it again.");
        }
        return Optional.empty();
    }

    static Optional<String> noContactDateFits(LocalDate date, Answers answers, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of(DateAnswers.longDate(date, today) + " is after today; if your no contact has not begun "
                    + "yet, type back and answer no.");
        }
        Optional<LocalDate> breakup = answers.get(Key.BREAKUP_DATE);
        if (breakup.isPresent() && date.isBefore(breakup.get())) {
            LocalDate breakupDate = breakup.get();
            return Optional.of(DateAnswers.longDate(date, today) + " is before the breakup ("
                    + DateAnswers.longDate(breakupDate, today) + "); no contact starts on or after that day.");
        }
        return aDayThatHasPassed(date, answers, today);
    }

    private DatesThatFit() {
    }
}
