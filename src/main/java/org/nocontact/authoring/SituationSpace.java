package org.nocontact.authoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * An enumerated space of situations for comparing rule sets and finding rules that never apply:
 * every combination of who ended it, the goal, the action, the purpose, the day (an ordinary day,
 * each named occasion, and 14 February inferred), their message, the period (none, day 29 of 30,
 * day 30 of 30, day 41 of 42) and feelings around each readiness threshold; each combined with one
 * modifier (none, each tie, each safety flag, each boundary, with and without a shared home (or children, or belongings), one
 * and two unanswered messages, feelings expressed or not). Situation number i is computed, not stored.
 */
public final class SituationSpace {
    private static final LocalDate ORDINARY_DAY = LocalDate.of(2027, 6, 15);
    private static final LocalDate VALENTINES = LocalDate.of(2027, 2, 14);

    private record Day(LocalDate today, Optional<Occasion> occasion) {
    }

    private static final List<Day> DAYS = days();
    private static final List<Optional<ExContactAbout>> EX_CONTACT = List.of(Optional.empty(),
            Optional.of(ExContactAbout.LOGISTICS), Optional.of(ExContactAbout.PERSONAL));
    /** Days held, and the period's length (0: the rule set's default). */
    private static final int[][] PERIODS = {{-1, 0}, {29, 0}, {30, 0}, {41, 42}};
    private static final int[][] EMOTIONS = {{-1, -1, -1}, {3, 4, 6}, {4, 4, 6}, {3, 5, 6}, {3, 4, 5}};
    private static final List<UnaryOperator<Situation>> MODIFIERS = modifiers();

    /** Above this much condition work per situation, the space is sampled so a diff or lint stays in seconds. */
    static final long FULL_WALK_BUDGET = 400;

    private final int[] radix = {InitiatedBy.values().length, Goal.values().length, Action.values().length,
            Purpose.values().length, DAYS.size(), EX_CONTACT.size(), PERIODS.length, EMOTIONS.length, MODIFIERS.size()};

    public long size() {
        long size = 1;
        for (int r : radix) {
            size *= r;
        }
        return size;
    }

    /**
     * 1 to walk every situation; for rule sets with more condition work than {@link #FULL_WALK_BUDGET},
     * a prime step larger than every dimension, so that a sample still varies every dimension.
     */
    public static long stride(long conditionSize) {
        if (conditionSize <= FULL_WALK_BUDGET) {
            return 1;
        }
        long step = Math.max(23, (conditionSize + FULL_WALK_BUDGET - 1) / FULL_WALK_BUDGET);
        while (!isPrime(step)) {
            step++;
        }
        return step;
    }

    private static boolean isPrime(long n) {
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return n > 1;
    }

    /** How many situations a walk with this stride visits (valid or not). */
    public long samples(long stride) {
        return (size() + stride - 1) / stride;
    }

    /** Situation number {@code index}, or empty where the combination is not a valid situation. */
    public Optional<Situation> at(long index) {
        int[] digit = new int[radix.length];
        long rest = index;
        for (int i = radix.length - 1; i >= 0; i--) {
            digit[i] = (int) (rest % radix[i]);
            rest /= radix[i];
        }
        Action action = Action.values()[digit[2]];
        Optional<ExContactAbout> ex = EX_CONTACT.get(digit[5]);
        if (action == Action.REPLY && ex.isEmpty()) {
            return Optional.empty();
        }
        Day day = DAYS.get(digit[4]);
        LocalDate today = day.today();
        int[] period = PERIODS[digit[6]];
        Optional<Situation.NoContact> noContact = period[0] < 0 ? Optional.empty()
                : Optional.of(new Situation.NoContact(today.minusDays(period[0]),
                period[1] == 0 ? OptionalInt.empty() : OptionalInt.of(period[1])));
        int[] e = EMOTIONS[digit[7]];
        Situation.Emotions emotions = e[0] < 0 ? Situation.Emotions.UNKNOWN
                : new Situation.Emotions(OptionalInt.of(e[0]), OptionalInt.of(e[1]), OptionalInt.of(e[2]));
        Situation s = new Situation(today, true,
                new Situation.Breakup(today.minusDays(60), InitiatedBy.values()[digit[0]], Optional.empty()),
                Goal.values()[digit[1]], noContact, Set.of(),
                ex.map(about -> new Situation.ExContact(today.minusDays(2), about)), emotions,
                Situation.Safety.NONE, Situation.Boundaries.NONE, 0,
                new Situation.Plan(action, Purpose.values()[digit[3]], day.occasion(), true, Optional.empty()));
        return Optional.of(MODIFIERS.get(digit[8]).apply(s));
    }

    private static List<Day> days() {
        List<Day> days = new ArrayList<>();
        days.add(new Day(ORDINARY_DAY, Optional.empty()));
        for (Occasion occasion : Occasion.values()) {
            days.add(new Day(ORDINARY_DAY, Optional.of(occasion)));
        }
        days.add(new Day(VALENTINES, Optional.empty()));
        return List.copyOf(days);
    }

    private static List<UnaryOperator<Situation>> modifiers() {
        List<UnaryOperator<Situation>> m = new ArrayList<>();
        m.add(s -> s);
        for (Tie tie : Tie.values()) {
            m.add(s -> s.withTies(EnumSet.of(tie)));
        }
        m.add(s -> s.withSafety(new Situation.Safety(true, false, false, false, false)));
        m.add(s -> s.withSafety(new Situation.Safety(false, true, false, false, false)));
        m.add(s -> s.withSafety(new Situation.Safety(false, false, true, false, false)));
        m.add(s -> s.withSafety(new Situation.Safety(false, false, false, true, false)));
        m.add(s -> s.withSafety(new Situation.Safety(false, false, false, false, true)));
        m.add(s -> s.withBoundaries(new Situation.Boundaries(true, false)));
        m.add(s -> s.withBoundaries(new Situation.Boundaries(false, true)));
        m.add(s -> s.withBoundaries(new Situation.Boundaries(true, false)).withTies(EnumSet.of(Tie.HOME)));
        m.add(s -> s.withBoundaries(new Situation.Boundaries(false, true)).withTies(EnumSet.of(Tie.BELONGINGS)));
        m.add(s -> s.withBoundaries(new Situation.Boundaries(false, true)).withTies(EnumSet.of(Tie.CHILDREN)));
        m.add(s -> s.withUnansweredMessages(1));
        m.add(s -> s.withUnansweredMessages(2));
        m.add(s -> s.withBreakup(new Situation.Breakup(s.breakup().date(), s.breakup().initiatedBy(), Optional.of(true))));
        m.add(s -> s.withBreakup(new Situation.Breakup(s.breakup().date(), s.breakup().initiatedBy(), Optional.of(false))));
        return List.copyOf(m);
    }
}
