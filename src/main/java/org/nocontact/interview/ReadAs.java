package org.nocontact.interview;

import java.util.List;
import java.util.Optional;
import org.nocontact.situation.Goal;
import org.nocontact.situation.Purpose;

/**
 * How an answer to a two-part question was read, said back whole, in words a person would use:
 * "text her happy birthday" is "Read as: send a text, a greeting, for their birthday.", not only
 * "send a text", so a part read wrongly is seen (and can be changed) as the part read rightly is.
 */
final class ReadAs {
    private ReadAs() {
    }

    /**
     * The line to say for the answer: the answer shown with every part read from it, or the answer's own
     * note when no part was; empty when there is nothing to say back (a choice typed as it is listed).
     */
    static Optional<String> line(String shown, Optional<String> note, List<String> parts) {
        if (parts.isEmpty()) {
            return note;
        }
        StringBuilder line = new StringBuilder("Read as: ").append(shown);
        parts.forEach(part -> line.append(part.startsWith("you") ? "; " : ", ").append(part)); // "they did; you want to move on"
        return Optional.of(line.append('.').toString());
    }

    /** The feelings said together, by name ("Read as: angry 3, sad 5, confident skipped."); empty if none was. */
    static Optional<String> together(String first, List<String> parts) {
        List<String> said = java.util.stream.Stream.concat(java.util.stream.Stream.of(first), parts.stream())
                .filter(part -> !part.isEmpty()).toList();
        return said.isEmpty() ? Optional.empty() : Optional.of("Read as: " + String.join(", ", said) + ".");
    }

    /**
     * A part in the words that go after the answer: a greeting or an apology as it is, another purpose
     * as what it is about ("about your feelings"), a special day as what it is for ("for their birthday").
     */
    static String part(Key<?> key, Object value, String shown) {
        if (Questions.FEELINGS.contains(key)) {
            return ScaleAnswers.name(key) + (shown.equals("skip") ? " skipped" : " " + shown); // "sad 5"
        }
        String plain = shown.replaceFirst(" \\(.*\\)$", ""); // "a greeting (happy birthday, and so on)"
        if (key == Key.GOAL) { // said with who ended it: "you want to get back together", "you're not sure yet"
            return value == Goal.UNSURE ? "you're not sure yet what you want" : "you want " + plain;
        }
        if (key == Key.OCCASION) {
            return value instanceof Optional<?> day && day.isEmpty() ? "" : "for " + plain; // "no, an ordinary day"
        }
        if (key == Key.PURPOSE && value != Purpose.GREETING && value != Purpose.APOLOGY) {
            return "about " + plain.replaceFirst("^my ", "your ");
        }
        return plain;
    }
}
