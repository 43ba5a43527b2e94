package org.nocontact;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * Valid situations for property tests: any date over three years, any breakup up to 400 days back,
 * periods of any length begun any day, any ties, message, emotions, goal, plan and occasion, and
 * now and then each safety flag and boundary.
 */
public final class GeneratedSituations {
    private GeneratedSituations() {
    }

    public static Arbitrary<Situation> situations() {
        Arbitrary<LocalDate> today = Arbitraries.integers().between(0, 3 * 366)
                .map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        Arbitrary<Integer> breakupAgo = Arbitraries.integers().between(0, 400);
        Arbitrary<Optional<Integer>> heldDays = Arbitraries.integers().between(0, 400).optional(0.7);
        Arbitrary<OptionalInt> periodLength = Arbitraries.integers().between(1, 365).optional(0.3)
                .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
        Arbitrary<Set<Tie>> ties = Arbitraries.of(Tie.class).set().ofMaxSize(3).map(s -> s.isEmpty() ? Set.of() : EnumSet.copyOf(s));
        Arbitrary<Optional<ExContactAbout>> ex = Arbitraries.of(ExContactAbout.class).optional(0.4);
        Arbitrary<OptionalInt> emotion = Arbitraries.integers().between(0, 10).optional(0.8)
                .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
        Arbitrary<Situation.Emotions> emotions = Combinators.combine(emotion, emotion, emotion).as(Situation.Emotions::new);
        Arbitrary<Boolean> rare = Arbitraries.of(true, false, false, false, false, false, false, false);
        Arbitrary<Situation.Safety> safety = Combinators.combine(rare, rare, rare, rare, rare).as(Situation.Safety::new);
        Arbitrary<Situation.Boundaries> boundaries = Combinators.combine(rare, rare).as(Situation.Boundaries::new);
        Arbitrary<Situation.Plan> plan = Combinators.combine(Arbitraries.of(Action.class), Arbitraries.of(Purpose.class),
                Arbitraries.of(Occasion.class).optional(0.3)).as((a, p, o) -> new Situation.Plan(a, p, o, true, Optional.empty()));
        Arbitrary<Optional<Boolean>> feelings = Arbitraries.of(true, false).optional(0.6);
        Arbitrary<Situation.Breakup> breakupShape = Combinators.combine(Arbitraries.of(InitiatedBy.class), feelings)
                .as((by, f) -> new Situation.Breakup(LocalDate.MIN, by, f));
        Arbitrary<Situation> base = Combinators.combine(today, breakupAgo, heldDays, periodLength, Arbitraries.of(Goal.class),
                ties, ex, emotions).as((t, ago, held, length, goal, tieSet, about, feel) -> {
                    LocalDate breakup = t.minusDays(ago);
                    Optional<Situation.NoContact> period = held.map(h -> new Situation.NoContact(t.minusDays(Math.min(h, ago)), length));
                    return new Situation(t, true, new Situation.Breakup(breakup, InitiatedBy.THEM, Optional.empty()), goal, period,
                            tieSet, about.map(a -> new Situation.ExContact(t, a)), feel, Situation.Safety.NONE,
                            Situation.Boundaries.NONE, 0, new Situation.Plan(Action.TEXT, Purpose.GREETING, Optional.empty(), true, Optional.empty()));
                });
        return Combinators.combine(base, safety, boundaries, plan, breakupShape, Arbitraries.integers().between(0, 4))
                .as((s, sa, bo, pl, shape, unanswered) -> {
                    Situation.Plan valid = pl.action() == Action.REPLY && s.exContact().isEmpty()
                            ? new Situation.Plan(Action.TEXT, pl.purpose(), pl.occasion(), true, Optional.empty()) : pl;
                    return s.withSafety(sa).withBoundaries(bo).withPlan(valid).withUnansweredMessages(unanswered)
                            .withBreakup(new Situation.Breakup(s.breakup().date(), shape.initiatedBy(), shape.feelingsExpressed()));
                });
    }
}
