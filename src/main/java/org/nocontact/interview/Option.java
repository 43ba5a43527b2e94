package org.nocontact.interview;

import java.util.List;

/** One answer a question offers: its label as listed, its value, and the names and words it is known by. */
record Option<T>(String label, T value, List<String> names) {
    /** Names are matched against answers read plainly, where him and her read as them ("drop her stuff off"). */
    Option {
        names = names.stream().map(n -> (" " + n + " ").replace(" him ", " them ").replace(" her ", " them ").trim())
                .distinct().toList();
    }

    /** The options as a numbered list, one a line. */
    static <T> void numbered(StringBuilder out, List<Option<T>> options) {
        for (int i = 0; i < options.size(); i++) {
            out.append(String.format("  %d) %s%n", i + 1, options.get(i).label()));
        }
    }
}
