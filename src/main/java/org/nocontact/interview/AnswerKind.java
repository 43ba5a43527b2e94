package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What kind of answer a question takes: how it is read, shown and asked, and what the words typed
 * as an answer may say about other questions. One record per kind: {@link Choice}, {@link Several},
 * {@link Safety}, {@link YesNo}, {@link Date}, {@link Period}, {@link Whole}, {@link Draft}.
 *
 * @param <T> the type of the answer's value
 */
sealed interface AnswerKind<T> permits Choice, Several, Safety, YesNo, Date, Period, Whole, Draft, Scales,
        Standing, WhoAndGoal {
    /**
     * An answer as it is shown, in words the person could type back: it is what a remembered
     * answer offers as the default when the question comes up again.
     */
    String show(T value);

    /** Reads what was typed (never empty of meaning: Enter is read as the default, where there is one). */
    AnswerReader.Parsed<T> read(AnswerReader reader, String text, Answers answers);

    /** Below the question: how to answer it (numbered choices, "yes or no", the forms of a date). */
    void describe(StringBuilder out, LocalDate today);

    /** The answer Enter gives, as shown in brackets; empty when Enter is no answer. */
    String fallback();

    /** Asks the question: a line, or (for a draft) lines pasted. */
    default Step ask(Asking asking, Question<T> question, Optional<String> earlier, Answers answers) {
        return asking.line(question, earlier, answers);
    }

    /** What to say when this answer stops the questions (a safety concern); empty to go on. */
    default Optional<String> stop(T value) {
        return Optional.empty();
    }

    /** A safety question: no default ever, and leaving at it gets the help line. */
    default boolean safety() {
        return false;
    }

    /**
     * Whether the words typed as this answer may say more than it asks ("yes since she left", "she
     * blocked me so i wanna text her"): a choice's or a yes or no's may; a date, a number, a draft
     * and a safety answer say nothing about other questions.
     */
    default boolean maySayMore() {
        return false;
    }

    /** Whether the words typed as this answer may name the choices of later questions (a choice's do; a yes or a no names none). */
    default boolean mayNameChoices() {
        return false;
    }

    /**
     * What this question hears in words typed as the answer to another ("text her happy valentines":
     * a greeting), as it would be shown; empty when they name none of its answers. A choice hears its
     * one choice named (none when two are); several ties hear every tie named.
     */
    default Optional<String> heardIn(String plain) {
        return Optional.empty();
    }

    /** Pasted only where the verdict reads it, so what it decides counts as absent until then. */
    default boolean pasted() {
        return false;
    }

    /** Why it is asked, with what this kind adds (the ways to write a date). */
    default String explained(String why, LocalDate today) {
        return why;
    }
}
