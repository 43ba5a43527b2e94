package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Numbered choices; the name or the words of a choice are accepted too. */
record Choice<T>(List<Option<T>> options, Optional<T> defaultValue) implements AnswerKind<T> {
    @Override
    public String show(T value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst().map(Option::label).orElse("");
    }

    @Override
    public AnswerReader.Parsed<T> read(AnswerReader reader, String text, Answers answers) {
        return ChoiceAnswers.saidBack(ChoiceAnswers.unsureFirst(options, ChoiceAnswers.choice(this, AnswerReader.unhedged(text)),
                text), text);
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
