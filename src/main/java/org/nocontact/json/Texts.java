package org.nocontact.json;

import java.util.Collection;
import java.util.Optional;

/** Small text helpers for messages: shortening, listing choices, suggesting a near miss. */
public final class Texts {
    private Texts() {
    }

    public static String abbreviate(String text, int max) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    /** "a, b or c" */
    public static String choices(Collection<String> names) {
        var list = names.stream().toList();
        if (list.isEmpty()) {
            return "nothing";
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
    }

    /** The closest known name to a misspelt one, if it is close enough to be a typo. */
    public static Optional<String> nearest(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(wrong.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance; inputs are short names, and long ones are cut off first. */
    static int distance(String a, String b) {
        a = a.length() > 64 ? a.substring(0, 64) : a;
        b = b.length() > 64 ? b.substring(0, 64) : b;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
