package org.nocontact.analysis;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.nocontact.json.Named;
import org.nocontact.rules.Fact;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * A witness situation put together from a region and its solved groups: the linked facts as
 * solved, every other fact the first class the region allows.
 */
final class WitnessSituation {
    private WitnessSituation() {
    }

    static Situation of(Space space, Region region, LocalDate today, PeriodSolver.Period period, Set<Tie> tieSet, LinkedGroups.Ex ex,
                          Optional<Occasion> occasion, Optional<String> draft, LinkedGroups.Request request) {
        Function<Fact, ValueClass> first = fact -> region.allowed(space.variable(fact)).get(0);
        Situation.Breakup breakup = new Situation.Breakup(today.minusDays(period.breakupDaysAgo()),
                name(InitiatedBy.class, first.apply(Fact.BREAKUP_INITIATED_BY)),
                bool(first.apply(Fact.BREAKUP_FEELINGS_EXPRESSED)));
        Optional<Situation.NoContact> noContact = period.started()
                ? Optional.of(new Situation.NoContact(today.minusDays(period.held()), period.daysGiven()))
                : Optional.empty();
        Optional<Situation.ExContact> exContact = ex.about()
                .map(about -> new Situation.ExContact(today.minusDays(ex.daysAgo()), about));
        Situation.Emotions emotions = new Situation.Emotions(whole(first.apply(Fact.ANGER)),
                whole(first.apply(Fact.SADNESS)), whole(first.apply(Fact.CONFIDENCE)));
        Situation.Safety safety = new Situation.Safety(flag(first.apply(Fact.UNSAFE)), flag(first.apply(Fact.THREATENED)),
                flag(first.apply(Fact.SELF_HARM)), flag(first.apply(Fact.URGE_TO_MONITOR)),
                flag(first.apply(Fact.PROTECTION_ORDER)));
        Situation.Boundaries boundaries = new Situation.Boundaries(request.asked(), flag(first.apply(Fact.BLOCKED)),
                request.matter() ? Optional.of("the matter they named") : Optional.empty());
        Situation.Plan plan = new Situation.Plan(ex.action(), name(Purpose.class, first.apply(Fact.PLAN_PURPOSE)),
                occasion, true, draft);
        return new Situation(today, true, breakup, name(Goal.class, first.apply(Fact.GOAL)), noContact, tieSet,
                exContact, emotions, safety, boundaries, Math.toIntExact(first.apply(Fact.UNANSWERED_MESSAGES).low()),
                plan);
    }

    private static <E extends Enum<E> & Named> E name(Class<E> type, ValueClass c) {
        return Named.byName(type, String.valueOf(c.value())).orElseThrow();
    }

    private static Optional<Boolean> bool(ValueClass c) {
        return c.isUnknown() ? Optional.empty() : Optional.of((Boolean) c.value());
    }

    private static boolean flag(ValueClass c) {
        return (Boolean) c.value();
    }

    private static OptionalInt whole(ValueClass c) {
        return c.isUnknown() ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(c.low()));
    }
}
