package org.nocontact.interview;

import java.util.Optional;
import org.nocontact.situation.Action;

/**
 * Another way of reaching them, typed where what the plan is about is asked ("call him" where the plan kept in the
 * tracker is a text): the plan is that way now, said back, and what it is about is asked again, worded for it. Only
 * where the words read as no purpose and as one plan that is not the one held.
 */
final class PlanChanged {
    private PlanChanged() {
    }

    /** The plan as the words change it, to take instead of the question's answer; empty where they do not. */
    static Optional<Step> to(Question<?> asked, AnswerReader.Parsed<?> read, String typed, Answers answers,
                             AnswerReader reader) {
        Optional<Action> held = answers.get(Key.ACTION);
        if (asked.key() != Key.PURPOSE || read.problem().isEmpty() || held.isEmpty()) {
            return Optional.empty();
        }
        Question<Action> plan = plan();
        AnswerReader.Parsed<Action> way = reader.parse(plan, typed, answers);
        if (way.problem().isPresent() || way.value().isEmpty() || way.value().get() == held.get()) {
            return Optional.empty();
        }
        String was = plan.kind().show(held.get());
        return Optional.of(new Step.Answered<>(plan, way.value(), way.shown(), typed,
                Optional.of("Read as: your plan is now to " + way.shown() + " (it was to " + was + ").")));
    }

    @SuppressWarnings("unchecked") // the plan's key is ACTION, so its question asks for an Action
    private static Question<Action> plan() {
        return (Question<Action>) Questions.all().stream().filter(q -> q.key() == Key.ACTION).findFirst().orElseThrow();
    }
}
