package org.nocontact.interview;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalInt;
import org.nocontact.situation.Situation;

/**
 * Answers each question from a situation file, and names the question's field on a log as it does.
 * Where the file leaves a field out, the answer is the question's own "not sure" or "skip", which
 * leaves the field unknown (as it was in the file).
 */
final class Replay {
    private final Answers answers;
    private final PrintWriter asked;

    Replay(Situation file, PrintWriter asked) {
        this.answers = Answers.of(file);
        this.asked = asked;
    }

    /**
     * The file's answer to a part of a two-part question, said with the answer to its first part (so
     * not named as asked): a person answering the question as worded says both.
     */
    <T> Optional<T> saidWith(Question<T> part) {
        if (Questions.FEELINGS.contains(part.key())) {
            // a feeling asked with others is said whatever the file holds: a feeling it leaves out is skipped
            return answers.get(part.key()).or(() -> part.key().read(OptionalInt.empty()));
        }
        // "no special day" goes without saying: only a day that is one is said with the plan
        return answers.get(part.key()).filter(value -> !(value instanceof Optional<?> none && none.isEmpty()));
    }

    /** The file's answer to the question (empty where the file does not say), with the question named as asked. */
    <T> Optional<T> answer(Question<T> question) {
        asked.println("asked: " + question.key().field());
        asked.flush();
        if (question.kind() instanceof Standing list) {
            @SuppressWarnings("unchecked") // the list's question takes the lines ticked
            Optional<T> ticked = (Optional<T>) Optional.of(list.in(answers));
            return ticked;
        }
        return answers.get(question.key());
    }
}
