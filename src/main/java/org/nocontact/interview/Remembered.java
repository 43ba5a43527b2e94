package org.nocontact.interview;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.nocontact.situation.Situation;

/**
 * Answers given before, by question: earlier in this conversation (before going back, or before
 * changing an answer) or in a saved situation. When a question comes up again its remembered
 * answer is the default, so Enter keeps it; it is never taken without the question being shown,
 * and a safety question never offers one.
 */
public final class Remembered {
    private static final Remembered NONE = new Remembered(Map.of());

    /** Question id to the answer as shown (words the person could type back), in the order given. */
    private final Map<String, String> answers;

    private Remembered(Map<String, String> answers) {
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    public static Remembered none() {
        return NONE;
    }

    /** The answers a saved situation holds, for `ask --from FILE`. */
    public static Remembered from(Situation situation) {
        Map<String, Object> values = Answers.fromSituation(situation);
        Map<String, String> shown = new LinkedHashMap<>();
        for (Question question : Questions.all()) {
            if (values.containsKey(question.id())) {
                shown.put(question.id(), question.kind().show(values.get(question.id())));
            }
        }
        return new Remembered(shown);
    }

    public Optional<String> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    Remembered with(String questionId, String shown) {
        Map<String, String> more = new LinkedHashMap<>(answers);
        more.remove(questionId);
        more.put(questionId, shown);
        return new Remembered(more);
    }

    /** Question id to the answer as shown, in the order the answers were given. */
    public Map<String, String> asMap() {
        return answers;
    }

    @Override
    public String toString() {
        return answers.toString();
    }
}
