package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nocontact.TestRules;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSetLoader;

/** "2 or 3" is taken where the rules' thresholds cannot tell the two apart, and asked back where they can. */
class AlikeNumbersTest {
    private final AlikeNumbers shipped = AlikeNumbers.of(RuleSetLoader.load(RuleFiles.builtIn()));

    @Test
    void numbersOnOneSideOfEveryThresholdOfTheShippedRulesAreAlike() {
        assertThat(shipped.alike(Key.UNANSWERED_MESSAGES, 2, 3)).as("both chasing").isTrue();
        assertThat(shipped.alike(Key.UNANSWERED_MESSAGES, 1, 2)).as("one is not chasing, two is").isFalse();
        assertThat(shipped.alike(Key.SADNESS, 2, 3)).isTrue();
        assertThat(shipped.alike(Key.SADNESS, 6, 7)).as("no rule reads 7 or more now: the therapist line is shown "
                + "wherever there is no safety concern (issue 21, the lead's A)").isTrue();
        assertThat(shipped.alike(Key.SADNESS, 4, 5)).as("4 or less is one sign of being ready").isFalse();
    }

    @Test
    void theLengthOfAPeriodIsNeverAlikeForItFeedsTheDaysLeftAndTheEndDay() {
        assertThat(shipped.alike(Key.NO_CONTACT_DAYS, 30, 31)).isFalse();
    }

    @Test
    void theThresholdsAreTheRulesGivenNotTodaysNumbers(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(TestRules.ROOT.resolve("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path index = dir.resolve("ruleset.json");
        String from = "\"chasing\": { \"fact\": \"history.unansweredMessages\", \"atLeast\": 2 }";
        assertThat(Files.readString(index)).contains(from);
        Files.writeString(index, Files.readString(index).replace(from, from.replace("2 }", "4 }")));
        AlikeNumbers changed = AlikeNumbers.of(RuleSetLoader.load(RuleFiles.folder(dir)));
        assertThat(changed.alike(Key.UNANSWERED_MESSAGES, 2, 3)).as("both under 4 now").isTrue();
        assertThat(changed.alike(Key.UNANSWERED_MESSAGES, 1, 2)).isTrue();
        assertThat(changed.alike(Key.UNANSWERED_MESSAGES, 3, 4)).isFalse();
    }

    @Test
    void withoutRulesARangeIsNeverAlike() {
        assertThat(AlikeNumbers.NONE.alike(Key.SADNESS, 2, 3)).isFalse();
    }
}
