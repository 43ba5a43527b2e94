package org.nocontact.interview;

import java.util.List;
import java.util.Optional;

/** One answer a question offers: its label as listed, its value, and the names and words it is known by. */
record Option<T>(String label, T value, List<String> names) {
    /** The options as a numbered list, one a line. */
    static <T> void numbered(StringBuilder out, List<Option<T>> options) {
        for (int i = 0; i < options.size(); i++) {
            out.append(String.format("  %d) %s%n", i + 1, options.get(i).label()));
        }
    }

    /** The number the option of this value is listed under, from 1. */
    static <T> Optional<Integer> indexOf(List<Option<T>> options, T value) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).value().equals(value)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
