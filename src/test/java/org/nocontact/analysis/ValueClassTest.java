package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueClassTest {
    @Test
    void unknownHoldsOnlyAnUnknownValue() {
        ValueClass unknown = ValueClass.unknown();
        assertThat(unknown.isUnknown()).isTrue();
        assertThat(unknown.contains(Optional.empty())).isTrue();
        assertThat(unknown.contains(Optional.of(0))).isFalse();
        assertThat(unknown.contains(Optional.of("reconcile"))).isFalse();
        assertThat(unknown.describe()).isEqualTo("unknown");
    }

    @Test
    void aRangeHoldsTheWholeNumbersFromItsLowToItsHigh() {
        ValueClass range = ValueClass.range(4, 10);
        assertThat(range.isUnknown()).isFalse();
        assertThat(range.contains(Optional.of(3))).isFalse();
        assertThat(range.contains(Optional.of(4))).isTrue();
        assertThat(range.contains(Optional.of(10))).isTrue();
        assertThat(range.contains(Optional.of(11))).isFalse();
        assertThat(range.contains(Optional.empty())).isFalse();
        assertThat(range.contains(Optional.of("4"))).isFalse();
    }

    @Test
    void aRangeIsSaidAsItsBoundsOrItsOneValueOrOpenAboveAtTheLargestWholeNumber() {
        assertThat(ValueClass.range(4, 10).describe()).isEqualTo("4..10");
        assertThat(ValueClass.range(7, 7).describe()).isEqualTo("7");
        assertThat(ValueClass.range(30, Integer.MAX_VALUE).describe()).isEqualTo("30..");
        assertThat(ValueClass.range(30, Integer.MAX_VALUE - 1L).describe()).isEqualTo("30.." + (Integer.MAX_VALUE - 1L));
        assertThat(ValueClass.range(30, SituationModel.MAX_WHOLE).describe()).isEqualTo("30..");
    }

    @Test
    void aValueHoldsThatValueOnly() {
        ValueClass reconcile = ValueClass.of("reconcile");
        assertThat(reconcile.isUnknown()).isFalse();
        assertThat(reconcile.contains(Optional.of("reconcile"))).isTrue();
        assertThat(reconcile.contains(Optional.of("move-on"))).isFalse();
        assertThat(reconcile.contains(Optional.empty())).isFalse();
        assertThat(reconcile.describe()).isEqualTo("reconcile");
        assertThat(ValueClass.of(false).contains(Optional.of(false))).isTrue();
        assertThat(ValueClass.of(false).contains(Optional.of(true))).isFalse();
        assertThat(ValueClass.of(true).describe()).isEqualTo("true");
    }

    @Test
    void knownHoldsEveryKnownValueOfADateOrTieList() {
        ValueClass known = ValueClass.of(ValueClass.KNOWN);
        assertThat(known.contains(Optional.of(java.time.LocalDate.of(2027, 2, 14)))).isTrue();
        assertThat(known.contains(Optional.of(java.util.Set.of("children")))).isTrue();
        assertThat(known.contains(Optional.empty())).isFalse();
        assertThat(known.describe()).isEqualTo("known");
    }
}
