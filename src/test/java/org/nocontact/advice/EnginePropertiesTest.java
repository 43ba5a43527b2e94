package org.nocontact.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nocontact.GeneratedSituations;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Action;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Purpose;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;
import org.nocontact.situation.SituationWriter;

/**
 * What docs/guidance promises, checked over generated valid situations in both profiles. Each
 * property states the guidance in its own terms (verdicts, dates, plans), not by re-running the
 * engine's own steps, so a rule or engine change that breaks a promise fails here.
 */
class EnginePropertiesTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
    /** A second, independent load: advice must not depend on which loaded copy (or its map order) is used. */
    final RuleSet reloaded = RuleSetLoader.load(RuleFiles.builtIn());

    @Provide
    Arbitrary<Situation> situations() {
        return GeneratedSituations.situations();
    }

    List<Advisor> advisors() {
        return rules.profiles().values().stream().map(profile -> new Advisor(rules, profile)).toList();
    }

    @Property(tries = 1000)
    void safetyComesFirstAndOnlySafetyGivesSeekSupport(@ForAll("situations") Situation s) {
        boolean concern = s.safety().anyConcern();
        for (Advisor advisor : advisors()) {
            Recommendation r = advisor.advise(s);
            assertThat(r.verdict() == Verdict.SEEK_SUPPORT).as(s.toString()).isEqualTo(concern);
            if (concern) {
                assertThat(r.reconsiderOn()).as("no date to look again on a safety concern").isEmpty();
                assertThat(r.wouldChange()).as("no way around safety is offered").isEmpty();
            }
        }
    }

    @Property(tries = 1000)
    void aBoundaryTheyAskedForIsNeverCrossed(@ForAll("situations") Situation any, @ForAll boolean askedRatherThanBlocked) {
        Situation s = any.withSafety(Situation.Safety.NONE).withBoundaries(new Situation.Boundaries(
                askedRatherThanBlocked || any.boundaries().exAskedNoContact(), !askedRatherThanBlocked || any.boundaries().blocked()));
        for (Advisor advisor : advisors()) {
            Recommendation r = advisor.advise(s);
            assertThat(r.verdict()).as(s.toString()).isIn(Verdict.DO_NOT_CONTACT, Verdict.LOGISTICS_ONLY);
            if (r.verdict() == Verdict.LOGISTICS_ONLY) {
                assertThat(s.plan().purpose()).as(s.toString()).isEqualTo(Purpose.LOGISTICS);
                assertThat(s.ties()).as(s.toString()).isNotEmpty();
            }
            assertThat(r.reconsiderOn()).as("no date to look again past a boundary").isEmpty();
        }
    }

    @Property(tries = 1000)
    void aGiftOrALetterIsNeverSentAndNoDateIsGiven(@ForAll("situations") Situation s) {
        for (Action action : List.of(Action.GIFT, Action.LETTER)) {
            Situation plan = s.withPlan(new Situation.Plan(action, s.plan().purpose(), s.plan().occasion(), true, Optional.empty()));
            for (Advisor advisor : advisors()) {
                Recommendation r = advisor.advise(plan);
                assertThat(r.verdict()).as(plan.toString()).isNotIn(Verdict.REACH_OUT, Verdict.RESPOND_BRIEFLY);
                if (!plan.safety().anyConcern() && r.verdict() == Verdict.DO_NOT_CONTACT) {
                    assertThat(r.reconsiderOn()).as("a date would only raise hope for a gift").isEmpty();
                }
            }
        }
    }

    @Property(tries = 1000)
    void valentinesDayAndAnniversariesAreNeverTheDayToReachOut(@ForAll("situations") Situation s) {
        Assume.that(s.plan().action() != Action.REPLY && s.plan().purpose() != Purpose.LOGISTICS);
        for (Occasion day : List.of(Occasion.VALENTINES_DAY, Occasion.ANNIVERSARY)) {
            Situation onTheDay = s.withPlan(new Situation.Plan(s.plan().action(), s.plan().purpose(), Optional.of(day), true,
                    Optional.empty()));
            for (Advisor advisor : advisors()) {
                assertThat(advisor.advise(onTheDay).verdict()).as(onTheDay.toString()).isNotEqualTo(Verdict.REACH_OUT);
            }
        }
    }

    @Property(tries = 1000)
    void aDateToLookAgainIsLaterThanTodayAndNeverForMovingOn(@ForAll("situations") Situation s) {
        for (Advisor advisor : advisors()) {
            Recommendation r = advisor.advise(s);
            r.reconsiderOn().ifPresent(date -> {
                assertThat(date).as(s.toString()).isAfter(s.today());
                assertThat(s.goal()).as("moving on or staying friends has no date to wait for")
                        .isIn(Goal.RECONCILE, Goal.UNSURE);
            });
        }
    }

    /** The output depends on the input only: a fresh load of the rules and a reread situation say the same. */
    @Property(tries = 500)
    void theSameSituationAlwaysGetsTheSameAdvice(@ForAll("situations") Situation s) {
        Situation reread = reread(s);
        for (Profile profile : rules.profiles().values()) {
            Recommendation first = new Advisor(rules, profile).advise(s);
            Recommendation second = new Advisor(reloaded, reloaded.profiles().get(profile.name())).advise(reread);
            assertThat(second.verdict()).isEqualTo(first.verdict());
            assertThat(second.summary()).isEqualTo(first.summary());
            assertThat(second.reasons()).isEqualTo(first.reasons());
            assertThat(second.overridden()).isEqualTo(first.overridden());
            assertThat(second.doInstead()).isEqualTo(first.doInstead());
            assertThat(second.wouldChange()).isEqualTo(first.wouldChange());
            assertThat(second.reconsiderOn()).isEqualTo(first.reconsiderOn());
        }
    }

    @Property(tries = 1000)
    void everyWouldChangeEntryReallyGivesTheVerdictItNames(@ForAll("situations") Situation s) {
        for (Advisor advisor : advisors()) {
            Recommendation r = advisor.advise(s);
            List<Counterfactuals.Candidate> candidates = Counterfactuals.of(s, rules.defaultNoContactDays(),
                    x -> advisor.evaluate(x).verdict());
            for (Recommendation.Change change : r.wouldChange()) {
                Counterfactuals.Candidate candidate = candidates.stream()
                        .filter(c -> c.description().equals(change.change())).findFirst().orElseThrow();
                assertThat(advisor.advise(candidate.situation()).verdict()).isEqualTo(change.verdict());
                assertThat(change.verdict()).isNotIn(r.verdict(), Verdict.SEEK_SUPPORT);
                assertThat(candidate.situation().safety()).isEqualTo(s.safety());
            }
            assertThat(r.wouldChange()).extracting(Recommendation.Change::change).doesNotHaveDuplicates();
            assertThat(r.wouldChange()).hasSizeLessThanOrEqualTo(Advisor.MAX_CHANGES);
        }
    }

    /** The deciding rule speaks first; the rules it overrode come after it in the profile, and cite known articles. */
    @Property(tries = 1000)
    void theDecidingRuleComesFirstAndOverridesOnlyLaterRules(@ForAll("situations") Situation s) {
        for (Profile profile : rules.profiles().values()) {
            Recommendation r = new Advisor(rules, profile).advise(s);
            List<String> order = profile.precedence().stream().map(Rule::id).toList();
            Rule decider = profile.precedence().get(order.indexOf(r.reasons().get(0).rule()));
            assertThat(decider.verdict()).isEqualTo(r.verdict());
            assertThat(r.overridden()).allSatisfy(o -> {
                assertThat(o.by()).isEqualTo(decider.id());
                assertThat(order.indexOf(o.rule())).isGreaterThan(order.indexOf(decider.id()));
            });
            Set<String> known = rules.sources().keySet();
            assertThat(r.reasons()).allSatisfy(reason -> assertThat(reason.sources()).isNotEmpty().allMatch(known::contains));
        }
    }

    @Property(tries = 1000)
    void aSavedSituationReadsBackTheSame(@ForAll("situations") Situation s) {
        assertThat(reread(s)).isEqualTo(s);
    }

    private static Situation reread(Situation s) {
        return new SituationReader(LocalDate.of(2000, 1, 1)).read(
                SituationWriter.write(s).getBytes(StandardCharsets.UTF_8), "saved.json");
    }
}
