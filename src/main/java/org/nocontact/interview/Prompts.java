package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** How a question is shown: the question, how to answer it (numbered choices...), and the default in brackets. */
final class Prompts {
    private Prompts() {
    }

    static String prompt(Question<?> question, Optional<String> previous, LocalDate today) {
        StringBuilder out = new StringBuilder("\n").append(question.prompt()).append('\n');
        question.kind().describe(out, today);
        String shownDefault = previous.orElse(question.kind().fallback());
        // Enter still takes the default as remembered; only how it reads changes.
        return out.append(shownDefault.isEmpty() ? "> " : "[" + asADay(shownDefault) + "] > ").toString();
    }

    /**
     * A choice asked where an earlier answer named two of its choices ("merry xmas and that i still love him"): the
     * question, with those two to pick from in place of a default, since Enter cannot take both.
     */
    static <T> String whichOf(Question<T> question, Choice<T> choice, List<Option<T>> named, LocalDate today) {
        StringBuilder out = new StringBuilder("\n").append(question.prompt()).append('\n');
        question.kind().describe(out, today);
        return out.append("You named ").append(NamedTogether.numbered(choice.options(), named, "and"))
                .append(": which is it mainly?\n> ").toString();
    }

    /** An answer as shown to a person (a default, the list for change): each date in it as the day it is ("since Sunday 22 November 2026"). */
    static String asADay(String shown) {
        return ISO_DAY.matcher(shown).replaceAll(day -> {
            try {
                return org.nocontact.rules.DayWords.date(LocalDate.parse(day.group()));
            } catch (java.time.format.DateTimeParseException e) {
                return day.group();
            }
        });
    }

    private static final java.util.regex.Pattern ISO_DAY = java.util.regex.Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
}
