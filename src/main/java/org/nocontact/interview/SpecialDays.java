package org.nocontact.interview;

import java.util.List;
import java.util.Optional;
import org.nocontact.interview.Question.Relevance;
import org.nocontact.situation.Occasion;

/** The special-day question and its choices, in the words people use for each day. */
final class SpecialDays {
    private SpecialDays() {
    }

    static Question<Optional<Occasion>> question() {
        return new Question<>(Key.OCCASION, "Is it for a special day?",
                "Valentine's Day, anniversaries and holidays pull hard, and the advice treats them carefully. "
                        + "14 February always counts as Valentine's Day.",
                new Choice<>(options(), Optional.of(Optional.empty()), SpecialDays::holiday), Relevance.WHEN_IT_COULD_CHANGE_THE_ADVICE,
                Questions.always());
    }

    /**
     * A holiday named in the answer that no choice names ("thanksgiving weekend", "easter", "4th of july"): the days
     * around Christmas and the New Year are those choices; any other is an ordinary day to the advice, said back so.
     */
    static AnswerReader.Parsed<Optional<Occasion>> holiday(AnswerReader.Parsed<Optional<Occasion>> read, String typed) {
        if (read.problem().isEmpty() || read.suggestion().isPresent()
                || AnswerReader.plain(typed).matches("(?:no|nope|nah)\\b.*")) { // "no, christmas is just hard": asked back
            return read;
        }
        String padded = " " + AnswerReader.plain(typed) + " ";
        Optional<Holiday> named = Holiday.allNames().stream().filter(name -> padded.contains(" " + name + " ")).findFirst()
                .flatMap(Holiday::named);
        if (named.isEmpty()) {
            return read;
        }
        Optional<Occasion> occasion = switch (named.get()) {
            case CHRISTMAS_EVE, CHRISTMAS, BOXING_DAY -> Optional.of(Occasion.CHRISTMAS);
            case NEW_YEARS_EVE, NEW_YEARS_DAY -> Optional.of(Occasion.NEW_YEAR);
            case VALENTINES_DAY -> Optional.of(Occasion.VALENTINES_DAY);
            default -> Optional.empty();
        };
        Option<Optional<Occasion>> option = options().stream().filter(o -> o.value().equals(occasion)).findFirst().orElseThrow();
        return AnswerReader.Parsed.ok(option.value(), option.label()).saying(occasion.isPresent()
                ? "Read as: " + option.label() + "."
                : "Read as: " + option.label() + " (the advice treats " + named.get().said() + " like any other day).");
    }

    static List<Option<Optional<Occasion>>> options() {
        return List.of(
                Questions.option("no, an ordinary day", Optional.empty(), "no", "n", "none", "ordinary", "nope", "nah", "not really",
                        "no special day", "a normal day", "normal day", "just a normal day", "just a day"),
                Questions.option("Valentine's Day", Optional.of(Occasion.VALENTINES_DAY), "valentines-day", "valentine", "valentines",
                        "valentines day", "14 feb", "feb 14", "14th feb", "feb 14th", "14 february", "14th february",
                        "february 14", "february 14th", "14th of february", "the 14th of february"),
                Questions.option("their birthday", Optional.of(Occasion.BIRTHDAY), "birthday", "his birthday",
                        // "her birthday", after her reads as them
                        "them birthday"),
                Questions.option("Christmas", Optional.of(Occasion.CHRISTMAS), "christmas", "xmas", "christmas day", "christmas eve",
                        "25 dec", "dec 25", "25th dec", "25 december", "december 25"),
                Questions.option("New Year", Optional.of(Occasion.NEW_YEAR), "new-year", "new year", "new years", "new year's eve",
                        "new years eve", "nye", "new year's day", "new years day", "31 dec", "1 jan"),
                Questions.option("our anniversary", Optional.of(Occasion.ANNIVERSARY), "anniversary"),
                Questions.option("their graduation", Optional.of(Occasion.GRADUATION), "graduation"));
    }
}
