package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Numbered choices; the name or the words of a choice are accepted too. What a reading says back can be
 * put in the question's own words ({@link SaysBack}: "they blocked me everywhere" where that was said).
 */
record Choice<T>(List<Option<T>> options, Optional<T> defaultValue, SaysBack<T> saysBack) implements AnswerKind<T> {
    /** How a choice read from the words typed is said back, where the label alone would not say what they said. */
    interface SaysBack<T> {
        AnswerReader.Parsed<T> said(AnswerReader.Parsed<T> read, String typed);

        /** A value no choice's label says in full, in words ("they asked me not to contact them, except about X"). */
        default Optional<String> shown(T value) {
            return Optional.empty();
        }
    }

    Choice(List<Option<T>> options, Optional<T> defaultValue) {
        this(options, defaultValue, (read, typed) -> read);
    }

    @Override
    public String show(T value) {
        return saysBack.shown(value).orElseGet(() -> options.stream().filter(o -> o.value().equals(value)).findFirst()
                .map(Option::label).orElse(""));
    }

    @Override
    public AnswerReader.Parsed<T> read(AnswerReader reader, String text, Answers answers) {
        AnswerReader.Parsed<T> read = ChoiceAnswers.choice(this, AnswerReader.unhedged(text));
        if (read.problem().isPresent() && read.suggestion().isEmpty()) {
            // "idk tbh i just miss him": the doubt taken off as a hedge was the answer
            AnswerReader.Parsed<T> whole = ChoiceAnswers.choice(this, text);
            read = whole.value().isPresent() ? whole : read;
        }
        return saysBack.said(ChoiceAnswers.saidBack(ChoiceAnswers.unsureFirst(options, read, text), text), text);
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        Option.numbered(out, options);
    }

    @Override
    public String fallback() {
        return defaultValue.map(this::show).orElse(""); // in words ("no, an ordinary day"), never "[1]"
    }

    @Override
    public boolean maySayMore() {
        return true;
    }

    @Override
    public boolean mayNameChoices() {
        return true;
    }

    @Override
    public Optional<String> heardIn(String plain) {
        List<Option<T>> named = Choices.within(options, plain);
        return named.size() == 1 ? Optional.of(named.get(0).label()) : Optional.empty();
    }
}
