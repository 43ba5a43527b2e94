package org.nocontact.interview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.advice.Advisor;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Tie;

/**
 * Decides from the rules whether a question is worth asking: it is, when its possible answers,
 * given everything answered so far, lead to a different deciding rule or a different date to
 * look again (and so to different advice).
 * Nothing here knows which rule cares about what; it only runs the rules.
 */
final class Relevance {
    private final Advisor advisor;
    private final LocalDate today;

    Relevance(Advisor advisor, LocalDate today) {
        this.advisor = advisor;
        this.today = today;
    }

    boolean couldChangeTheAdvice(Question question, Map<String, Object> answers) {
        Set<String> deciders = new HashSet<>();
        for (Map<String, Object> candidate : candidates(question.id(), answers)) {
            Map<String, Object> trial = new HashMap<>(answers);
            trial.putAll(candidate);
            var evaluation = advisor.evaluate(Answers.toSituation(trial, today));
            var decider = evaluation.decider();
            deciders.add(decider.id() + " " + decider.reconsiderOn().flatMap(evaluation.facts()::date));
            if (deciders.size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Representative answers for a question: each value that could matter, and its group's. */
    private List<Map<String, Object>> candidates(String id, Map<String, Object> answers) {
        LocalDate breakup = answers.get("breakup.date") instanceof LocalDate d ? d : today;
        List<Map<String, Object>> out = new ArrayList<>();
        switch (id) {
            case "exContact.recent" -> {
                out.add(Map.of(id, Optional.empty()));
                out.add(Map.of(id, Optional.of(ExContactAbout.LOGISTICS)));
                out.add(Map.of(id, Optional.of(ExContactAbout.PERSONAL)));
            }
            case "exContact.date" -> {
                out.add(Map.of(id, today));
                out.add(Map.of(id, breakup));
            }
            case "ties" -> {
                out.add(Map.of(id, EnumSet.noneOf(Tie.class)));
                for (Tie tie : Tie.values()) {
                    out.add(Map.of(id, EnumSet.of(tie)));
                }
            }
            case "plan.occasion" -> {
                out.add(Map.of(id, Optional.empty()));
                for (Occasion occasion : Occasion.values()) {
                    out.add(Map.of(id, Optional.of(occasion)));
                }
            }
            case "noContact.started" -> {
                out.add(Map.of(id, false));
                out.add(Map.of(id, true, "noContact.since", today));
                out.add(Map.of(id, true, "noContact.since", breakup));
            }
            case "history.unansweredMessages" -> {
                for (int n : new int[] {0, 1, 2, 5}) {
                    out.add(Map.of(id, n));
                }
            }
            case "emotions.anger" -> {
                out.add(Map.of());
                out.add(Map.of(id, 0, "emotions.sadness", 0, "emotions.confidence", 10));
                out.add(Map.of(id, 10, "emotions.sadness", 10, "emotions.confidence", 0));
            }
            case "breakup.feelingsExpressed" -> {
                out.add(Map.of(id, Optional.empty()));
                out.add(Map.of(id, Optional.of(true)));
                out.add(Map.of(id, Optional.of(false)));
            }
            default -> {
                out.add(Map.of(id, true));
                out.add(Map.of(id, false));
            }
        }
        return out;
    }
}
