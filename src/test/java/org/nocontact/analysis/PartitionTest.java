package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nocontact.GeneratedSituations;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.situation.Situation;

/**
 * Reading a region off the partition of the whole space gives exactly the parts, and the deciding
 * rule of each, that exploring the region itself gives: for regions made as the interview and the
 * look-again walk make them (a situation's facts fixed, some facts left open), in both profiles.
 */
class PartitionTest {
    final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());

    @Property(tries = 80)
    void aRegionReadOffThePartitionHasThePartsItsOwnExplorationFinds(@ForAll("situations") Situation s,
                                                                     @ForAll("openFacts") Set<Fact> open,
                                                                     @ForAll boolean strict) {
        Space space = Space.of(rules);
        Profile profile = rules.profile(strict ? "strict" : "standard").orElseThrow();
        Partition partition = Partition.of(space, profile, Budget.standard()).orElseThrow();
        Region start = space.everything();
        Facts facts = rules.factsOf(s);
        for (Fact fact : Fact.values()) {
            if (!open.contains(fact)) {
                start = start.with(fact, facts.value(fact));
            }
        }
        Exploration explored = Explorer.explore(start, new Condition.Always(), List.of(profile), Budget.standard(),
                Integer.MAX_VALUE);
        assertThat(explored.complete()).isTrue();
        Set<String> expected = explored.leaves().stream().map(leaf -> describe(leaf.region(), leaf.decider(0).id()))
                .collect(Collectors.toSet());
        List<Partition.Part> parts = partition.within(start, Budget.standard()).orElseThrow();
        assertThat(parts.stream().map(part -> describe(part.region(), part.decider().id())).collect(Collectors.toSet()))
                .as("%s with %s open", s, open).isEqualTo(expected);
        assertThat(parts).as("no part twice").hasSize(expected.size());
    }

    @Property(tries = 60)
    void aRegionReadOffTheAnswerOfARegionHoldingItHasThePartsTheWholePartitionGives(
            @ForAll("situations") Situation s, @ForAll("openFacts") Set<Fact> open, @ForAll("openFacts") Set<Fact> alsoOpen,
            @ForAll boolean strict) {
        Space space = Space.of(rules);
        Profile profile = rules.profile(strict ? "strict" : "standard").orElseThrow();
        Partition partition = Partition.of(space, profile, Budget.standard()).orElseThrow();
        Facts facts = rules.factsOf(s);
        Region inner = space.everything();
        Region outer = space.everything();
        for (Fact fact : Fact.values()) {
            if (!open.contains(fact)) {
                inner = inner.with(fact, facts.value(fact));
                if (!alsoOpen.contains(fact)) {
                    outer = outer.with(fact, facts.value(fact));
                }
            }
        }
        Region holding = outer; // more facts open: a region holding the inner one
        assertThat(holding.holds(inner)).as("%s holds %s", holding, inner).isTrue();
        List<Partition.Part> ofHolding = partition.within(holding, Budget.standard()).orElseThrow();
        assertThat(partition.within(inner, ofHolding, Budget.standard()).orElseThrow())
                .isEqualTo(partition.within(inner, Budget.standard()).orElseThrow());
    }

    @net.jqwik.api.Example
    void aRegionHoldsItsNarrowingsAndNoWiderOne() {
        Space space = Space.of(rules);
        Region all = space.everything();
        Region narrowed = all.with(Fact.GOAL, "reconcile");
        assertThat(all.holds(narrowed)).isTrue();
        assertThat(narrowed.holds(narrowed)).isTrue();
        assertThat(narrowed.holds(all)).isFalse();
        int goal = space.variable(Fact.GOAL, 0);
        assertThat(narrowed.meets(all, goal)).isTrue();
        assertThat(narrowed.meets(all.with(Fact.GOAL, "move-on"), goal)).isFalse();
    }

    @net.jqwik.api.Example
    void aProfileWithMoreRulesThanItCutsWholeIsExploredRegionByRegion() {
        Profile profile = rules.profile("standard").orElseThrow();
        assertThat(Partition.of(Space.of(rules), profile, Budget.standard())).isPresent();
        Profile large = new Profile("large", profile.description(),
                java.util.Collections.nCopies(Partition.MAX_RULES + 1, profile.precedence().get(0)));
        assertThat(Partition.of(Space.of(rules), large, Budget.standard())).isEmpty();
    }

    private static String describe(Region region, String decider) {
        return decider + " in " + region.describe();
    }

    @Provide
    Arbitrary<Situation> situations() {
        return GeneratedSituations.situations();
    }

    @Provide
    Arbitrary<Set<Fact>> openFacts() {
        return Arbitraries.of(Fact.class).set().ofMaxSize(12).map(set -> set.isEmpty() ? Set.of() : EnumSet.copyOf(set));
    }
}
