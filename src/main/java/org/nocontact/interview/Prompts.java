package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;

/** How a question is shown: the question, how to answer it (numbered choices...), and the default in brackets. */
final class Prompts {
    private Prompts() {
    }

    static String prompt(Question<?> question, Optional<String> previous, LocalDate today) {
        StringBuilder out = new StringBuilder("\n").append(question.prompt()).append('\n');
        question.kind().describe(out, today);
        String shownDefault = previous.orElse(question.kind().fallback());
        return out.append(shownDefault.isEmpty() ? "> " : "[" + shownDefault + "] > ").toString();
    }
}
