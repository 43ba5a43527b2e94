package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Advisor;
import org.nocontact.analysis.AnalysisAgreesWithEvaluationTest.RandomRules;
import org.nocontact.authoring.Differ;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.PeriodAdvice;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * The proof that the day to look again is the same all over a region whose today is an occasion read
 * from the date (issue 18) agrees with the days {@code check} gives, day by day: on small random rule
 * sets (each with a rule that keeps contact closed on such an occasion) against a changed copy, every
 * region it proves has, at every situation of it tried (today on each day of Christmas, New Year and
 * Valentine's Day of three years, counts of days, the period, the message, the ex's birthday and the
 * anniversary drawn at random), the same day on both sides as {@link Advisor#advise} works it out; and
 * no region where the diff finds the day moved (a situation {@code check} confirms) is ever proved.
 */
class OccasionDaysProofTest {
    private static final int RULE_SETS = 200;
    private static final int TRIES = 400;
    private static final List<MonthDay> OCCASIONS = List.of(MonthDay.of(12, 24), MonthDay.of(12, 25),
            MonthDay.of(12, 26), MonthDay.of(12, 31), MonthDay.of(1, 1), MonthDay.of(2, 14));

    @Test
    void everySituationOfARegionProvedHasTheSameDayOnBothSides() {
        int proved = 0;
        int tried = 0;
        for (Compared compared : comparedSets()) {
            long seed = compared.seed();
            Random random = new Random(seed);
            RuleSet base = compared.base();
            RuleSet changed = compared.changed();
            Space space = compared.space();
            Profile before = base.profile("p").orElseThrow();
            Profile after = changed.profile("p").orElseThrow();
            Optional<LookAgainDays> days = Optional.of(compared.days());
            Exploration listed = days.get().explore(space.everything(), before, after,
                    deciders -> sameDays(deciders.get(0), deciders.get(1)) ? Explorer.Interest.ALL : Explorer.Interest.SKIP);
            for (Leaf leaf : listed.leaves()) {
                if (!sameDays(leaf.decider(0), leaf.decider(1))
                        || !days.get().provedSame(leaf.region(), leaf.decider(0).period())) {
                    continue;
                }
                proved++;
                for (Situation situation : situationsOf(leaf, random)) {
                    tried++;
                    assertThat(new Advisor(changed, after).advise(situation).reconsiderOn())
                            .as("seed %d, a region proved the same: %s", seed, situation)
                            .isEqualTo(new Advisor(base, before).advise(situation).reconsiderOn());
                }
            }
        }
        assertThat(proved).as("regions proved").isGreaterThan(5);
        assertThat(tried).as("situations of proved regions tried").isGreaterThan(100);
    }

    @Test
    void noRegionWhereTheDiffFindsTheDayMovedIsProved() {
        int moved = 0;
        for (Compared compared : comparedSets()) {
            long seed = compared.seed();
            RuleSet base = compared.base();
            RuleSet changed = compared.changed();
            Space space = compared.space();
            Optional<LookAgainDays> days = Optional.of(compared.days());
            for (Differ.Change change : Differ.diff(base, changed, List.of()).changes()) {
                if (sameDays(change.from(), change.to()) && change.aspects().contains(Differ.Aspect.DATE)) {
                    moved++;
                    Region region = Region.of(space, masksOf(change.region()));
                    assertThat(days.get().provedSame(region, change.from().period()))
                            .as("seed %d: the day moves at %s", seed, change.witness()).isFalse();
                }
            }
        }
        assertThat(moved).as("regions where the day moves").isGreaterThan(20);
    }

    /**
     * Two rule sets to compare, each with a rule that keeps contact closed on an occasion read from the
     * date: half the time random rules against a changed copy or other random rules; half the time a rule
     * that opens a verdict on one occasion while a count of days is past a bound, first, with the bound
     * moved by one in the copy (whether a situation told on some occasion can meet the other occasion
     * with its count at the bound depends on how far apart they are), above one random rule.
     */
    private static List<RuleSet> pair(Random random) {
        if (random.nextBoolean()) {
            RuleSet base = withHoliday(random, RandomRules.ruleSet(random, "a"));
            return List.of(base, random.nextBoolean() ? RandomRules.mutated(random, base)
                    : withHoliday(random, RandomRules.ruleSet(random, "b")));
        }
        Fact count = RandomRules.pick(random, List.of(Fact.BREAKUP_DAYS_AGO, Fact.EX_CONTACT_DAYS_AGO,
                Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_DAYS_LEFT));
        String occasion = RandomRules.pick(random, List.of("valentines-day", "christmas", "new-year", "valentines-day",
                "christmas", "new-year", "birthday"));
        Verdict opens = RandomRules.pick(random, List.of(Verdict.RESPOND_BRIEFLY, Verdict.REACH_OUT, Verdict.LOGISTICS_ONLY));
        boolean atLeast = random.nextBoolean();
        int bound = random.nextInt(90);
        RuleSet rest = withHoliday(random, SmallRuleSets.of(random.nextBoolean() ? 30 : 7, List.of(
                SmallRuleSets.rule("a0", RandomRules.condition(random, 1), RandomRules.pick(random, List.of(Verdict.values()))),
                SmallRuleSets.rule("a-catch-all", new Condition.Always(), Verdict.DO_NOT_CONTACT))));
        List<RuleSet> pair = new ArrayList<>();
        for (int b : new int[] {bound, bound + 1}) {
            List<Rule> rules = new ArrayList<>(rest.rules());
            rules.add(0, SmallRuleSets.rule("occasion-count", new Condition.All(List.of(
                    new Condition.Is(Fact.PLAN_OCCASION, occasion),
                    atLeast ? new Condition.AtLeast(count, b) : new Condition.AtMost(count, b))), opens));
            pair.add(SmallRuleSets.of(rest.defaultNoContactDays(), rules));
        }
        return pair;
    }

    /** Two rule sets compared, with the diagrams of their days to look again. */
    private record Compared(long seed, RuleSet base, RuleSet changed, Space space, LookAgainDays days) {
    }

    /**
     * The pairs of rule sets ({@link #pair}) of each seed, with their days to look again, where they count
     * facts alike (the seed's random numbers go on to draw the situations tried).
     */
    private static List<Compared> comparedSets() {
        List<Compared> result = new ArrayList<>();
        for (long seed = 0; seed < RULE_SETS; seed++) {
            long s = seed;
            List<RuleSet> pair = pair(new Random(seed));
            Space space = Space.of(pair, List.of());
            if (space.factsAlike()) {
                LookAgainDays.of(space, pair.get(0).profile("p").orElseThrow(), pair.get(1).profile("p").orElseThrow(),
                        Budget.standard()).ifPresent(days -> result.add(new Compared(s, pair.get(0), pair.get(1), space, days)));
            }
        }
        return result;
    }

    /** The rule set with a rule that keeps contact closed on an occasion read from the date, at a random place. */
    private static RuleSet withHoliday(Random random, RuleSet rules) {
        List<Rule> all = new ArrayList<>(rules.rules());
        all.add(random.nextInt(all.size()), SmallRuleSets.rule("holiday",
                new Condition.Is(Fact.PLAN_OCCASION_INFERRED, true), Verdict.DO_NOT_CONTACT,
                random.nextBoolean() ? PeriodAdvice.NONE : PeriodAdvice.HOLDS));
        return SmallRuleSets.of(rules.defaultNoContactDays(), all);
    }

    private static boolean sameDays(Rule from, Rule to) {
        return from.id().equals(to.id()) && from.verdict() == Verdict.DO_NOT_CONTACT && to.verdict() == Verdict.DO_NOT_CONTACT
                && from.period() == to.period();
    }

    private static java.util.BitSet[] masksOf(Region region) {
        java.util.BitSet[] masks = new java.util.BitSet[region.space().size()];
        for (int v = 0; v < masks.length; v++) {
            masks[v] = region.mask(v);
        }
        return masks;
    }

    /**
     * Situations of the leaf's region: its witness told on each day of an occasion read from the date,
     * with the counts of days, the period, the message and the personal dates drawn at random; those the
     * region holds (on both sides) and that are valid.
     */
    private static List<Situation> situationsOf(Leaf leaf, Random random) {
        List<Situation> result = new ArrayList<>();
        Situation witness = leaf.witness();
        Region region = leaf.region();
        for (int i = 0; i < TRIES && result.size() < TRIES / 4; i++) {
            LocalDate today = OCCASIONS.get(random.nextInt(OCCASIONS.size())).atYear(2026 + random.nextInt(3));
            int breakup = days(random);
            Situation s = witness.withToday(today)
                    .withBreakup(new Situation.Breakup(today.minusDays(breakup), witness.breakup().initiatedBy(),
                            witness.breakup().feelingsExpressed()))
                    .withNoContact(witness.noContact().map(p -> new Situation.NoContact(
                            today.minusDays(random.nextInt(breakup + 1)),
                            random.nextBoolean() ? p.days() : OptionalInt.of(1 + random.nextInt(60)))))
                    .withExContact(witness.exContact().map(m -> new Situation.ExContact(today.minusDays(days(random)),
                            m.about())))
                    .withDates(new Situation.Dates(date(random), date(random)));
            if (admits(region, s)) {
                result.add(s);
            }
        }
        return result;
    }

    private static boolean admits(Region region, Situation s) {
        for (int side = 0; side < region.space().sides(); side++) {
            if (!region.admits(side, region.space().factsOf(s, side))) {
                return false;
            }
        }
        return true;
    }

    private static int days(Random random) {
        return random.nextInt(8) == 0 ? random.nextInt(800) : random.nextInt(60);
    }

    private static Optional<LocalDate> date(Random random) {
        return random.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365)));
    }
}
