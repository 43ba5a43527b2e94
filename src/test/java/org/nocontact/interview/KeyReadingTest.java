package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Fact;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Tie;

/** A stored answer reads back only as its key's type; anything else (an answer left unknown) reads as no value. */
class KeyReadingTest {
    private static final Object UNKNOWN = new Object();

    @Test
    void aPlainKeyReadsOnlyItsOwnType() {
        assertThat(Key.GOAL.read(Goal.RECONCILE)).contains(Goal.RECONCILE);
        assertThat(Key.GOAL.read("reconcile")).isEmpty();
        assertThat(Key.BREAKUP_DATE.read(LocalDate.of(2027, 1, 1))).contains(LocalDate.of(2027, 1, 1));
        assertThat(Key.BREAKUP_DATE.read(UNKNOWN)).isEmpty();
        assertThat(Key.ANGER.read(OptionalInt.of(3))).contains(OptionalInt.of(3));
        assertThat(Key.ANGER.read(3)).isEmpty();
    }

    @Test
    void anOptionalKeyReadsNothingOrItsTypeInside() {
        assertThat(Key.EX_CONTACT_RECENT.read(Optional.empty())).contains(Optional.empty());
        assertThat(Key.EX_CONTACT_RECENT.read(Optional.of(ExContactAbout.PERSONAL))).contains(Optional.of(ExContactAbout.PERSONAL));
        assertThat(Key.EX_CONTACT_RECENT.read(Optional.of("personal"))).isEmpty();
        assertThat(Key.EX_CONTACT_RECENT.read(ExContactAbout.PERSONAL)).isEmpty();
        assertThat(Key.EX_CONTACT_RECENT.read(UNKNOWN)).isEmpty();
    }

    @Test
    void tiesReadOnlyASetOfTiesAndCannotBeChangedAfter() {
        Optional<Set<Tie>> ties = Key.TIES.read(Set.of(Tie.PETS, Tie.CHILDREN));
        assertThat(ties).contains(EnumSet.of(Tie.PETS, Tie.CHILDREN));
        assertThatThrownBy(() -> ties.orElseThrow().add(Tie.WORK)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Key.TIES.read(Set.of())).contains(Set.of());
        assertThat(Key.TIES.read(Set.of("pets"))).isEmpty();
        assertThat(Key.TIES.read(List.of(Tie.PETS))).isEmpty();
        assertThat(Key.TIES.read(UNKNOWN)).isEmpty();
    }

    @Test
    void eachKeyFillsInItsFieldOfTheFile() {
        assertThat(Key.BREAKUP_DATE.field()).isEqualTo("breakup.date");
        assertThat(Key.BREAKUP_DATE.toString()).isEqualTo("breakup.date");
        assertThat(Key.BREAKUP_DATE.facts()).containsExactlyInAnyOrder(Fact.BREAKUP_DATE, Fact.BREAKUP_DAYS_AGO);
        assertThat(Key.GOAL.facts()).containsExactly(Fact.GOAL);
        assertThat(Key.TIES.facts()).containsExactlyInAnyOrder(Fact.TIES, Fact.TIES_COUNT);
        assertThat(Key.all()).hasSize(Key.all().stream().map(Key::toString).distinct().toList().size());
        assertThat(Key.named("breakup.date")).containsSame(Key.BREAKUP_DATE);
        assertThat(Key.named("nothing.here")).isEmpty();
    }
}
