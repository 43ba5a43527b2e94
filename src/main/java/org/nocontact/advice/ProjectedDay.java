package org.nocontact.advice;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * One day of a {@link Projection}: the situation as it will stand that day if the person follows
 * today's advice, the verdict and deciding rule with the answers as they gave them, one line of why
 * (the rule's summary for that day), and every verdict the free answers (how they will feel, and a
 * goal of {@code unsure}) can reach that day.
 */
public record ProjectedDay(LocalDate date, Situation situation, Verdict verdict, String rule, String why,
                           Set<Verdict> open) {
    public ProjectedDay {
        open = open.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(open));
    }
}
