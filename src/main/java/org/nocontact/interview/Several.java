package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nocontact.situation.Tie;

/**
 * Several of the ties, by number or name, separated by commas; "none" for none, unless the person already
 * said there is something ({@code noneAllowed} false: ticked in the list of where things stand).
 */
record Several(List<Option<Tie>> options, boolean noneAllowed) implements AnswerKind<Set<Tie>> {
    Several(List<Option<Tie>> options) {
        this(options, true);
    }


    @Override
    public String show(Set<Tie> value) {
        return shown(options.stream().filter(o -> value.contains(o.value())).toList());
    }

    @Override
    public AnswerReader.Parsed<Set<Tie>> read(AnswerReader reader, String text, Answers answers) {
        AnswerReader.Parsed<Set<Tie>> read = ChoiceAnswers.several(this, AnswerReader.unhedged(text));
        String plain = AnswerReader.plain(AnswerReader.unhedged(text));
        if (read.problem().isPresent() && !Belongings.saidAsStuff(plain).equals(plain)) {
            read = ChoiceAnswers.several(this, Belongings.saidAsStuff(plain)); // "my ps5": a thing no choice names
        }
        if (!noneAllowed && read.value().filter(Set::isEmpty).isPresent()) {
            return AnswerReader.Parsed.problem("Which? Numbers or names, like 1, 5. (Type back to change the list.)");
        }
        return read;
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        Option.numbered(out, options);
    }

    @Override
    public String fallback() {
        return noneAllowed ? "none" : "";
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
