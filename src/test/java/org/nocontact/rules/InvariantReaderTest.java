package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants of ruleset.json are read as written: `rules lint` proves exactly the promises the file makes. */
class InvariantReaderTest {
    private final List<Invariant> invariants = RuleSetLoader.load(RuleFiles.builtIn()).invariants();

    private Invariant named(String id) {
        return invariants.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyInvariantIsReadInTheFilesOrder() {
        assertThat(invariants).extracting(Invariant::id).startsWith("safety-comes-first",
                "a-threat-in-the-draft-is-never-sent", "a-boundary-is-never-reach-out").hasSize(11)
                .endsWith("no-invitation-before-the-period-ends");
    }

    @Test
    void anExpectedVerdictIsAPromiseThatItAlwaysComes() {
        Invariant safety = named("safety-comes-first");
        assertThat(safety.never()).isFalse();
        assertThat(safety.verdict()).isEqualTo(Verdict.SEEK_SUPPORT);
        assertThat(safety.promise()).isEqualTo("always SEEK_SUPPORT");
        assertThat(safety.description()).startsWith("guidance 1: any safety concern gives SEEK_SUPPORT");
        assertThat(safety.when().describe()).isEqualTo("safety-concern");
        assertThat(safety.file()).isEqualTo("built-in rules/ruleset.json");
        assertThat(safety.position().line()).isGreaterThan(1);
    }

    @Test
    void aNeverVerdictIsAPromiseThatItNeverComes() {
        Invariant boundary = named("a-boundary-is-never-reach-out");
        assertThat(boundary.never()).isTrue();
        assertThat(boundary.promise()).isEqualTo("never REACH_OUT");
        assertThat(boundary.when().describe())
                .isEqualTo("(boundaries.exAskedNoContact is true or boundaries.blocked is true)");
    }

    @Test
    void anInvariantNamingProfilesSpeaksForThoseAndOneNamingNoneForAll() {
        assertThat(named("no-invitation-before-the-period-ends").profiles()).containsExactly("standard");
        assertThat(named("safety-comes-first").profiles()).isEmpty();
    }
}
