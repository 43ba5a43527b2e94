package org.nocontact.advice;

import java.time.LocalDate;
import java.util.Optional;
import org.nocontact.rules.ReadableNames;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

/**
 * The days of the occasion a plan names, as the days ahead read them: its next run of days from
 * today (25 and 26 December for Christmas named on the 25th; next year's Valentine's Day when it
 * has passed this year). A named occasion whose day is not known (a graduation) has none.
 */
public record OccasionDays(Occasion occasion, LocalDate first, LocalDate last) {
    /** How "what would change it" begins the change to an ordinary day. */
    static final String AN_ORDINARY_DAY = "If it were an ordinary day, not ";

    public static Optional<OccasionDays> named(Situation situation) {
        return situation.plan().occasion().flatMap(o -> new ProjectedOccasion(situation).nextRun(o));
    }

    /** Whether "what would change it" offers an ordinary day in place of the occasion. */
    public static boolean anOrdinaryDayIsOffered(Recommendation r) {
        return r.wouldChange().stream().anyMatch(c -> c.change().startsWith(AN_ORDINARY_DAY));
    }

    /** "Valentine's Day", "Christmas", "their birthday", "your anniversary". */
    public String words() {
        return ReadableNames.forName(occasion.wireName());
    }

    /** Whether the occasion is still ahead, so that a date derived from its passing is no wait. */
    public boolean isAfter(LocalDate today) {
        return first.isAfter(today);
    }
}
