package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.BuiltIn;
import org.nocontact.GeneratedSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Projection;
import org.nocontact.advice.Recommendation;
import org.nocontact.authoring.GeneratedRuleSets;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * The day to look again read off the diagrams is the day {@code check} prints: for random
 * situations decided DO_NOT_CONTACT, {@link LookAgainDays#firstDay} along the projection's days
 * gives {@code Advisor.advise(...).reconsiderOn()}, on the shipped profiles (whose rules begin,
 * extend and hold a period, so the days ahead move the period too) and on a generated mix of every
 * fact diffed against a changed copy (two rule sets, one per side).
 */
class LookAgainDaysTest {
    @TempDir
    Path dir;

    @Test
    void theDayReadOffTheDiagramsIsTheDayCheckPrintsOnTheShippedProfiles() {
        BuiltIn builtIn = BuiltIn.load();
        RuleSet rules = builtIn.rules();
        int compared = agree(rules, rules, "standard", "strict", 3000);
        assertThat(compared).as("situations decided DO_NOT_CONTACT with a day to look again").isPositive();
    }

    @Test
    void theDayReadOffTheDiagramsIsTheDayCheckPrintsOnAGeneratedMixAndItsChangedCopy() throws IOException {
        Path base = GeneratedRuleSets.writeEveryFactMix(dir.resolve("base"), 60, 2, 7);
        RuleSet before = RuleSetLoader.load(RuleFiles.folder(base));
        RuleSet after = RuleSetLoader.load(RuleFiles.folder(GeneratedRuleSets.changedCopy(base, dir.resolve("changed"))));
        int compared = agree(before, after, "p0", "p0", 400) + agree(before, after, "p1", "p1", 400);
        assertThat(compared).as("situations decided DO_NOT_CONTACT with a day to look again").isPositive();
    }

    /** Checks the day on each side for random situations; returns how many had a day to look again. */
    private static int agree(RuleSet base, RuleSet other, String baseProfile, String otherProfile, int samples) {
        List<Profile> profiles = List.of(base.profile(baseProfile).orElseThrow(),
                other.profile(otherProfile).orElseThrow());
        List<Advisor> advisors = List.of(new Advisor(base, profiles.get(0)), new Advisor(other, profiles.get(1)));
        Space space = Space.of(List.of(base, other), List.of());
        LookAgainDays days = LookAgainDays.of(space, profiles.get(0), profiles.get(1), Budget.standard()).orElseThrow();
        int withADay = 0;
        for (Situation s : GeneratedSituations.situations().sampleStream().limit(samples).toList()) {
            for (int side = 0; side < 2; side++) {
                Recommendation advice = advisors.get(side).advise(s);
                if (advice.verdict() != Verdict.DO_NOT_CONTACT) {
                    continue;
                }
                Projection projection = advisors.get(side).project(s);
                LocalDate today = projection.today();
                OptionalInt first = days.firstDay(side, n -> projection.situationOn(today.plusDays(n)),
                        Projection.MAX_DAYS).orElseThrow();
                Optional<LocalDate> read = first.isPresent() ? Optional.of(today.plusDays(first.getAsInt()))
                        : Optional.empty();
                assertThat(read).as("side %d for %s", side, s).isEqualTo(advice.reconsiderOn());
                withADay += read.isPresent() ? 1 : 0;
            }
        }
        return withADay;
    }
}
