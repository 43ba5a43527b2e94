package org.nocontact.interview;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.nocontact.advice.Advisor;

/**
 * The question the interview asks next after each set of answers, remembered across the replays
 * of many situations under one advisor (one rule set and profile). Which question comes next is
 * a function of the answers so far and the day (the rules read them, nothing else), and the
 * situations of a case suite share most of their first answers, so a replay driver such as
 * `rules test` works each one out once instead of once per situation. Bounded: past
 * {@link #MAX_REMEMBERED} sets of answers, the rest are worked out each time.
 */
public final class NextQuestions {
    static final int MAX_REMEMBERED = 100_000;

    private final Advisor advisor;
    private final Map<Asked, OptionalInt> next = new HashMap<>();

    private NextQuestions(Advisor advisor) {
        this.advisor = advisor;
    }

    /** An empty memory for replays under this advisor. */
    public static NextQuestions under(Advisor advisor) {
        return new NextQuestions(advisor);
    }

    /** The advisor whose interview these are. */
    public Advisor advisor() {
        return advisor;
    }

    /** How many sets of answers have their next question remembered. */
    int remembered() {
        return next.size();
    }

    /** The question to ask after these answers on this day: remembered, or worked out and remembered. */
    OptionalInt after(LocalDate today, Answers answers, Supplier<OptionalInt> workedOut) {
        Asked asked = new Asked(today, answers);
        OptionalInt known = next.get(asked);
        if (known != null) {
            return known;
        }
        OptionalInt chosen = workedOut.get();
        if (next.size() < MAX_REMEMBERED) {
            next.put(asked, chosen);
        }
        return chosen;
    }

    private record Asked(LocalDate today, Answers answers) {
    }
}
