package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;

/** A date; "today" and relative forms are accepted. Checked against the answers so far. */
record Date(Optional<String> defaultAnswer, Check check) implements AnswerKind<LocalDate> {
    /** Returns a problem to tell the person, or empty when the date is fine. */
    interface Check {
        Optional<String> problem(LocalDate date, Answers answers, LocalDate today);
    }

    @Override
    public String show(LocalDate value) {
        return value.toString();
    }

    @Override
    public AnswerReader.Parsed<LocalDate> read(AnswerReader reader, String text, Answers answers) {
        return reader.date(this, text, answers);
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        out.append("  (").append(DateAnswers.forms(today)).append(")\n");
    }

    @Override
    public String fallback() {
        return defaultAnswer.orElse("");
    }

    @Override
    public String explained(String why, LocalDate today) {
        return why + " You can write " + DateAnswers.forms(today) + ".";
    }
}
