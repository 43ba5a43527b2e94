package org.nocontact.authoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nocontact.advice.Projection;
import org.nocontact.advice.Timeline;
import org.nocontact.json.Fields;
import org.nocontact.json.Json;
import org.nocontact.rules.Verdict;

/**
 * What a case expects of the days ahead ({@code "ahead"}): within the next {@code days} days (60
 * unless given), exactly these days are listed, each with the verdict, deciding rule and marks
 * given (a part left out is not checked).
 */
public record AheadExpectation(int days, List<Day> entries) {
    public static final String FIELD = "ahead";
    private static final List<String> FIELDS = List.of("days", "entries");
    private static final List<String> DAY = List.of("date", "verdict", "decidedBy", "marks");

    public AheadExpectation {
        entries = List.copyOf(entries);
    }

    /** One listed day as the case expects it. */
    public record Day(LocalDate date, Optional<Verdict> verdict, Optional<String> decidedBy,
                      Optional<Set<Timeline.Mark>> marks) {
    }

    static Optional<AheadExpectation> read(Fields expect) {
        return expect.optionalObject(FIELD, FIELDS).map(a -> {
            int days = a.optionalWhole("days", 1, Projection.MAX_DAYS).orElse(Projection.DEFAULT_AHEAD);
            List<Json> items = a.optionalList("entries");
            List<Day> entries = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Fields d = Fields.of(items.get(i), a.pathOf("entries") + "[" + i + "]", a.source(), DAY);
                Optional<Set<Timeline.Mark>> marks = d.optional("marks").map(list -> {
                    Set<Timeline.Mark> set = EnumSet.noneOf(Timeline.Mark.class);
                    List<Json> names = d.list(list, d.pathOf("marks"));
                    for (int m = 0; m < names.size(); m++) {
                        set.add(d.name(names.get(m), d.pathOf("marks") + "[" + m + "]", Timeline.Mark.class));
                    }
                    return set;
                });
                entries.add(new Day(d.requiredDate("date"), d.optionalName("verdict", Verdict.class),
                        d.optionalText("decidedBy", 64), marks));
            }
            return new AheadExpectation(days, entries);
        });
    }

    /** What the timeline does not do as expected, one line each (empty when it does). */
    List<String> failures(Timeline timeline) {
        List<String> failures = new ArrayList<>();
        List<LocalDate> got = timeline.entries().stream().map(Timeline.Entry::date).toList();
        List<LocalDate> expected = entries.stream().map(Day::date).toList();
        if (!got.equals(expected)) {
            failures.add("ahead: expected the days " + expected + ", got " + got);
        }
        for (Day day : entries) {
            timeline.entries().stream().filter(e -> e.date().equals(day.date())).findFirst().ifPresent(entry -> {
                day.verdict().filter(v -> v != entry.day().verdict()).ifPresent(v -> failures.add("ahead " + day.date()
                        + ": expected " + v.name() + ", got " + entry.day().verdict().name()));
                day.decidedBy().filter(id -> !id.equals(entry.day().rule())).ifPresent(id -> failures.add("ahead "
                        + day.date() + ": expected decided by " + id + ", got " + entry.day().rule()));
                day.marks().filter(m -> !m.equals(entry.marks())).ifPresent(m -> failures.add("ahead " + day.date()
                        + ": expected marks " + wire(m) + ", got " + wire(entry.marks())));
            });
        }
        return failures;
    }

    private static String wire(Set<Timeline.Mark> marks) {
        return marks.stream().map(Timeline.Mark::wireName).collect(Collectors.joining(", ", "[", "]"));
    }
}
