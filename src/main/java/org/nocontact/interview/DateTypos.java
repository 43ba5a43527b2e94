package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day typed with a slip ("2 wekks ago", "yesterdya", "3 monts ago"): asked back once with the
 * day it most likely means ("Did you mean 2 weeks ago, ...?"), which a yes takes. Never guessed.
 */
final class DateTypos {
    private static final List<String> UNITS = List.of("day", "days", "week", "weeks", "month", "months", "year", "years");
    private static final List<String> WORDS = List.of("yesterday", "today", "last week", "last month", "last night");
    private static final Pattern AGO = Pattern.compile("(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|a couple of|a couple|a few) ([a-z]{2,9}) (ago|agp|ag|go|sgo|aog)");

    private DateTypos() {
    }

    /** The question back for a slip in a relative day, or empty when the answer is not one. */
    static Optional<DateAnswers.Reading> read(String text, LocalDate today) {
        Matcher ago = AGO.matcher(text);
        if (ago.matches()) {
            Optional<String> unit = nearest(ago.group(2), UNITS);
            if (unit.isPresent() && !(unit.get().equals(ago.group(2)) && ago.group(3).equals("ago"))) {
                return suggest(text, ago.group(1) + " " + unit.get() + " ago", today);
            }
        }
        return nearest(text, WORDS).filter(word -> !word.equals(text)).flatMap(word -> suggest(text, word, today));
    }

    /** The one word a slip or two away (one for short words), if there is exactly one. */
    private static Optional<String> nearest(String typed, List<String> words) {
        int allowed = typed.length() <= 4 ? 1 : 2;
        // a word longer or shorter by more than the slips allowed is further away, unworked out (a sentence is long)
        List<String> near = words.stream().filter(w -> Math.abs(w.length() - typed.length()) <= allowed)
                .filter(w -> Choices.edits(w, typed) <= allowed).toList();
        int best = near.stream().mapToInt(w -> Choices.edits(w, typed)).min().orElse(0);
        List<String> nearest = near.stream().filter(w -> Choices.edits(w, typed) == best).toList();
        return nearest.size() == 1 ? Optional.of(nearest.get(0)) : Optional.empty();
    }

    private static Optional<DateAnswers.Reading> suggest(String typed, String meant, LocalDate today) {
        return DateAnswers.read(meant, today).date().map(date -> DateAnswers.Reading.suggest("Did you mean " + meant
                + ", " + DateAnswers.longDate(date, today) + "? Type yes, or give the day another way.", meant));
    }
}
