package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nocontact.advice.draft.DraftNote;
import org.nocontact.advice.draft.DraftReader;
import org.nocontact.advice.draft.DraftReview;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleSet;

/**
 * What a change to the rules does to the notes on the cases' drafts: for each case with a draft,
 * the draft rules noted on each line (line 0: the whole draft) under the verdict each rule set
 * gives, and the lines where they differ.
 */
public final class DraftDiff {
    /** One line of one case's draft whose notes changed: the draft rule ids before and after. */
    public record Change(TestCase testCase, int line, Set<String> before, Set<String> after) {
        public Change {
            // sorted, so every format lists them alike from one run to the next
            before = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(before));
            after = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(after));
        }

        public String describe() {
            return (line == DraftNote.WHOLE_DRAFT ? "the whole draft" : "line " + line) + ": "
                    + show(before) + " -> " + show(after);
        }

        private static String show(Set<String> rules) {
            return rules.isEmpty() ? "no notes" : String.join(", ", new TreeSet<>(rules));
        }
    }

    private DraftDiff() {
    }

    public static List<Change> diff(RuleSet base, RuleSet changed, List<TestCase> cases) {
        List<Change> changes = new ArrayList<>();
        for (TestCase c : cases) {
            Optional<String> draft = c.situation().plan().message();
            String profile = c.profile().orElse(base.defaultProfile());
            if (draft.isEmpty() || base.profile(profile).isEmpty() || changed.profile(profile).isEmpty()) {
                continue;
            }
            Map<Integer, Set<String>> before = byLine(base, base.profile(profile).get(), c, draft.get());
            Map<Integer, Set<String>> after = byLine(changed, changed.profile(profile).get(), c, draft.get());
            Set<Integer> lines = new TreeSet<>(before.keySet());
            lines.addAll(after.keySet());
            for (int line : lines) {
                Set<String> was = before.getOrDefault(line, Set.of());
                Set<String> now = after.getOrDefault(line, Set.of());
                if (!was.equals(now)) {
                    changes.add(new Change(c, line, was, now));
                }
            }
        }
        return changes;
    }

    private static Map<Integer, Set<String>> byLine(RuleSet rules, Profile profile, TestCase c, String draft) {
        DraftReview review = new DraftReader(rules.drafts()).review(draft,
                Evaluation.of(profile, rules.factsOf(c.situation())).verdict());
        Map<Integer, Set<String>> byLine = new TreeMap<>();
        for (DraftNote note : review.notes()) {
            byLine.computeIfAbsent(note.line(), line -> new TreeSet<>()).add(note.rule());
        }
        return byLine;
    }
}
