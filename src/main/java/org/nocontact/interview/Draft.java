package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The person's draft: pasted over as many lines as it has and ended by an empty line; an empty
 * first line means there is none. It is shown as the draft itself.
 */
record Draft(int maxCharacters) implements AnswerKind<Optional<String>> {
    @Override
    public String show(Optional<String> value) {
        return value.orElse("");
    }

    @Override
    public AnswerReader.Parsed<Optional<String>> read(AnswerReader reader, String text, Answers answers) {
        return AnswerReader.Parsed.ok(text.isBlank() ? Optional.empty() : Optional.of(text), text);
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        // the question says how: paste it, then an empty line
    }

    @Override
    public String fallback() {
        return "";
    }

    @Override
    public Step ask(Asking asking, Question<Optional<String>> question, Optional<String> earlier, Answers answers) {
        return asking.draft(question, this, earlier.filter(text -> !text.isBlank()));
    }

    @Override
    public boolean pasted() {
        return true;
    }
}
