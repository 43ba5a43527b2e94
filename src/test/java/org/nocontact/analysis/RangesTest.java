package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RangesTest {
    /** The members of a set of ranges between -50 and 50, to compare with the set meant. */
    private static List<Long> members(Ranges ranges) {
        return LongStream.rangeClosed(-50, 50).filter(ranges::contains).boxed().toList();
    }

    private static List<Long> span(long low, long high) {
        return LongStream.rangeClosed(low, high).boxed().toList();
    }

    @Test
    void aRangeHoldsItsBothEndsAndNothingBeyond() {
        Ranges r = Ranges.of(3, 7);
        assertThat(members(r)).isEqualTo(span(3, 7));
        assertThat(r.min()).isEqualTo(3);
        assertThat(r.max()).isEqualTo(7);
        assertThat(r.isEmpty()).isFalse();
        assertThat(r.size()).isEqualTo(1);
    }

    @Test
    void aRangeOfOneValueHoldsIt() {
        assertThat(members(Ranges.of(4, 4))).containsExactly(4L);
    }

    @Test
    void aRangeWhoseLowIsAboveItsHighIsEmpty() {
        assertThat(Ranges.of(5, 4).isEmpty()).isTrue();
        assertThat(Ranges.of(5, 4).size()).isZero();
        assertThat(members(Ranges.of(5, 4))).isEmpty();
    }

    @Test
    void adjacentNumberClassesAreJoinedAndUnknownIsLeftOut() {
        Ranges r = Ranges.of(List.of(ValueClass.unknown(), ValueClass.range(0, 3), ValueClass.range(4, 9),
                ValueClass.range(20, 29), ValueClass.of(true)));
        assertThat(r.size()).isEqualTo(2);
        assertThat(members(r)).isEqualTo(concat(span(0, 9), span(20, 29)));
        assertThat(r.min()).isZero();
        assertThat(r.max()).isEqualTo(29);
    }

    @Test
    void classesWithAGapBetweenThemStaySeparate() {
        Ranges r = Ranges.of(List.of(ValueClass.range(0, 3), ValueClass.range(5, 9)));
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.contains(4)).isFalse();
        assertThat(members(r)).isEqualTo(concat(span(0, 3), span(5, 9)));
    }

    @Test
    void noNumberClassesGiveNoMembers() {
        Ranges r = Ranges.of(List.of(ValueClass.unknown(), ValueClass.of("reconcile")));
        assertThat(r.isEmpty()).isTrue();
    }

    @Test
    void theSmallestMemberFromAFloorIsTheFloorInsideARangeOrTheNextRangesStart() {
        Ranges r = Ranges.of(List.of(ValueClass.range(2, 4), ValueClass.range(10, 12)));
        assertThat(r.smallestAtLeast(0)).isEqualTo(2);
        assertThat(r.smallestAtLeast(3)).isEqualTo(3);
        assertThat(r.smallestAtLeast(4)).isEqualTo(4);
        assertThat(r.smallestAtLeast(5)).isEqualTo(10);
        assertThat(r.smallestAtLeast(12)).isEqualTo(12);
        assertThat(r.smallestAtLeast(13)).isEqualTo(-1);
    }

    @Test
    void anIntersectionHoldsExactlyTheMembersOfBoth() {
        Ranges a = Ranges.of(List.of(ValueClass.range(0, 10), ValueClass.range(20, 30)));
        Ranges b = Ranges.of(List.of(ValueClass.range(5, 22), ValueClass.range(25, 25), ValueClass.range(30, 40)));
        List<Long> expected = members(a).stream().filter(members(b)::contains).toList();
        assertThat(members(a.intersect(b))).isEqualTo(expected).isEqualTo(concat(span(5, 10), span(20, 22),
                List.of(25L, 30L)));
        assertThat(members(b.intersect(a))).isEqualTo(expected);
    }

    @Test
    void rangesThatTouchAtOneEndShareThatValue() {
        assertThat(members(Ranges.of(0, 5).intersect(Ranges.of(5, 9)))).containsExactly(5L);
        assertThat(members(Ranges.of(5, 9).intersect(Ranges.of(0, 5)))).containsExactly(5L);
        assertThat(Ranges.of(0, 4).intersect(Ranges.of(5, 9)).isEmpty()).isTrue();
    }

    @Test
    void anIntersectionWithNothingIsEmpty() {
        assertThat(Ranges.of(0, 9).intersect(Ranges.EMPTY).isEmpty()).isTrue();
        assertThat(Ranges.EMPTY.intersect(Ranges.of(0, 9)).isEmpty()).isTrue();
    }

    @Test
    void rangesBelowOthersJoinThemInOrder() {
        Ranges r = Ranges.of(0, 3).below(Ranges.of(8, 9));
        assertThat(members(r)).isEqualTo(concat(span(0, 3), span(8, 9)));
        assertThat(r.min()).isZero();
        assertThat(r.max()).isEqualTo(9);
        assertThat(Ranges.EMPTY.below(Ranges.of(8, 9)).min()).isEqualTo(8);
    }

    @Test
    void aShiftMovesEveryMember() {
        Ranges r = Ranges.of(List.of(ValueClass.range(0, 3), ValueClass.range(8, 9))).shift(-2);
        assertThat(members(r)).isEqualTo(concat(span(-2, 1), span(6, 7)));
    }

    @Test
    void aReflectionMirrorsEveryMemberAroundAPointAndKeepsThemSorted() {
        Ranges r = Ranges.of(List.of(ValueClass.range(0, 3), ValueClass.range(8, 9))).reflect(10);
        assertThat(members(r)).isEqualTo(concat(span(1, 2), span(7, 10)));
        assertThat(r.min()).isEqualTo(1);
        assertThat(r.max()).isEqualTo(10);
        assertThat(r.smallestAtLeast(3)).isEqualTo(7);
    }

    @SafeVarargs
    private static List<Long> concat(List<Long>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
