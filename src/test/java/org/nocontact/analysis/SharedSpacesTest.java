package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/** The advice and the interview share one space per rule set and one cut of it per profile, charged as if each cut it. */
class SharedSpacesTest {
    private final RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());

    @Test
    void oneRuleSetHasOneSpaceAndAnotherLoadOfItAnother() {
        assertThat(SharedSpaces.of(rules)).isSameAs(SharedSpaces.of(rules));
        RuleSet again = RuleSetLoader.load(RuleFiles.builtIn());
        assertThat(SharedSpaces.of(again)).as("told apart by identity").isNotSameAs(SharedSpaces.of(rules));
    }

    @Test
    void aProfileIsCutOnceAndEachCallerIsChargedTheWorkOfCuttingIt() {
        for (String name : List.of("standard", "strict")) {
            Profile profile = rules.profile(name).orElseThrow();
            Budget own = Budget.standard();
            Partition fresh = Partition.of(Space.of(rules), profile, own).orElseThrow();
            Budget first = Budget.standard();
            Budget second = Budget.standard();
            Partition shared = SharedSpaces.partition(rules, profile, first).orElseThrow();
            assertThat(SharedSpaces.partition(rules, profile, second).orElseThrow()).isSameAs(shared);
            Space space = SharedSpaces.of(rules);
            assertThat(shared.within(space.everything(), Budget.standard()).orElseThrow().stream()
                    .map(part -> part.decider().id() + " " + RegionText.describe(part.region())).toList())
                    .isEqualTo(fresh.within(Space.of(rules).everything(), Budget.standard()).orElseThrow().stream()
                            .map(part -> part.decider().id() + " " + RegionText.describe(part.region())).toList());
            // the work is the cut's on this space (its decision diagrams may be made already, so less than on a fresh one)
            assertThat(first.used()).isPositive().isLessThanOrEqualTo(own.used());
            assertThat(second.used()).as("charged again, though not cut again").isEqualTo(first.used());
        }
    }

    @Test
    void cutsKeptFromOneLoadAreTheCutsOfAnotherLoadOfTheSameFilesAndChargedAlike() {
        java.util.Map<String, Long> work = new java.util.HashMap<>();
        for (String name : List.of("standard", "strict")) {
            Budget cutHere = Budget.standard();
            SharedSpaces.partition(rules, rules.profile(name).orElseThrow(), cutHere);
            work.put(name, cutHere.used());
        }
        RuleSet again = RuleSetLoader.load(RuleFiles.builtIn());
        SharedSpaces.keep(again, SharedSpaces.cuts(rules));
        RuleSet fresh = RuleSetLoader.load(RuleFiles.builtIn());
        for (String name : List.of("standard", "strict")) {
            Budget kept = Budget.standard();
            Budget cut = Budget.standard();
            Partition read = SharedSpaces.partition(again, again.profile(name).orElseThrow(), kept).orElseThrow();
            Partition made = SharedSpaces.partition(fresh, fresh.profile(name).orElseThrow(), cut).orElseThrow();
            assertThat(describe(read, again)).as(name).isEqualTo(describe(made, fresh)).hasSizeGreaterThan(100);
            assertThat(kept.used()).as("charged the work the cut it was kept from took").isEqualTo(work.get(name))
                    .isPositive();
        }
    }

    @Test
    void keptCutsOutliveOtherRuleSetsUsedMeanwhile() {
        SharedSpaces.partition(rules, rules.profile("standard").orElseThrow(), Budget.standard());
        Budget cutHere = Budget.standard(); // strict after standard: less work than cutting strict alone
        SharedSpaces.partition(rules, rules.profile("strict").orElseThrow(), cutHere);
        RuleSet again = RuleSetLoader.load(RuleFiles.builtIn());
        SharedSpaces.keep(again, SharedSpaces.cuts(rules));
        for (int i = 0; i < 7; i++) {
            SharedSpaces.of(RuleSetLoader.load(RuleFiles.builtIn())); // other rule sets, as other runs in one JVM use
        }
        Budget kept = Budget.standard();
        SharedSpaces.partition(again, again.profile("strict").orElseThrow(), kept);
        assertThat(kept.used()).as("the kept cut, not a new one (all spaces used to be dropped at the ninth)")
                .isEqualTo(cutHere.used());
    }

    @Test
    void keptCutsThatDoNotReadBackWholeAreIgnoredAndTheProfileIsCut() {
        SharedSpaces.partition(rules, rules.profile("standard").orElseThrow(), Budget.standard());
        byte[] cuts = SharedSpaces.cuts(rules);
        RuleSet again = RuleSetLoader.load(RuleFiles.builtIn());
        SharedSpaces.keep(again, java.util.Arrays.copyOf(cuts, cuts.length / 2));
        Budget charged = Budget.standard();
        Partition cut = SharedSpaces.partition(again, again.profile("standard").orElseThrow(), charged).orElseThrow();
        RuleSet fresh = RuleSetLoader.load(RuleFiles.builtIn());
        Partition own = SharedSpaces.partition(fresh, fresh.profile("standard").orElseThrow(), Budget.standard())
                .orElseThrow();
        assertThat(describe(cut, again)).isEqualTo(describe(own, fresh)).isNotEmpty();
    }

    private static List<String> describe(Partition partition, RuleSet rules) {
        return partition.within(SharedSpaces.of(rules).everything(), Budget.standard()).orElseThrow().stream()
                .map(part -> part.decider().id() + " " + RegionText.describe(part.region())).toList();
    }

    @Test
    void aProfileTooLargeToCutWholeHasNoPartitionAndCostsNothing() {
        Profile profile = rules.profile("standard").orElseThrow();
        List<org.nocontact.rules.Rule> many = new java.util.ArrayList<>();
        while (many.size() <= Partition.MAX_RULES) {
            many.addAll(profile.precedence());
        }
        Profile large = new Profile("large", "too many rules to cut whole", many);
        Budget charged = Budget.standard();
        assertThat(SharedSpaces.partition(rules, large, charged)).isEmpty();
        assertThat(charged.used()).isZero();
    }
}
