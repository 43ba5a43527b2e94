package org.nocontact.interview;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The interview's reading of a number answer ("like 8", "idk like 6?", "7/10", "eight lol"), for a
 * question asked outside the interview (the urge's strength), so both read numbers the same way.
 */
public final class NumberReading {
    private NumberReading() {
    }

    /** A number from min to max as the interview reads it, or what to tell the person instead. */
    public record Read(OptionalInt value, Optional<String> problem) {
    }

    /** The answer read as a whole number in range; empty text is no answer (the caller decides what Enter means). */
    public static Read whole(String text, int min, int max) {
        AnswerReader.Parsed<OptionalInt> parsed = NumberAnswers.whole(
                new Whole(min, max, OptionalInt.empty(), false, Optional.empty()), AnswerReader.unhedged(text));
        return new Read(parsed.value().orElse(OptionalInt.empty()), parsed.problem());
    }
}
