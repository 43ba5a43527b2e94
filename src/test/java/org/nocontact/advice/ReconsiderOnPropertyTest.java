package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.nocontact.GeneratedSituations;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Facts;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;

/**
 * reconsiderOn against guidance.md's "Dates", checked the slow, plain way: each day after today
 * is written out as the advice has it, and every value of the free answers (each emotion unknown
 * or 0 to 10; every goal when it is unsure) is evaluated on it. Nothing here uses the projection
 * or the analysis engine.
 */
class ReconsiderOnPropertyTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());

    @Property(tries = 12)
    void theStandardLookAgainDayIsTheDefinitionsDay(@ForAll("situations") Situation s) {
        check(s, "standard");
    }

    @Property(tries = 8)
    void theStrictLookAgainDayIsTheDefinitionsDay(@ForAll("situations") Situation s) {
        check(s, "strict");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Situation> situations() {
        return GeneratedSituations.situations();
    }

    private void check(Situation s, String profileName) {
        Profile profile = rules.profile(profileName).orElseThrow();
        Recommendation r = new Advisor(rules, profile).advise(s);
        assertThat(r.reconsiderOn()).as(s.toString()).isEqualTo(byDefinition(profile, s));
    }

    Optional<LocalDate> byDefinition(Profile profile, Situation s) {
        Rule decider = Evaluation.of(profile, facts(s)).decider();
        if (decider.verdict() != Verdict.DO_NOT_CONTACT) {
            return Optional.empty();
        }
        Set<Verdict> today = reachable(profile, followed(s, decider.period(), s.today()));
        for (int n = 1; n <= 366; n++) {
            LocalDate day = s.today().plusDays(n);
            Situation then = followed(s, decider.period(), day).withPlan(planOn(s, day));
            for (Verdict v : reachable(profile, then)) {
                if (v != Verdict.DO_NOT_CONTACT && !today.contains(v)) {
                    return Optional.of(day);
                }
            }
        }
        return Optional.empty();
    }

    private Facts facts(Situation s) {
        return rules.factsOf(s);
    }

    /** The situation on a day, the period held, begun or extended today as the deciding rule says. */
    private static Situation followed(Situation s, PeriodAdvice advice, LocalDate day) {
        Situation later = s.withToday(day);
        Situation.NoContact fromToday = new Situation.NoContact(s.today(),
                s.noContact().map(Situation.NoContact::days).orElse(OptionalInt.empty()));
        if (advice == PeriodAdvice.EXTENDS || advice == PeriodAdvice.BEGINS && s.noContact().isEmpty()) {
            later = later.withNoContact(Optional.of(advice == PeriodAdvice.EXTENDS ? fromToday
                    : new Situation.NoContact(s.today(), OptionalInt.empty())));
        }
        return later;
    }

    /** Today's occasion passes once its days are over; one whose day is not known stays. */
    private static Situation.Plan planOn(Situation s, LocalDate day) {
        Situation.Plan plan = s.plan();
        Situation.Plan inferred = new Situation.Plan(plan.action(), plan.purpose(), Optional.empty(), true, plan.message());
        if (plan.occasion().isEmpty()) {
            return inferred;
        }
        Occasion named = plan.occasion().get();
        List<LocalDate> itsDays = new ArrayList<>();
        for (int n = 0; n <= 366 + 3; n++) {
            LocalDate d = s.today().plusDays(n);
            if (Facts.inferredOccasion(d).equals(Optional.of(named))) {
                itsDays.add(d);
            } else if (!itsDays.isEmpty()) {
                break;
            }
        }
        if (itsDays.isEmpty()) {
            return plan;
        }
        return day.isAfter(itsDays.get(itsDays.size() - 1)) ? inferred : plan;
    }

    /** Every verdict the free answers give: each emotion unknown or 0..10, and any goal when unsure. */
    private Set<Verdict> reachable(Profile profile, Situation s) {
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        List<Goal> goals = s.goal() == Goal.UNSURE ? List.of(Goal.values()) : List.of(s.goal());
        for (Goal goal : goals) {
            for (int a = -1; a <= 10; a++) {
                for (int b = -1; b <= 10; b++) {
                    for (int c = -1; c <= 10; c++) {
                        Situation one = s.withGoal(goal).withEmotions(new Situation.Emotions(value(a), value(b), value(c)));
                        verdicts.add(Evaluation.of(profile, facts(one)).verdict());
                    }
                }
            }
        }
        return verdicts;
    }

    private static OptionalInt value(int v) {
        return v < 0 ? OptionalInt.empty() : OptionalInt.of(v);
    }

}
