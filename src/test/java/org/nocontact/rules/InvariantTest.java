package org.nocontact.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nocontact.json.Position;

/** An invariant's promise: which profiles it speaks for, and which verdicts keep it. */
class InvariantTest {
    private static Invariant invariant(List<String> profiles, boolean never, Verdict verdict) {
        return new Invariant("safety-first", "", profiles, new Condition.Always(), never, verdict, "ruleset.json",
                Position.START);
    }

    private static Profile profile(String name) {
        return new Profile(name, "", List.of());
    }

    @Test
    void anInvariantNamingNoProfileSpeaksForEveryProfileAndOneNamingSomeOnlyForThose() {
        Invariant everywhere = invariant(List.of(), false, Verdict.SEEK_SUPPORT);
        assertThat(everywhere.appliesTo(profile("standard"))).isTrue();
        assertThat(everywhere.appliesTo(profile("strict"))).isTrue();
        Invariant strictOnly = invariant(List.of("strict"), false, Verdict.SEEK_SUPPORT);
        assertThat(strictOnly.appliesTo(profile("strict"))).isTrue();
        assertThat(strictOnly.appliesTo(profile("standard"))).isFalse();
    }

    @Test
    void expectIsKeptOnlyByItsVerdictAndNeverByEveryOther() {
        Invariant expect = invariant(List.of(), false, Verdict.SEEK_SUPPORT);
        assertThat(expect.keptBy(Verdict.SEEK_SUPPORT)).isTrue();
        assertThat(expect.keptBy(Verdict.REACH_OUT)).isFalse();
        assertThat(expect.promise()).isEqualTo("always SEEK_SUPPORT");
        Invariant never = invariant(List.of(), true, Verdict.REACH_OUT);
        assertThat(never.keptBy(Verdict.REACH_OUT)).isFalse();
        assertThat(never.keptBy(Verdict.DO_NOT_CONTACT)).isTrue();
        assertThat(never.promise()).isEqualTo("never REACH_OUT");
    }
}
