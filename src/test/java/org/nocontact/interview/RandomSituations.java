package org.nocontact.interview;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * Valid situations drawn at random (from a seed, so a failure can be replayed), every field varied:
 * dates around the year's special days, periods begun or not, each optional field present or not.
 * Safety concerns are rare, so that most situations reach the later questions.
 */
public final class RandomSituations {
    private final Random random;

    public RandomSituations(long seed) {
        this.random = new Random(seed);
    }

    public Situation next() {
        LocalDate today = today();
        LocalDate breakup = today.minusDays(pick(0, 3, 10, 29, 30, 31, 45, 60, 120, 400, random.nextInt(500)));
        Optional<Situation.NoContact> period = random.nextInt(5) < 3
                ? Optional.of(new Situation.NoContact(between(breakup, today), days()))
                : Optional.empty();
        Optional<Situation.ExContact> ex = random.nextInt(5) < 2
                ? Optional.of(new Situation.ExContact(between(breakup, today), any(ExContactAbout.values())))
                : Optional.empty();
        Action action = any(Action.values());
        if (action == Action.REPLY && ex.isEmpty()) {
            action = Action.TEXT;
        }
        Situation.Plan plan = new Situation.Plan(action, any(Purpose.values()),
                random.nextInt(4) == 0 ? Optional.of(any(Occasion.values())) : Optional.empty(), true, Optional.empty());
        return new Situation(today, true,
                new Situation.Breakup(breakup, any(InitiatedBy.values()), maybe(random.nextBoolean())),
                any(Goal.values()), period, ties(), ex,
                new Situation.Emotions(emotion(), emotion(), emotion()), safety(),
                new Situation.Boundaries(rare(), rare()), pick(0, 0, 0, 1, 2, 3, 5, 6, 9, 40), plan);
    }

    private LocalDate today() {
        LocalDate base = LocalDate.of(2027, 1, 1);
        int day = pick(44, 44, 357, 358, 364, 0, random.nextInt(365), random.nextInt(365), random.nextInt(365));
        return base.plusDays(day);
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(span == 0 ? 0 : random.nextInt((int) span + 1));
    }

    private OptionalInt days() {
        return random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(pick(1, 14, 30, 42, 60, 365));
    }

    private Set<Tie> ties() {
        Set<Tie> ties = EnumSet.noneOf(Tie.class);
        for (Tie tie : Tie.values()) {
            if (random.nextInt(8) == 0) {
                ties.add(tie);
            }
        }
        return ties;
    }

    private OptionalInt emotion() {
        return random.nextInt(5) == 0 ? OptionalInt.empty() : OptionalInt.of(random.nextInt(11));
    }

    private Situation.Safety safety() {
        return random.nextInt(6) == 0
                ? new Situation.Safety(rare(), rare(), rare(), rare(), rare())
                : Situation.Safety.NONE;
    }

    private boolean rare() {
        return random.nextInt(6) == 0;
    }

    private <T> Optional<T> maybe(T value) {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(value);
    }

    private int pick(int... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T any(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
