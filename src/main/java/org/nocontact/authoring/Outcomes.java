package org.nocontact.authoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Projection;
import org.nocontact.analysis.LookAgainDays;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * The outcomes of one profile on both sides of a diff: the verdict, the deciding rule, and under
 * DO_NOT_CONTACT the day to look again that {@code check} prints. The day is either projected
 * ({@link Projection#reconsiderOn}, which explores the free answers day by day) or, where the
 * profiles' diagrams of what the free answers open are at hand ({@link LookAgainDays}), read off
 * them along the same days: the same day, for the price of reading each day's facts.
 */
record Outcomes(Advisor before, Advisor after) {
    /** What differs for one situation, and the look-again day on each side. */
    record Outcome(Set<Differ.Aspect> aspects, Optional<LocalDate> fromDate, Optional<LocalDate> toDate) {
    }

    /** The outcomes with each day projected. */
    Outcome of(Rule from, Rule to, Situation situation) {
        return outcome(from, to, projected(before, from, situation), projected(after, to, situation));
    }

    /** The outcomes with each day read off the diagrams; empty where the budget ran out. */
    Optional<Outcome> of(Rule from, Rule to, Situation situation, LookAgainDays days) {
        if (from.verdict() == Verdict.DO_NOT_CONTACT && to.verdict() == Verdict.DO_NOT_CONTACT
                && from.id().equals(to.id()) && from.period() == to.period()) {
            // one DO_NOT_CONTACT rule on both sides: the same days ahead, each read once for both (a rule
            // kept by its id but given another verdict has no day to look again on that side)
            Projection projection = before.project(situation);
            LocalDate today = projection.today();
            return days.firstDays(n -> projection.situationOn(today.plusDays(n)), Projection.MAX_DAYS)
                    .map(first -> outcome(from, to, date(today, first.get(0)), date(today, first.get(1))));
        }
        Optional<Optional<LocalDate>> fromDate = read(days, 0, before, from, situation);
        Optional<Optional<LocalDate>> toDate = read(days, 1, after, to, situation);
        if (fromDate.isEmpty() || toDate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(outcome(from, to, fromDate.get(), toDate.get()));
    }

    private static Outcome outcome(Rule from, Rule to, Optional<LocalDate> fromDate, Optional<LocalDate> toDate) {
        Set<Differ.Aspect> aspects = EnumSet.noneOf(Differ.Aspect.class);
        if (from.verdict() != to.verdict()) {
            aspects.add(Differ.Aspect.VERDICT);
        }
        if (!fromDate.equals(toDate)) {
            aspects.add(Differ.Aspect.DATE);
        }
        if (!from.id().equals(to.id())) {
            aspects.add(Differ.Aspect.RULE);
        }
        return new Outcome(aspects, fromDate, toDate);
    }

    private static Optional<LocalDate> projected(Advisor advisor, Rule decider, Situation situation) {
        return decider.verdict() == Verdict.DO_NOT_CONTACT ? advisor.project(situation).reconsiderOn()
                : Optional.empty();
    }

    private static Optional<Optional<LocalDate>> read(LookAgainDays days, int side, Advisor advisor, Rule decider,
                                                      Situation situation) {
        if (decider.verdict() != Verdict.DO_NOT_CONTACT) {
            return Optional.of(Optional.empty());
        }
        Projection projection = advisor.project(situation);
        LocalDate today = projection.today();
        Optional<OptionalInt> first = days.firstDay(side, n -> projection.situationOn(today.plusDays(n)),
                Projection.MAX_DAYS);
        return first.map(n -> date(today, n));
    }

    private static Optional<LocalDate> date(LocalDate today, OptionalInt days) {
        return days.isPresent() ? Optional.of(today.plusDays(days.getAsInt())) : Optional.empty();
    }
}
