package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A whole number in a range; "skip" leaves it unknown when skippable. With a unit ("day"), "30 days"
 * is read too (and weeks, for days).
 */
record Whole(int min, int max, OptionalInt defaultValue, boolean skippable, Optional<String> unit)
        implements AnswerKind<OptionalInt> {
    @Override
    public String show(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "skip";
    }

    @Override
    public AnswerReader.Parsed<OptionalInt> read(AnswerReader reader, String text, Answers answers) {
        return NumberAnswers.saidBack(this, NumberAnswers.whole(this, AnswerReader.unhedged(text), reader::alike), text);
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        out.append("  (").append(max >= 1000 ? min + " or more" : min + " to " + max)
                .append(skippable ? ", or skip" : "").append(")\n");
    }

    @Override
    public String fallback() {
        // "(0 to 10, or skip)": with no number to offer, Enter skips, and the prompt says so ("[skip] >").
        return defaultValue.isPresent() ? String.valueOf(defaultValue.getAsInt()) : skippable ? "skip" : "";
    }
}
