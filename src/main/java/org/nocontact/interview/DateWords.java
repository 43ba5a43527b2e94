package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The interview's reading of dates ("15 nov", "since the 15th", "3 weeks ago", 2026-11-15), for a
 * date given on the command line, where nothing can be asked back: the day, or what to write instead.
 */
public final class DateWords {
    /** A date option's value as read: one day, or a sentence saying how to give it. */
    public sealed interface Read permits Day, Unclear {
    }

    public record Day(LocalDate date) implements Read {
    }

    /** What to write instead; {@code nearest}: the day the words come nearest to, if any ("end of october"). */
    public record Unclear(String fix, Optional<LocalDate> nearest) implements Read {
    }

    private DateWords() {
    }

    public static Read read(String text, LocalDate today) {
        DateAnswers.Reading reading = DateAnswers.read(Everyday.unhedged(text.trim().replaceFirst("(?i)^since ", "")), text,
                today);
        if (reading.date().isPresent()) {
            return new Day(reading.date().get());
        }
        Optional<LocalDate> nearest = reading.suggestion().flatMap(said -> DateAnswers.parse(said, today));
        if (nearest.isPresent()) { // "end of october": the nearest day, which a yes would take in `ask`
            LocalDate near = nearest.get();
            return new Unclear("\"" + org.nocontact.text.Texts.printable(text.trim()) + "\" could be "
                    + DateAnswers.longDate(near, today) + "; if it is, give that day, such as " + near + ".", nearest);
        }
        return new Unclear(reading.question().orElseThrow(), Optional.empty());
    }
}
