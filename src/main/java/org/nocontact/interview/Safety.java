package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A safety question: no default (Enter is not an answer), and anything but a clear no takes the
 * safe path (see {@link SafetyAnswers}); {@code stop} is said when it does. With
 * {@code onlyLookingOnline}, an answer about looking at their social media and nothing past it
 * is not the concern this question asks about: it reads as no, and that note is said instead.
 */
record Safety(String stop, Optional<String> onlyLookingOnline) implements AnswerKind<Boolean> {
    @Override
    public String show(Boolean value) {
        return value ? "yes" : "no";
    }

    @Override
    public AnswerReader.Parsed<Boolean> read(AnswerReader reader, String text, Answers answers) {
        return YesNoAnswers.safety(this, text);
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        out.append("  (yes or no, or in your own words)\n");
    }

    @Override
    public String fallback() {
        return "";
    }

    @Override
    public Optional<String> stop(Boolean concern) {
        return concern ? Optional.of(stop) : Optional.empty();
    }

    @Override
    public boolean safety() {
        return true;
    }
}
