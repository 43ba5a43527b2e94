package org.nocontact.interview;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import org.nocontact.situation.Situation;

/**
 * Answers each question from a situation file, and names the question's field on a log as it does.
 * Where the file leaves a field out, the answer is the question's own "not sure" or "skip", which
 * leaves the field unknown (as it was in the file).
 */
final class Replay {
    private final Map<String, Object> answers;
    private final PrintWriter asked;

    Replay(Situation file, PrintWriter asked) {
        this.answers = Answers.fromSituation(file);
        this.asked = asked;
    }

    Object answer(Question question) {
        asked.println("asked: " + Answers.field(question.id()));
        asked.flush();
        return answers.getOrDefault(question.id(), Optional.empty());
    }
}
