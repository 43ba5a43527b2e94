package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The answer to "Are you holding no contact now? If so, since when?": whether a period is being held,
 * and what was said of it in the same answer (the day it began; its length, "since 1 Dec, 30 days").
 * What is not said is asked after it: "Since when?" for a bare yes, the length where it matters.
 *
 * @param holding whether a period of no contact is being held now
 * @param since the day it began, when said (never without {@code holding})
 * @param days how many days it is meant to last, when said (never without {@code since})
 */
record NoContactNow(boolean holding, Optional<LocalDate> since, OptionalInt days) {
    static final NoContactNow NOT_HOLDING = new NoContactNow(false, Optional.empty(), OptionalInt.empty());

    NoContactNow {
        if (!holding && since.isPresent() || since.isEmpty() && days.isPresent()) {
            throw new IllegalArgumentException("a start without a period, or a length without a start");
        }
    }

    /** Held, with nothing said yet of when it began. */
    static NoContactNow heldSinceUnsaid() {
        return new NoContactNow(true, Optional.empty(), OptionalInt.empty());
    }

    static NoContactNow heldSince(LocalDate since, OptionalInt days) {
        return new NoContactNow(true, Optional.of(since), days);
    }

    /** As shown, and typed back as the default: "no", "yes", "since 2027-03-01", "since 2027-03-01, 30 days". */
    String shown() {
        if (!holding) {
            return "no";
        }
        return since.map(day -> "since " + day + (days.isPresent() ? ", " + days.getAsInt() + " days" : "")).orElse("yes");
    }
}
