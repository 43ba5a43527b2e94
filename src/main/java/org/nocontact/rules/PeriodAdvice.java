package org.nocontact.rules;

import java.util.Optional;
import org.nocontact.json.Named;

/**
 * What following a rule's advice does to the no-contact period, said as data in the rule file
 * ({@code "period"}). The projection of the days ahead reads it: it is how the engine knows, without
 * mirroring any rule, that the person holds, starts or restarts a period from today.
 */
public enum PeriodAdvice implements Named {
    /** The advice says nothing about a period: what the person told stays as it is. */
    NONE("none"),
    /** Hold the running period (one not begun stays not begun). */
    HOLDS("holds"),
    /** Begin a period today where none has begun; a running one is held. */
    BEGINS("begins"),
    /** Begin a new period today, whatever ran before (a complete period is extended). */
    EXTENDS("extends");

    private final String wireName;

    PeriodAdvice(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * The date fact that approximates the day to look again under this advice, for tools that weigh
     * which answers could move that day (the interview): the exact day comes from the projection.
     */
    public Optional<Fact> lookAgainFact() {
        return switch (this) {
            case NONE -> Optional.empty();
            case HOLDS -> Optional.of(Fact.NO_CONTACT_END);
            case BEGINS -> Optional.of(Fact.NO_CONTACT_END_OR_TOMORROW);
            case EXTENDS -> Optional.of(Fact.NO_CONTACT_EXTENDED_END);
        };
    }
}
