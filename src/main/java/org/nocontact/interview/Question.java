package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One question of the interview: the key its answer fills in, what it asks, why (shown for "?"),
 * what kind of answer it takes (see {@link AnswerKind}), and when it is worth asking.
 *
 * @param <T> the type of its answer's value
 */
record Question<T>(
        Key<T> key,
        String prompt,
        String why,
        AnswerKind<T> kind,
        Relevance relevance,
        Predicate<Answers> applies) {

    /** How the question decides whether it is worth asking. */
    enum Relevance {
        /** Always asked (safety, and what the situation cannot do without). */
        ALWAYS,
        /** Asked only when its candidate answers lead to different deciding rules. */
        WHEN_IT_COULD_CHANGE_THE_ADVICE,
        /** Part of a group whose first question was asked. */
        WITH_ITS_GROUP,
        /** Asked only when the verdict the answers so far give would read a draft line by line. */
        WHEN_THE_VERDICT_READS_A_DRAFT
    }

    /** The same question, asked in other words. */
    Question<T> worded(String words) {
        return words.equals(prompt) ? this : new Question<>(key, words, why, kind, relevance, applies);
    }

    /** The same question with another way of answering it (fewer choices, or one worded for the case). */
    Question<T> withKind(AnswerKind<T> other) {
        return other.equals(kind) ? this : new Question<>(key, prompt, why, other, relevance, applies);
    }

    /** The answer given to this question, as it is shown (and offered again as the default). */
    Optional<String> shown(Answers answers) {
        return answers.get(key).map(kind::show);
    }

    /** Why it is asked, with how to answer when that needs saying (the ways to write a date). */
    String why(LocalDate today) {
        return kind.explained(why, today);
    }
}
