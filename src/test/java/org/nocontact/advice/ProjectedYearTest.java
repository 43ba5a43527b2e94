package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nocontact.GeneratedSituations;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * The year's walk for the day to look again tries a few days of each run of days on which the
 * facts fall in the same classes, not every day of the year. That rests on every fact but the
 * occasion's moving one way only as the days pass; both that and the day found are checked here
 * against the plain day-by-day reading, on generated situations (with the ex's birthday and an
 * anniversary now and then), in both profiles.
 */
class ProjectedYearTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());

    @Property(tries = 40)
    void everyFactButTheOccasionsMovesOneWayOnlyAsTheDaysPass(@ForAll("situations") Situation s,
                                                              @ForAll PeriodAdvice advice) {
        Profile profile = rules.profile("standard").orElseThrow();
        Projection projection = new Projection(new Advisor(rules, profile), s, ruleThat(advice),
                FreeAnswers.of(rules, profile));
        List<Facts> year = new ArrayList<>();
        for (int n = 1; n <= Projection.MAX_DAYS; n++) {
            year.add(rules.factsOf(projection.situationOn(s.today().plusDays(n))));
        }
        for (Fact fact : Fact.values()) {
            if (!Projection.OCCASION_FACTS.contains(fact)) {
                assertThat(movesOneWay(year.stream().map(f -> f.value(fact)).toList()))
                        .as("%s over the year after %s (%s)", fact.factName(), s, advice).isTrue();
            }
        }
    }

    @Property(tries = 60)
    void theLookAgainDayIsTheFirstDayThatOpensAVerdictTodayDoesNot(@ForAll("situations") Situation s,
                                                                   @ForAll boolean strict) {
        Advisor advisor = new Advisor(rules, rules.profile(strict ? "strict" : "standard").orElseThrow());
        assertThat(advisor.project(s).reconsiderOn()).as(s.toString()).isEqualTo(dayByDay(advisor, s));
    }

    /** Each day read for itself, in order: the first that opens a verdict other than DO_NOT_CONTACT not open today. */
    private static Optional<LocalDate> dayByDay(Advisor advisor, Situation s) {
        Projection projection = advisor.project(s);
        ProjectedDay today = projection.day(s.today());
        if (today.verdict() != Verdict.DO_NOT_CONTACT) {
            return Optional.empty();
        }
        for (int n = 1; n <= Projection.MAX_DAYS; n++) {
            LocalDate date = s.today().plusDays(n);
            Set<Verdict> open = projection.day(date).open();
            if (open.stream().anyMatch(v -> v != Verdict.DO_NOT_CONTACT && !today.open().contains(v))) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /** Present on every day or on none, and never up then down (or down then up), or always the same. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean movesOneWay(List<Optional<Object>> values) {
        if (values.stream().map(Optional::isPresent).distinct().count() > 1) {
            return false;
        }
        List<Object> present = values.stream().flatMap(Optional::stream).toList();
        if (present.isEmpty() || !(present.get(0) instanceof Comparable)) {
            return present.stream().distinct().count() <= 1;
        }
        int direction = 0;
        for (int i = 1; i < present.size(); i++) {
            int step = Integer.signum(((Comparable) present.get(i)).compareTo(present.get(i - 1)));
            if (step != 0 && direction != 0 && step != direction) {
                return false;
            }
            direction = step != 0 ? step : direction;
        }
        return true;
    }

    private Rule ruleThat(PeriodAdvice advice) {
        return rules.rules().stream().filter(r -> r.period() == advice).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<Situation> situations() {
        Arbitrary<Optional<LocalDate>> day = Arbitraries.integers().between(0, 365)
                .map(d -> LocalDate.of(1990, 1, 1).plusDays(d)).optional(0.3);
        return net.jqwik.api.Combinators.combine(GeneratedSituations.situations(), day, day)
                .as((s, birthday, anniversary) -> s.withDates(new Situation.Dates(birthday, anniversary)));
    }
}
