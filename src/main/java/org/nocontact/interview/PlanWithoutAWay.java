package org.nocontact.interview;

import java.util.List;
import java.util.Optional;

/**
 * A plan said with what it is for but no way of reaching them ("she blocked me on insta and i want my hoodie back
 * lol"): what it said is kept, and only the way is asked back ("Read as: about a practical matter. How would you
 * reach them about it? ..."). The way typed next is read with the words said before, so their purpose is taken as a
 * part of the plan and what they said beyond it (the block, the hoodie) is heard for the later questions.
 */
final class PlanWithoutAWay {
    private PlanWithoutAWay() {
    }

    /**
     * The question back for words typed at the plan that name no way but say what it is for; empty when they name
     * a way, or say nothing the plan's parts read. Only the plain "choose a number" problem is replaced: a typo asked
     * back ("textt") or two ways named ("call or text her") keep their own question.
     */
    static Optional<String> askBack(Question<?> plan, AnswerReader.Parsed<?> read, String typed, Answers answers,
                                    AnswerReader reader) {
        if (plan.key() != Key.ACTION || !namesNoWay(read)) {
            return Optional.empty();
        }
        List<String> said = partsSaid(plan, typed, answers, reader);
        return said.isEmpty() ? Optional.empty() : Optional.of("Read as: " + String.join(", ", said) + ". " + HOW);
    }

    /**
     * What to read when {@code typed} answers that question back: the way, then the words said before ("send a text,
     * she blocked me on insta and i want my hoodie back lol"); empty when {@code before} was not such a plan or
     * {@code typed} is not a way alone. Words that named two ways ("i texted him, no reply. should i text again") were
     * asked which one, not how: the way chosen is read alone, or the same two ways would be asked back for ever.
     */
    static Optional<String> withTheWay(Question<?> plan, String before, String typed, Answers answers,
                                       AnswerReader reader) {
        if (plan.key() != Key.ACTION || !wasAskedTheWay(reader.parse(plan, before, answers))
                || !partsSaid(plan, typed, answers, reader).isEmpty()) {
            return Optional.empty();
        }
        AnswerReader.Parsed<?> way = reader.parse(plan, typed, answers);
        return way.problem().isPresent() || way.value().isEmpty() ? Optional.empty()
                : Optional.of(way.shown() + ", " + before.trim());
    }

    private static final String HOW = "How would you reach them about it? Choose one of the ways below, like 1 or text.";

    private static boolean wasAskedTheWay(AnswerReader.Parsed<?> read) {
        return read.problem().filter(p -> p.endsWith(HOW)).isPresent();
    }

    /** Read as no way at all: the plain "choose a number", not a typo asked back nor two ways named. */
    private static boolean namesNoWay(AnswerReader.Parsed<?> read) {
        return read.problem().filter(p -> p.startsWith("Please choose a number")).isPresent() && read.suggestion().isEmpty();
    }

    /** Each part of the plan the words say, as it is said back ("about a practical matter", "for their birthday"). */
    private static List<String> partsSaid(Question<?> plan, String typed, Answers answers, AnswerReader reader) {
        return Parts.of(plan).stream().flatMap(key -> Questions.all().stream().filter(q -> q.key() == key).findFirst()
                        .map(q -> WordedQuestions.worded(q, answers)).stream())
                .flatMap(part -> Parts.said(plan, part, typed, answers, reader)
                        .map(said -> ReadAs.part(part.key(), said.value().orElseThrow(), said.shown())).stream())
                .filter(said -> !said.isEmpty()).toList();
    }
}
