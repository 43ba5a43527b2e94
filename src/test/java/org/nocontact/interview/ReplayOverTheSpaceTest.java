package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Advisor;
import org.nocontact.analysis.Exploration;
import org.nocontact.analysis.Explorer;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.Space;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleSet;

/**
 * Replay is sound over the whole situation space: the analysis engine cuts every valid situation
 * into regions that each profile's rules cannot tell apart and gives a witness for each; every
 * witness, replayed through the interview, saves a file that `check` gives the witness's own verdict
 * and look-again date.
 */
class ReplayOverTheSpaceTest {
    static final RuleSet RULES = InterviewTest.RULES;

    static List<Leaf> leaves(Profile profile) {
        Exploration exploration = Explorer.explore(Space.of(RULES).everything(), List.of(profile));
        assertThat(exploration.uncovered()).as("regions the engine could not settle").isEmpty();
        return exploration.leaves();
    }

    @Test
    void everyRegionOfEveryProfileIsReplayedToItsOwnVerdictAndDate() {
        List<String> wrong = new ArrayList<>();
        int replayed = 0;
        for (Profile profile : RULES.profiles().values()) {
            Advisor advisor = new Advisor(RULES, profile);
            for (Leaf leaf : leaves(profile)) {
                Replays.of(advisor, leaf.witness()).mismatch()
                        .ifPresent(m -> wrong.add(profile.name() + " " + leaf.region().describe() + ": " + m));
                replayed++;
            }
        }
        assertThat(replayed).isGreaterThan(100);
        assertThat(wrong).as(wrong.size() + " of " + replayed + " witnesses disagree; the first:\n"
                + String.join("\n", wrong.subList(0, Math.min(3, wrong.size())))).isEmpty();
    }
}
