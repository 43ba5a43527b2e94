package org.nocontact.interview;

import java.util.List;
import java.util.Optional;

/** How a question is shown: the question, numbered choices, and the default in brackets. */
final class Prompts {
    private Prompts() {
    }

    static String prompt(Question question, Optional<String> previous, java.time.LocalDate today) {
        StringBuilder out = new StringBuilder("\n").append(question.prompt()).append('\n');
        Question.Kind kind = question.kind();
        String fallback = "";
        if (kind instanceof Question.Choice choice) {
            numbered(out, choice.options());
            fallback = choice.defaultValue().flatMap(value -> indexOf(choice.options(), value)).map(String::valueOf).orElse("");
        } else if (kind instanceof Question.Several several) {
            numbered(out, several.options());
            fallback = "none";
        } else if (kind instanceof Question.Safety) {
            out.append("  (yes or no, or in your own words)\n");
        } else if (kind instanceof Question.YesNo yesNo) {
            fallback = yesNo.defaultValue() ? "yes" : "no";
            out.append("  (yes or no)\n");
        } else if (kind instanceof Question.Date date) {
            fallback = date.defaultAnswer().orElse("");
            out.append("  (").append(DateAnswers.forms(today)).append(")\n");
        } else if (kind instanceof Question.Whole whole) {
            fallback = whole.defaultValue().map(String::valueOf).orElse("");
            out.append("  (").append(whole.max() >= 1000 ? whole.min() + " or more" : whole.min() + " to " + whole.max())
                    .append(whole.skippable() ? ", or skip" : "").append(")\n");
        }
        String shownDefault = previous.orElse(fallback);
        return out.append(shownDefault.isEmpty() ? "> " : "[" + shownDefault + "] > ").toString();
    }

    private static void numbered(StringBuilder out, List<Question.Option> options) {
        for (int i = 0; i < options.size(); i++) {
            out.append(String.format("  %d) %s%n", i + 1, options.get(i).label()));
        }
    }

    private static Optional<Integer> indexOf(List<Question.Option> options, Object value) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).value().equals(value)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
