package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.Thorough;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Profile;

/**
 * Replay is sound: for every situation tried, the file the interview saves gets the verdict and the
 * look-again date of the original, under every profile of the built-in rules. ReplayOverTheSpaceTest
 * covers every region of the rules; this adds random situations: 400 in a build, 3,000 with
 * {@code -P thorough} ({@link Thorough}).
 */
class ReplaySoundnessTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    @Test
    void randomSituationsSavedByTheInterviewGetTheirOwnVerdictAndDate() {
        List<String> wrong = new ArrayList<>();
        RandomSituations situations = new RandomSituations(9);
        for (int i = 0, n = Thorough.count(400, 3000); i < n; i++) {
            var file = situations.next();
            for (Profile profile : builtIn.rules().profiles().values()) {
                Replays.of(new Advisor(builtIn.rules(), profile), file).mismatch()
                        .ifPresent(m -> wrong.add(profile.name() + ": " + m));
            }
        }
        assertThat(wrong).as(wrong.size() + " replays disagree; the first:\n"
                + String.join("\n", wrong.subList(0, Math.min(5, wrong.size())))).isEmpty();
    }
}
