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

    /**
     * A number from min to max as the interview reads it, or what to tell the person instead; {@code said} is how a
     * reading that was not typed plainly is said back ("Read as: 9, the stronger of 8 and 9.").
     */
    public record Read(OptionalInt value, Optional<String> problem, Optional<String> said) {
    }

    /**
     * The strength of an urge: only kept for the person's own history, never weighed by the rules, so a hedge between
     * two numbers ("8 maybe 9", "8 or 9") is never asked back at 2 a.m.: it is the stronger, said back.
     */
    private static final NumberAnswers.Alike A_STRENGTH = new NumberAnswers.Alike() {
        @Override
        public boolean alike(int low, int high) {
            return true;
        }

        @Override
        public String saidBack(int low, int high) {
            return high + ", the stronger of " + low + " and " + high;
        }
    };

    /** The answer read as a strength in range; empty text is no answer (the caller decides what Enter means). */
    public static Read strength(String text, int min, int max) {
        AnswerReader.Parsed<OptionalInt> parsed = NumberAnswers.whole(
                new Whole(min, max, OptionalInt.empty(), false, Optional.empty()), AnswerReader.unhedged(text), A_STRENGTH);
        return new Read(parsed.value().orElse(OptionalInt.empty()), parsed.problem(), parsed.note());
    }
}
