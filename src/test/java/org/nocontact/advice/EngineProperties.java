package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Action;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.SituationWriter;
import org.nocontact.situation.Tie;

/** Invariants of the engine over generated valid situations, in both profiles. */
class EngineProperties {
    static final RuleSet RULES = RuleSetLoader.load(RuleFiles.builtIn());

    @Provide
    Arbitrary<Situation> situations() {
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

    static List<Profile> profiles() {
        return List.copyOf(RULES.profiles().values());
    }

    @Property(tries = 2000)
    void everySituationGetsExactlyOneVerdictFromTheFirstRuleThatApplies(@ForAll("situations") Situation s) {
        for (Profile profile : profiles()) {
            Evaluation e = Evaluation.of(profile, RULES.factsOf(s));
            assertThat(e.applied()).isNotEmpty();
            assertThat(e.decider()).isSameAs(e.applied().get(0));
            assertThat(e.verdict()).isNotNull();
        }
    }

    @Property(tries = 1000)
    void anySafetyConcernGivesSeekSupport(@ForAll("situations") Situation s) {
        boolean concern = s.safety().anyConcern();
        for (Profile profile : profiles()) {
            Recommendation r = new Advisor(RULES, profile).advise(s);
            assertThat(r.verdict() == Verdict.SEEK_SUPPORT).as(s.toString()).isEqualTo(concern);
        }
    }

    @Property(tries = 1000)
    void aGiftOrALetterIsNeverReachOut(@ForAll("situations") Situation s) {
        for (Action action : List.of(Action.GIFT, Action.LETTER)) {
            Situation plan = s.withPlan(new Situation.Plan(action, s.plan().purpose(), s.plan().occasion(), true, Optional.empty()));
            for (Profile profile : profiles()) {
                assertThat(new Advisor(RULES, profile).advise(plan).verdict()).isNotEqualTo(Verdict.REACH_OUT);
            }
        }
    }

    @Property(tries = 1000)
    void theSameInputAlwaysGivesTheSameOutput(@ForAll("situations") Situation s) {
        for (Profile profile : profiles()) {
            Recommendation first = new Advisor(RULES, profile).advise(s);
            Recommendation second = new Advisor(RULES, profile).advise(s);
            assertThat(second.verdict()).isEqualTo(first.verdict());
            assertThat(second.reasons()).isEqualTo(first.reasons());
            assertThat(second.overridden()).isEqualTo(first.overridden());
            assertThat(second.doInstead()).isEqualTo(first.doInstead());
            assertThat(second.wouldChange()).isEqualTo(first.wouldChange());
            assertThat(second.reconsiderOn()).isEqualTo(first.reconsiderOn());
        }
    }

    @Property(tries = 1000)
    void everyWouldChangeEntryReallyGivesTheVerdictItNames(@ForAll("situations") Situation s) {
        for (Profile profile : profiles()) {
            Advisor advisor = new Advisor(RULES, profile);
            Recommendation r = advisor.advise(s);
            List<Counterfactuals.Candidate> candidates = Counterfactuals.of(s, RULES.defaultNoContactDays());
            for (Recommendation.Change change : r.wouldChange()) {
                Counterfactuals.Candidate candidate = candidates.stream()
                        .filter(c -> c.description().equals(change.change())).findFirst().orElseThrow();
                assertThat(advisor.evaluate(candidate.situation()).verdict()).isEqualTo(change.verdict());
                assertThat(change.verdict()).isNotEqualTo(r.verdict());
            }
            assertThat(r.wouldChange()).hasSizeLessThanOrEqualTo(Advisor.MAX_CHANGES);
        }
    }

    @Property(tries = 1000)
    void aReasonsListStartsWithTheDeciderAndCitesKnownSources(@ForAll("situations") Situation s) {
        for (Profile profile : profiles()) {
            Recommendation r = new Advisor(RULES, profile).advise(s);
            assertThat(r.reasons().get(0).rule()).isEqualTo(r.evaluation().decider().id());
            assertThat(r.reasons()).allSatisfy(reason -> assertThat(reason.sources()).isNotEmpty()
                    .allMatch(RULES.sources()::containsKey));
            assertThat(r.overridden()).allSatisfy(o -> assertThat(o.by()).isEqualTo(r.reasons().get(0).rule()));
            r.reconsiderOn().ifPresent(date -> assertThat(date).isAfter(s.today()));
        }
    }

    @Property(tries = 1000)
    void aSavedSituationReadsBackTheSame(@ForAll("situations") Situation s) {
        Situation reread = new SituationReader(LocalDate.of(2000, 1, 1)).read(
                SituationWriter.write(s).getBytes(java.nio.charset.StandardCharsets.UTF_8), "saved.json");
        assertThat(reread).isEqualTo(s);
    }
}
