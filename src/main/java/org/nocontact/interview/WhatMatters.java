package org.nocontact.interview;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.nocontact.rules.Fact;

/**
 * What could change the advice over the situations some answers allow ({@link Relevance}), and the
 * engine's reading of them where it settles them. Whether an answer could change the deciding rule
 * is asked first; the other things it could change (the day to look again, the lines shown beside
 * the verdict) are worked out only once an answer that cannot change the rule is weighed, and then
 * once. Immutable once worked out, so replays under one advisor share it ({@link NextQuestions}).
 */
final class WhatMatters {
    private final Predicate<Set<Fact>> decider;
    private final Optional<DecidingRules.Reading> exact;
    private final Supplier<Predicate<Set<Fact>>> besides;
    private Predicate<Set<Fact>> orBesides;

    WhatMatters(Predicate<Set<Fact>> decider, Optional<DecidingRules.Reading> exact,
            Supplier<Predicate<Set<Fact>>> besides) {
        this.decider = decider;
        this.exact = exact;
        this.besides = besides;
    }

    /** The engine's leaves of these situations, or empty where it could not settle them. */
    Optional<DecidingRules.Reading> exact() {
        return exact;
    }

    /** Whether answering these facts could change the advice: the deciding rule, the day to look again or a line shown. */
    synchronized boolean matter(Set<Fact> answered) {
        if (decider.test(answered)) {
            return true;
        }
        if (orBesides == null) {
            orBesides = besides.get();
        }
        return orBesides.test(answered);
    }
}
