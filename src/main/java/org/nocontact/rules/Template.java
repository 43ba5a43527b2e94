package org.nocontact.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule's text with {fact} placeholders ("day {noContact.daysHeld} of {noContact.days}").
 * Placeholders are checked against the fact list when the rules load; nothing else is expanded.
 */
public record Template(String text, List<Part> parts) {
    public sealed interface Part {
    }

    public record Literal(String text) implements Part {
    }

    public record Placeholder(Fact fact) implements Part {
    }

    /** @return the template, or the name of the first unknown placeholder */
    public static Template parse(String text, java.util.function.Consumer<String> unknownFact) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            int close = open < 0 ? -1 : text.indexOf('}', open);
            if (open < 0 || close < 0) {
                parts.add(new Literal(text.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Literal(text.substring(i, open)));
            }
            String name = text.substring(open + 1, close);
            Optional<Fact> fact = Fact.byName(name);
            if (fact.isEmpty()) {
                unknownFact.accept(name);
            } else {
                parts.add(new Placeholder(fact.get()));
            }
            i = close + 1;
        }
        return new Template(text, List.copyOf(parts));
    }

    /** The text for this situation; a count of 1 before "days" reads "1 day" (see {@link DayWords}). */
    public String render(Facts facts) {
        StringBuilder out = new StringBuilder();
        Object lastCount = null;
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(DayWords.agreeWithCount(lastCount, literal.text()));
                lastCount = null;
            } else if (part instanceof Placeholder placeholder) {
                out.append(facts.display(placeholder.fact()));
                lastCount = facts.value(placeholder.fact()).orElse(null);
            }
        }
        return out.toString();
    }
}
