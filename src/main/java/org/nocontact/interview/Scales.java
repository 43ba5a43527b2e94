package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The feelings still open that can change the advice, asked as one question ("From 0 to 10, how
 * angry, how sad and how confident do you feel?"), each a whole number from 0 to 10 or skip. The
 * question's own key is the first feeling listed; the others are its parts (see {@link Parts}): a
 * feeling said is an answer, one not said is asked back alone where it matters.
 *
 * @param listed the feelings asked, in the order asked (at least two)
 */
record Scales(List<Key<OptionalInt>> listed) implements AnswerKind<OptionalInt> {
    Scales {
        listed = List.copyOf(listed);
    }

    /**
     * The feelings still open that can change the advice now, asked as one question where there are two or
     * more (the engine chose one of them); one alone, and every other question, is asked as listed. A feeling
     * whose answer {@code stands} (changing another answer) is not asked again.
     */
    @SuppressWarnings("unchecked") // a feeling's question: its key is one of FEELINGS
    static Question<?> together(Question<?> listed, Answers answers, Predicate<Key<?>> stands, Predicate<Key<?>> worthAsking,
                                Function<Key<?>, Question<?>> questionOf) {
        if (!Questions.FEELINGS.contains(listed.key()) || stands.test(listed.key())) {
            return listed;
        }
        List<Key<OptionalInt>> open = Questions.FEELINGS.stream()
                .filter(feeling -> !answers.has(feeling) && !stands.test(feeling))
                .filter(feeling -> feeling == listed.key() || worthAsking.test(feeling)).toList();
        return open.size() < 2 ? listed : question(open, (Question<OptionalInt>) questionOf.apply(open.get(0)));
    }

    /** The question asking these feelings together. */
    static Question<OptionalInt> question(List<Key<OptionalInt>> listed, Question<OptionalInt> first) {
        List<String> how = listed.stream().map(feeling -> "how " + ScaleAnswers.name(feeling)).toList();
        String asked = how.size() == 2 ? how.get(0) + " and " + how.get(1)
                : String.join(", ", how.subList(0, how.size() - 1)) + " and " + how.get(how.size() - 1);
        return new Question<>(listed.get(0), "From 0 to 10, " + asked + " do you feel?",
                "Reaching out goes best once anger and sadness have settled and your confidence is back. A number for "
                        + "each, in the order asked, or name them (" + ScaleAnswers.name(listed.get(0)) + " 3). "
                        + "Type skip if you'd rather not say.",
                new Scales(listed), first.relevance(), first.applies());
    }

    @Override
    public String show(OptionalInt value) {
        return value.isPresent() ? String.valueOf(value.getAsInt()) : "skip";
    }

    /** The first feeling's answer; a reading that places nothing is asked again, saying how to answer. */
    @Override
    public AnswerReader.Parsed<OptionalInt> read(AnswerReader reader, String text, Answers answers) {
        ScaleAnswers.Reading reading = ScaleAnswers.read(listed, text);
        if (reading.problem().isPresent()) {
            return AnswerReader.Parsed.problem(reading.problem().get());
        }
        Key<OptionalInt> feeling = listed.get(0);
        ScaleAnswers.Rough rough = reading.rough().get(feeling);
        if (rough != null) { // "not really angry, ...": taken where the rules read the numbers it can mean alike
            return reader.alike(rough.low(), rough.high())
                    ? AnswerReader.Parsed.ok(OptionalInt.of(rough.high()), String.valueOf(rough.high()))
                    : AnswerReader.Parsed.problem("How " + ScaleAnswers.name(feeling) + ", from " + rough.low() + " to "
                            + rough.high() + "? Here the advice can differ between them, so please give "
                            + ScaleAnswers.name(feeling) + " as a number, like " + ScaleAnswers.name(feeling) + " "
                            + rough.high() + "; a guess is fine.");
        }
        OptionalInt first = reading.said().getOrDefault(feeling, OptionalInt.empty());
        return AnswerReader.Parsed.ok(first, show(first));
    }

    /** Whether the words say the first feeling (a number, skip or words): if not, it stays open, to be asked alone. */
    boolean saysTheFirst(String typed) {
        return typed.isBlank() || ScaleAnswers.read(listed, typed).says(listed.get(0));
    }

    /**
     * What the words said of another feeling listed, as it would be typed alone ("7", "skip", or "8 to 10" for "sad
     * af", read as a range is where the feeling is asked alone); empty if not said.
     */
    Optional<String> said(Key<?> feeling, String typed) {
        ScaleAnswers.Reading reading = ScaleAnswers.read(listed, typed);
        return Optional.ofNullable(reading.said().get(feeling)).map(this::show)
                .or(() -> Optional.ofNullable(reading.rough().get(feeling)).map(ScaleAnswers.Rough::typed));
    }

    /** The answers remembered for the feelings listed, named ("angry 3, sad 5"), as a default; empty if none. */
    Optional<String> remembered(Remembered answers) {
        List<String> named = listed.stream().flatMap(feeling -> answers.answer(feeling).stream()
                .map(answer -> ScaleAnswers.name(feeling) + " " + answer)).toList();
        return named.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", named));
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        out.append("  (a number for each, like ").append(String.join(", ", List.of("3", "5", "7").subList(0, listed.size())))
                .append(", or skip)\n");
    }

    @Override
    public String fallback() {
        return "skip";
    }
}
