package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.advice.Advisor;
import org.nocontact.analysis.Exploration;
import org.nocontact.analysis.Explorer;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.Space;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/**
 * Replay is sound over the whole situation space: the analysis engine cuts every valid situation
 * into regions that each profile's rules cannot tell apart and gives a witness for each; every
 * witness, replayed through the interview, saves a file that `check` gives the witness's own verdict
 * and look-again date.
 */
class ReplayOverTheSpaceTest {
    private final org.nocontact.BuiltIn builtIn = org.nocontact.BuiltIn.load();
    final RuleSet RULES = builtIn.rules();

    @TempDir
    Path temp;

    static List<Leaf> leaves(RuleSet rules, Profile profile) {
        Exploration exploration = Explorer.explore(Space.of(rules).everything(), List.of(profile));
        assertThat(exploration.uncovered()).as("regions the engine could not settle").isEmpty();
        return exploration.leaves();
    }

    @Test
    void everyRegionOfEveryProfileIsReplayedToItsOwnVerdictAndDate() {
        assertEveryWitnessReplaysSoundly(RULES);
    }

    @Test
    void soDoesEveryRegionOfARuleSetWithOtherThresholdsAndALongerPeriod() throws IOException {
        Path rules = temp.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("nocontact.root", ".")).resolve("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Path index = rules.resolve("ruleset.json");
        String text = Files.readString(index);
        String changed = text.replace("\"noContactDays\": 30", "\"noContactDays\": 42")
                .replace("{ \"fact\": \"emotions.anger\", \"atMost\": 3 },",
                        "{ \"fact\": \"emotions.anger\", \"atMost\": 6 }, { \"fact\": \"breakup.daysAgo\", \"atLeast\": 14 },")
                .replace("\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }",
                        "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 6 }");
        assertThat(changed).as("every change applied").doesNotContain("\"atLeast\": 2 }", "\"noContactDays\": 30");
        Files.writeString(index, changed);
        assertEveryWitnessReplaysSoundly(RuleSetLoader.load(RuleFiles.folder(rules)));
    }

    private static void assertEveryWitnessReplaysSoundly(RuleSet rules) {
        List<String> wrong = new ArrayList<>();
        int replayed = 0;
        for (Profile profile : rules.profiles().values()) {
            Advisor advisor = new Advisor(rules, profile);
            for (Leaf leaf : leaves(rules, profile)) {
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
