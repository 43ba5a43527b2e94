package org.nocontact.interview;

import java.time.LocalDate;

/** Yes or no, with the answer Enter gives. */
record YesNo(boolean defaultValue) implements AnswerKind<Boolean> {
    @Override
    public String show(Boolean value) {
        return value ? "yes" : "no";
    }

    @Override
    public AnswerReader.Parsed<Boolean> read(AnswerReader reader, String text, Answers answers) {
        return YesNoAnswers.yesNo(text, defaultValue);
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        out.append("  (yes or no)\n");
    }

    @Override
    public String fallback() {
        return defaultValue ? "yes" : "no";
    }

    /** "yes since she left": a yes or a no may say when, or what they did, past the question. */
    @Override
    public boolean maySayMore() {
        return true;
    }
}
