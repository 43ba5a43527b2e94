package org.nocontact.authoring;

import java.time.LocalDate;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Projection;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.LookAgainDays;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

/**
 * Looks, in a region where one DO_NOT_CONTACT rule decides on both sides and the region's witness
 * keeps its day to look again, for a situation of the region whose day differs: the witness with the
 * ex's birthday, or the anniversary, given as one of the days ahead (neither is a fact the rules
 * read, so every region holds such situations, and the days ahead read them as that day's occasion),
 * then the witness with its counts of days moved to the far end of their classes ({@link CountsMoved}),
 * so that a count reaches the next class sooner than the witness's does.
 * The days ahead are read once, each a walk down the diagrams of what the free answers open; a date
 * given changes the day it falls on, so each is one more walk. What it finds is a candidate: the
 * caller confirms it with the projection {@code check} uses.
 */
final class DateSearch {
    private final Situation witness;
    private final Projection projection;
    private final LookAgainDays days;
    private final LocalDate today;
    /**
     * Per side, per day ahead (1 to {@link Projection#MAX_DAYS}): whether it opens something today does
     * not, read up to {@link #read} days (only as far as the search needs).
     */
    private final boolean[][] opens = new boolean[2][Projection.MAX_DAYS + 2];
    private int read;
    private final int[] closed = new int[2];

    private DateSearch(Advisor before, Situation witness, LookAgainDays days) {
        this.witness = witness;
        this.projection = before.project(witness);
        this.days = days;
        this.today = projection.today();
        int[] open = days.open(projection.situationOn(today));
        for (int side = 0; side < 2; side++) {
            closed[side] = ~open[side] & LookAgainDays.opening();
        }
    }

    /**
     * A situation of the witness's region whose day to look again may differ between the sides (each walk
     * down a diagram is charged to the budget {@code days} spends).
     */
    static Optional<Situation> search(Advisor before, Leaf leaf, LookAgainDays days) {
        DateSearch search = new DateSearch(before, leaf.witness(), days);
        Optional<Situation> found = search.given(Occasion.BIRTHDAY);
        found = found.isPresent() ? found : search.given(Occasion.ANNIVERSARY);
        return found.isPresent() ? found : CountsMoved.of(leaf).stream().filter(c -> search.apart(before, c)).findFirst();
    }

    /** Whether a situation of the same region has different first days on the two sides, read along all its days ahead. */
    private boolean apart(Advisor before, Situation candidate) {
        Projection moved = before.project(candidate);
        LocalDate from = moved.today();
        return days.firstDays(n -> moved.situationOn(from.plusDays(n)), Projection.MAX_DAYS)
                .map(first -> !first.get(0).equals(first.get(1))).orElse(false);
    }

    /** The witness with a day ahead given as the ex's birthday or the anniversary, where that moves the day apart. */
    private Optional<Situation> given(Occasion personal) {
        int[] first = {next(0, 0), next(1, 0)};
        int last = Math.min(Projection.MAX_DAYS, Math.max(first[0], first[1]));
        for (int k = 1; k <= last; k++) {
            LocalDate date = today.plusDays(k);
            Optional<Situation> that = projection.situationOnWith(date, personal);
            if (that.isEmpty() || apart(that.get(), k, first)) {
                // where the plan names that occasion, its day given changes more than one day: the caller's
                // projection decides
                return Optional.of(withDate(personal, date));
            }
        }
        return Optional.empty();
    }

    /** Whether day {@code k} read as {@code day} gives the two sides different first days. */
    private boolean apart(Situation day, int k, int[] first) {
        int[] open = days.open(day);
        int[] moved = new int[2];
        for (int side = 0; side < 2; side++) {
            boolean opensThen = (open[side] & closed[side]) != 0;
            moved[side] = k < first[side] ? (opensThen ? k : first[side])
                    : k > first[side] ? first[side] : opensThen ? k : next(side, k);
        }
        return moved[0] != moved[1];
    }

    /** The first day after {@code after} that opens something new on a side ({@code MAX_DAYS + 1} if none). */
    private int next(int side, int after) {
        int n = after + 1;
        while (n <= Projection.MAX_DAYS && !opensOn(side, n)) {
            n++;
        }
        return n;
    }

    private boolean opensOn(int side, int n) {
        while (read < n) {
            read++;
            int[] open = days.open(projection.situationOn(today.plusDays(read)));
            for (int s = 0; s < 2; s++) {
                opens[s][read] = (open[s] & closed[s]) != 0;
            }
        }
        return opens[side][n];
    }

    private Situation withDate(Occasion personal, LocalDate date) {
        // a year in the past that has every day (29 February too)
        LocalDate given = date.withYear(1992);
        Situation.Dates dates = witness.dates();
        return witness.withDates(personal == Occasion.BIRTHDAY ? new Situation.Dates(Optional.of(given), dates.anniversary())
                : new Situation.Dates(dates.exBirthday(), Optional.of(given)));
    }
}
