package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Profile;

/**
 * Replay is sound: for every situation tried, the file the interview saves gets the verdict and the
 * look-again date of the original, under every profile of the built-in rules.
 */
class ReplaySoundnessTest {
    @Test
    void randomSituationsSavedByTheInterviewGetTheirOwnVerdictAndDate() {
        List<String> wrong = new ArrayList<>();
        RandomSituations situations = new RandomSituations(9);
        for (int i = 0; i < 3000; i++) {
            var file = situations.next();
            for (Profile profile : InterviewTest.RULES.profiles().values()) {
                Replays.of(new Advisor(InterviewTest.RULES, profile), file).mismatch()
                        .ifPresent(m -> wrong.add(profile.name() + ": " + m));
            }
        }
        assertThat(wrong).as(wrong.size() + " replays disagree; the first:\n"
                + String.join("\n", wrong.subList(0, Math.min(5, wrong.size())))).isEmpty();
    }
}
