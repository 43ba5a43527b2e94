package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nocontact.advice.draft.DraftNote;
import org.nocontact.advice.draft.DraftReview;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.situation.Situation;

/**
 * A case's "draftNotes": for each listed line of the draft, exactly these draft rule ids; every
 * other line, the whole draft (line 0) included, none. Read strictly: a case without a draft, or a
 * line past the draft's end, is an error at its line and column.
 */
public record DraftExpectation(Map<Integer, Set<String>> byLine, int lineCount) {
    static final String FIELD = "draftNotes";
    private static final List<String> ENTRY = List.of("line", "rules");

    public DraftExpectation {
        TreeMap<Integer, Set<String>> copy = new TreeMap<>();
        byLine.forEach((line, rules) -> copy.put(line, Collections.unmodifiableSortedSet(new TreeSet<>(rules))));
        byLine = Collections.unmodifiableMap(copy);
    }

    static Optional<DraftExpectation> read(Fields expect, Situation situation) {
        if (!expect.has(FIELD)) {
            return Optional.empty();
        }
        Optional<String> message = situation.plan().message();
        if (message.isEmpty()) {
            throw expect.error(FIELD, "this case has no draft; give one as \"plan.message\" in its situation or "
                    + "in \"with\".");
        }
        int lines = DraftReview.lineCount(message.get());
        Map<Integer, Set<String>> byLine = new TreeMap<>();
        List<Json> items = expect.list(expect.required(FIELD, ""), expect.pathOf(FIELD));
        for (int i = 0; i < items.size(); i++) {
            String at = expect.pathOf(FIELD) + "[" + i + "]";
            Fields entry = Fields.of(items.get(i), at, expect.source(), ENTRY);
            int line = entry.whole(entry.required("line", "a line number, or 0 for the whole draft"),
                    entry.pathOf("line"), 0, lines);
            List<Json> ids = entry.list(entry.required("rules", "the draft rule ids expected on that line"),
                    entry.pathOf("rules"));
            if (ids.isEmpty()) {
                throw entry.error("rules", "an empty list; a line without notes is simply not listed.");
            }
            Set<String> rules = new TreeSet<>();
            for (int k = 0; k < ids.size(); k++) {
                rules.add(entry.text(ids.get(k), entry.pathOf("rules") + "[" + k + "]", 64));
            }
            if (byLine.put(line, rules) != null) {
                throw InputException.at(expect.source(), at, items.get(i).position(), "line " + line
                        + " is listed twice; put all its rules in one entry.");
            }
        }
        return Optional.of(new DraftExpectation(byLine, lines));
    }

    /** What differs, line by line; nothing when every line has exactly the expected notes. */
    List<String> failures(Optional<DraftReview> review) {
        List<String> failures = new ArrayList<>();
        for (int line = 0; line <= lineCount; line++) {
            Set<String> expected = byLine.getOrDefault(line, Set.of());
            final int current = line;
            List<DraftNote> notes = review.map(r -> r.notesOnLine(current)).orElse(List.of());
            Set<String> actual = new TreeSet<>();
            notes.forEach(note -> actual.add(note.rule()));
            if (!actual.equals(new TreeSet<>(expected))) {
                failures.add("draft " + (line == DraftNote.WHOLE_DRAFT ? "as a whole" : "line " + line)
                        + ": expected " + (expected.isEmpty() ? "no notes" : new TreeSet<>(expected))
                        + ", got " + (actual.isEmpty() ? "none" : got(notes)));
            }
        }
        return failures;
    }

    /** The notes found, each with the words that matched: [pressure ("you owe me")]. */
    private static String got(List<DraftNote> notes) {
        Map<String, String> byRule = new TreeMap<>();
        for (DraftNote note : notes) {
            byRule.putIfAbsent(note.rule(), note.excerpt().isEmpty() ? note.rule()
                    : note.rule() + " (\"" + note.excerpt() + "\")");
        }
        return "[" + String.join(", ", byRule.values()) + "]";
    }
}
