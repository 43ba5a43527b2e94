package org.nocontact.interview;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers given before (before a change, or in the file started from) taken again where they still read: an
 * answer that stands is taken unseen, and one to a question this path did not need is kept in the outcome.
 */
final class EarlierAnswers {
    private EarlierAnswers() {
    }

    /** The answer given before, as an answer to {@code question} now; empty where it no longer reads. */
    static <T> Optional<Step.Answered<T>> kept(AnswerReader reader, Question<T> question, String earlier, Answers answers) {
        AnswerReader.Parsed<T> parsed = reader.parse(question, earlier, answers);
        return parsed.problem().isPresent() ? Optional.empty()
                : Optional.of(new Step.Answered<>(question, parsed.value(), parsed.shown(), ""));
    }

    /**
     * Answers given earlier to questions this path did not need stay in what is kept: a question is skipped only
     * when no answer to it can change the advice, so keeping its answer changes nothing now, and saving after a
     * change does not drop the no-contact period or the day that were said before. Each must still apply and
     * still read; each kept is added to {@code asked}.
     */
    static Answers keep(List<Question<?>> questions, Answers answers, Remembered remembered, AnswerReader reader,
                        List<Key<?>> asked) {
        Answers kept = answers;
        for (Question<?> question : questions) {
            if (!kept.has(question.key()) && !question.kind().safety() && question.applies().test(kept)) {
                kept = keepOne(question, kept, remembered, reader, asked);
            }
        }
        return kept;
    }

    private static <T> Answers keepOne(Question<T> question, Answers answers, Remembered remembered, AnswerReader reader,
                                       List<Key<?>> asked) {
        // a line ticked now is never kept as the "none" given before it was ticked (that would take the tick back)
        Question<T> now = Standing.afterATick(question, answers);
        Optional<Step.Answered<T>> earlier = remembered.given(question.key()).flatMap(a -> kept(reader, now, a, answers));
        earlier.ifPresent(answer -> asked.add(question.key()));
        return earlier.map(answer -> answer.into(answers)).orElse(answers);
    }

    /**
     * The list of where things stand, answered before a change that left it standing, is still one answer: its
     * questions stand with it (never asked here), so it stays in the change list with what was ticked.
     */
    static void keepTheList(List<Key<?>> asked, Set<Key<?>> standing, Remembered remembered) {
        if (standing.contains(Key.STANDING) && !asked.contains(Key.STANDING) && remembered.answer(Key.STANDING).isPresent()) {
            asked.stream().filter(Standing.KEYS::contains).findFirst()
                    .ifPresent(first -> asked.add(asked.indexOf(first), Key.STANDING));
        }
    }
}
