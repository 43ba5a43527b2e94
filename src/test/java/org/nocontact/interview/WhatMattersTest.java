package org.nocontact.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nocontact.rules.Fact;

/** What could change the advice: the deciding rule first, the rest worked out once and only where needed. */
class WhatMattersTest {
    private final AtomicInteger workedOut = new AtomicInteger();

    private WhatMatters deciderReads(Fact decides, Fact besides) {
        return new WhatMatters(answered -> answered.contains(decides), Optional.empty(), () -> {
            workedOut.incrementAndGet();
            return answered -> answered.contains(besides);
        });
    }

    @Test
    void anAnswerThatCanChangeTheDecidingRuleMattersWithoutWorkingOutTheRest() {
        WhatMatters matters = deciderReads(Fact.ANGER, Fact.TIES_COUNT);
        assertThat(matters.matter(Set.of(Fact.ANGER))).isTrue();
        assertThat(workedOut).hasValue(0);
    }

    @Test
    void anAnswerThatCannotChangeTheRuleIsWeighedAgainstTheDayAndTheLinesWorkedOutOnce() {
        WhatMatters matters = deciderReads(Fact.ANGER, Fact.TIES_COUNT);
        assertThat(matters.matter(Set.of(Fact.TIES_COUNT))).as("it changes a line or the day").isTrue();
        assertThat(matters.matter(Set.of(Fact.SADNESS))).as("it changes nothing").isFalse();
        assertThat(workedOut).hasValue(1);
    }
}
