package org.nocontact.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The day walk finds a value's class by halves among the ranges: it must name the class a scan in
 * order names (the first holding the value, else the last), or a day ahead would be read in the wrong
 * class and the day to look again would be wrong.
 */
class ClassLookupTest {
    @Test
    void everyValueLandsInTheClassAScanInOrderFinds() {
        Random random = new Random(18);
        for (int trial = 0; trial < 500; trial++) {
            List<ValueClass> classes = randomClasses(random);
            ClassLookup lookup = new ClassLookup(classes);
            List<Optional<?>> values = new ArrayList<>(List.of(Optional.empty(), Optional.of("x"), Optional.of(true),
                    Optional.of(Integer.MAX_VALUE), Optional.of(-1)));
            for (int i = 0; i < 60; i++) {
                values.add(Optional.of(random.nextInt(400) - 5));
            }
            for (Optional<?> value : values) {
                assertThat(lookup.classOf(value)).as("%s in %s", value, classes).isEqualTo(scan(classes, value));
            }
        }
    }

    @Test
    void overlappingRangesAndNamesAreStillReadInOrder() {
        List<ValueClass> overlapping = List.of(ValueClass.range(0, 10), ValueClass.range(5, 20), ValueClass.unknown());
        assertThat(new ClassLookup(overlapping).classOf(Optional.of(7))).isZero();
        assertThat(new ClassLookup(overlapping).classOf(Optional.of(15))).isEqualTo(1);
        List<ValueClass> names = List.of(ValueClass.of("a"), ValueClass.of("b"), ValueClass.unknown());
        assertThat(new ClassLookup(names).classOf(Optional.of("b"))).isEqualTo(1);
        assertThat(new ClassLookup(names).classOf(Optional.empty())).isEqualTo(2);
    }

    /** Whole-number ranges cut at random bounds, in shuffled order, sometimes with an unknown class, sometimes with a gap. */
    private static List<ValueClass> randomClasses(Random random) {
        List<ValueClass> classes = new ArrayList<>();
        long low = random.nextInt(3);
        while (low < 380 && classes.size() < 1 + random.nextInt(40)) {
            long high = low + random.nextInt(30);
            classes.add(ValueClass.range(low, high));
            low = high + 1 + (random.nextInt(6) == 0 ? random.nextInt(5) : 0);
        }
        if (random.nextBoolean()) {
            classes.add(ValueClass.range(low, Integer.MAX_VALUE));
        }
        if (random.nextBoolean()) {
            classes.add(random.nextInt(classes.size() + 1), ValueClass.unknown());
        }
        Collections.shuffle(classes, random);
        return classes;
    }

    private static int scan(List<ValueClass> classes, Optional<?> value) {
        int c = 0;
        while (c < classes.size() - 1 && !classes.get(c).contains(value)) {
            c++;
        }
        return c;
    }
}
