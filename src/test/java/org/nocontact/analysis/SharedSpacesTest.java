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
