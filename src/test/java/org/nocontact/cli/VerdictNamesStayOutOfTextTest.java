package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nocontact.rules.Verdict;

/**
 * A person reads the verdict in plain words: no internal names such as DO_NOT_CONTACT beside the
 * headline, in "what would change it" or in the days ahead (a newcomer's tour read them as jargon).
 * The names stay in `--format json` and in `how`, which explains the rules.
 */
class VerdictNamesStayOutOfTextTest {

    static Object[][] examplesAndProfiles() {
        return CheckCommandTest.EXAMPLES.keySet().stream().sorted()
                .flatMap(example -> Arrays.stream(new String[] {"standard", "strict"}).map(p -> new Object[] {example, p}))
                .toArray(Object[][]::new);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("examplesAndProfiles")
    void theTextOfEveryExampleNamesNoVerdictCode(String example, String profile) {
        Cli.Result r = Cli.run("check", "--color", "never", "--ahead", "--profile", profile,
                Cli.example(example).toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).as("the headline in words").isNotBlank();
        for (Verdict verdict : Verdict.values()) {
            assertThat(r.out()).as(example).doesNotContain(verdict.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplesAndProfiles")
    void theJsonStillCarriesTheVerdictsName(String example, String profile) {
        Cli.Result r = Cli.run("check", "--format", "json", "--profile", profile, Cli.example(example).toString());

        assertThat(r.out()).contains("\"verdict\": \"" + CheckCommandTest.EXAMPLES.get(example)[profile.equals("standard") ? 0 : 1] + "\"");
    }
}
