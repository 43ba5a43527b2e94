package org.nocontact.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.nocontact.advice.OccasionDays;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.DayWords;

/**
 * The day to look again, in words. Where that day is only the one after an occasion still ahead
 * (a Valentine's text planned in December), the advice is about that occasion, not a wait until it
 * has passed: the line names the occasion's day and, where one is offered, points to the ordinary
 * day in "What would change it", rather than "Look again on ..., in 70 days".
 */
final class LookAgainLine {
    private LookAgainLine() {
    }

    /** The line's bold part and the rest ("" where there is none). */
    record Words(String lead, String rest) {
    }

    static Words of(Recommendation r, LocalDate date) {
        Optional<OccasionDays> ahead = occasionAhead(r, date);
        if (ahead.isEmpty()) {
            return new Words("Look again on " + DayWords.date(date), ", " + DayWords.inDays(days(r.today(), date)) + ".");
        }
        OccasionDays days = ahead.get();
        String when = (days.first().equals(days.last()) ? ", " : ", from ") + DayWords.date(days.first());
        String lead = "This is about " + days.words() + when + ", " + DayWords.inDays(days(r.today(), days.first())) + ".";
        String rest = OccasionDays.anOrdinaryDayIsOffered(r)
                ? " On an ordinary day the advice is different: see \"What would change it\"."
                : " Look again once it has passed, on " + DayWords.date(date) + ".";
        return new Words(lead, rest);
    }

    /**
     * For "what if" where no single change would do: " Time can: look again on ..., in 19 days.", or,
     * where the day is only the one after an occasion ahead, " Time can: once Valentine's Day has passed, ...".
     */
    static String timeCan(Recommendation r, LocalDate date) {
        return occasionAhead(r, date)
                .map(days -> " Time can: once " + days.words() + " has passed, on " + DayWords.date(date) + ".")
                .orElse(" Time can: look again on " + DayWords.date(date) + ", " + DayWords.inDays(days(r.today(), date)) + ".");
    }

    /** The occasion the plan names, where the day to look again is only the one after it, still ahead. */
    private static Optional<OccasionDays> occasionAhead(Recommendation r, LocalDate date) {
        return OccasionDays.named(r.evaluation().facts().situation())
                .filter(days -> days.isAfter(r.today()) && days.last().plusDays(1).equals(date));
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
