package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nocontact.situation.Tie;

/** Several of the ties, by number or name, separated by commas; "none" for none. */
record Several(List<Option<Tie>> options) implements AnswerKind<Set<Tie>> {
    @Override
    public String show(Set<Tie> value) {
        return shown(options.stream().filter(o -> value.contains(o.value())).toList());
    }

    @Override
    public AnswerReader.Parsed<Set<Tie>> read(AnswerReader reader, String text, Answers answers) {
        return ChoiceAnswers.several(this, AnswerReader.unhedged(text));
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        Option.numbered(out, options);
    }

    @Override
    public String fallback() {
        return "none";
    }

    /** "his stuff is still at my place": belongings, heard before the ties are asked. */
    @Override
    public Optional<String> heardIn(String plain) {
        List<Option<Tie>> named = Choices.within(options, plain);
        return named.isEmpty() ? Optional.empty() : Optional.of(shown(named));
    }

    private static String shown(List<Option<Tie>> chosen) {
        List<String> names = chosen.stream().map(o -> o.names().get(0)).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
