package org.nocontact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nocontact.analysis.Exploration;
import org.nocontact.authoring.ChangedLines;
import org.nocontact.authoring.Differ;
import org.nocontact.rules.Rule;
import org.nocontact.situation.SituationWriter;
import org.nocontact.text.Texts;

/** `rules diff` output: text for people, JSON for scripts, GitHub workflow annotations for pull requests. */
final class DiffOutput {
    /** Regions printed per FROM -> TO group in text; JSON and --witnesses have them all. */
    static final int SHOWN_PER_GROUP = 10;
    private DiffOutput() {
    }

    static void text(Differ.Report report, List<String> edits, List<String> drafts, Map<Differ.Change, String> files,
                     PrintWriter out) {
        out.println("compared profiles " + String.join(", ", report.compared())
                + " over every situation; facts cut by the rules' bounds: " + report.classes());
        for (Differ.Coverage c : report.coverage()) {
            out.printf("profile %s: %s %s (%,d branches, %,d impossible combinations pruned)%s%n",
                    c.profile(), Texts.count(c.regions(), "region", "regions"),
                    !c.uncovered().isEmpty() ? "explored" : c.regions() == 1 ? "covers every situation" : "cover every situation",
                    c.splits(), c.pruned(), c.uncovered().isEmpty() ? ""
                            : "; NOT covered: " + Texts.count(c.uncovered().size(), "region", "regions") + ", listed here");
            for (Exploration.Uncovered u : c.uncovered()) {
                out.println("  not covered (" + u.reason() + "): " + u.region().describe());
            }
            if (c.datesSearched() > 0) {
                out.printf("  the look-again date was searched, not proved the same, in %s (at the witness, with the ex's "
                        + "birthday or the anniversary on each day ahead, and with each count of days at the far end of its "
                        + "class; no day moved)%n", Texts.count(c.datesSearched(), "region", "regions"));
            }
        }
        if (!edits.isEmpty()) {
            out.println("changed in the rule files:");
            edits.forEach(e -> out.println("  " + e));
        }
        report.added().forEach(p -> out.println("profile added: " + p));
        report.removed().forEach(p -> out.println("profile removed: " + p));
        report.defaultProfileChange().ifPresent(d -> out.println("default profile change: " + d));
        report.defaultDaysChange().ifPresent(d -> out.println("date change: " + d));
        for (Differ.CaseChange change : report.cases()) {
            out.println("case changed: " + change.testCase().file() + ":" + change.testCase().position() + ": "
                    + change.testCase().name() + ": " + outcome(change.from(), change.fromDate()) + " -> "
                    + outcome(change.to(), change.toDate()));
        }
        if (report.groups().isEmpty()) {
            boolean profilesChanged = !report.added().isEmpty() || !report.removed().isEmpty()
                    || report.defaultProfileChange().isPresent();
            String covered = report.complete() ? "" : " among the situations covered; the rest is NOT known (see above)";
            out.println((profilesChanged ? "no situation changes outcome within a profile both rule sets have"
                    : "no situation changes outcome") + covered);
        }
        for (List<Differ.Change> group : byVerdicts(report)) {
            Differ.Change first = group.get(0);
            out.printf("%s -> %s (profile %s): %s%n", first.from().verdict(), first.to().verdict(), first.profile(),
                    Texts.count(group.size(), "region", "regions"));
            for (Differ.Change change : group.subList(0, Math.min(group.size(), SHOWN_PER_GROUP))) {
                out.println("  " + rules(change) + ":");
                out.println("    where " + change.region().describe());
                String file = files.get(change);
                out.println("    witness: " + (file != null ? file : oneLine(change)));
            }
            if (group.size() > SHOWN_PER_GROUP) {
                int more = group.size() - SHOWN_PER_GROUP;
                out.println("  and " + Texts.count(more, "more region", "more regions") + (files.isEmpty()
                        ? "; --witnesses DIR writes one file each (--format json lists them all)"
                        : ", each written to the witnesses folder (--format json lists them all)"));
            }
        }
        drafts.forEach(d -> out.println("draft notes changed: " + d));
        out.println(summary(report, drafts));
    }

    /**
     * The changed regions grouped as FROM -> TO within a profile, in the report's order (a verdict
     * change first, then a date, then a rule alone); each group's regions keep that order too.
     */
    private static List<List<Differ.Change>> byVerdicts(Differ.Report report) {
        record Key(String profile, Object from, Object to) {
        }
        Map<Key, List<Differ.Change>> groups = new LinkedHashMap<>();
        report.groups().forEach(group -> group.forEach(change -> groups.computeIfAbsent(
                new Key(change.profile(), change.from().verdict(), change.to().verdict()),
                k -> new ArrayList<>()).add(change)));
        return List.copyOf(groups.values());
    }

    /** The witness as one line of JSON: paste it into a file and `check --rules` reproduces the change. */
    private static String oneLine(Differ.Change change) {
        try {
            return new ObjectMapper().readTree(SituationWriter.write(change.witness())).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rules(Differ.Change change) {
        String ids = change.from().id().equals(change.to().id()) ? "rule " + change.from().id()
                : change.from().id() + " -> " + change.to().id();
        return ids + "; changed: " + String.join(", ", change.aspects().stream().map(Differ.Aspect::word).toList())
                + (change.aspects().contains(Differ.Aspect.DATE) ? "; " + date(change.fromDate()) + " -> "
                + date(change.toDate()) + " for the witness" : "");
    }

    private static String outcome(Rule rule, Optional<LocalDate> date) {
        return rule.verdict() + " (" + rule.id() + ", " + date(date) + ")";
    }

    /** The day check prints for the situation (ISO: this is output for rule authors and scripts). */
    private static String date(Optional<LocalDate> date) {
        return date.map(d -> "look again on " + d).orElse("no look-again date");
    }

    /** Annotations a CI page shows per file; the rest of a file's changes are summed up in one more. */
    static final int ANNOTATIONS_PER_FILE = 10;

    /**
     * Each change annotated at the line that made it (see {@link ChangedLines}), at most
     * {@value #ANNOTATIONS_PER_FILE} per file and then one that counts the rest.
     */
    static void github(Differ.Report report, List<String> drafts, ChangedLines lines, PrintWriter out) {
        Map<String, List<Differ.Change>> byFile = new LinkedHashMap<>();
        Map<Differ.Change, ChangedLines.Line> at = new IdentityHashMap<>();
        for (Differ.Change change : report.changes()) {
            ChangedLines.Line line = lines.of(change);
            at.put(change, line);
            byFile.computeIfAbsent(line.file(), f -> new ArrayList<>()).add(change);
        }
        byFile.forEach((file, changes) -> {
            for (Differ.Change change : changes.subList(0, Math.min(ANNOTATIONS_PER_FILE, changes.size()))) {
                ChangedLines.Line line = at.get(change);
                Rule to = change.to();
                out.println("::warning file=" + Annotations.property(file) + ",line=" + line.position().line()
                        + ",col=" + line.position().column() + ",title=nocontact rules diff::" + Annotations.data(
                        "profile " + change.profile() + ": " + change.from().verdict() + " -> " + to.verdict() + " ("
                                + rules(change) + ") where " + change.region().describe()));
            }
            if (changes.size() > ANNOTATIONS_PER_FILE) {
                out.println("::warning file=" + Annotations.property(file) + ",title=nocontact rules diff::"
                        + Annotations.data((changes.size() - ANNOTATIONS_PER_FILE) + " more changes from this file are "
                        + "not annotated; run nocontact rules diff without --format github to see them all."));
            }
        });
        drafts.forEach(d -> out.println("::warning title=nocontact rules diff::" + Annotations.data("draft notes changed: " + d)));
        report.added().forEach(p -> out.println("::warning title=nocontact rules diff::profile added: " + p));
        report.removed().forEach(p -> out.println("::warning title=nocontact rules diff::profile removed: " + p));
        report.defaultProfileChange().ifPresent(d -> out.println("::warning title=nocontact rules diff::"
                + Annotations.data("default profile change: " + d)));
        report.defaultDaysChange().ifPresent(d -> out.println("::warning title=nocontact rules diff::" + Annotations.data(d)));
        for (Differ.Coverage c : report.coverage()) {
            c.uncovered().forEach(u -> out.println("::error title=nocontact rules diff::" + Annotations.data(
                    "profile " + c.profile() + ": not covered (" + u.reason() + "): " + u.region().describe())));
        }
        out.println(summary(report, drafts));
    }

    /** The closing line: "2 regions, 1 case and 0 draft notes changed" (a draft note is one line's notes). */
    static String summary(Differ.Report report, List<String> drafts) {
        return Texts.count(report.changes().size(), "region", "regions") + ", "
                + Texts.count(report.cases().size(), "case", "cases") + " and "
                + Texts.count(drafts.size(), "draft note", "draft notes") + " changed";
    }

    static String json(Differ.Report report, List<String> edits, List<String> drafts, Map<Differ.Change, String> files)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory(mapper).createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectField("compared", report.compared());
            g.writeObjectField("edits", edits);
            g.writeObjectField("added", report.added());
            g.writeObjectField("removed", report.removed());
            g.writeStringField("defaultProfileChange", report.defaultProfileChange().orElse(null));
            g.writeStringField("defaultDaysChange", report.defaultDaysChange().orElse(null));
            g.writeBooleanField("complete", report.complete());
            g.writeObjectField("draftNotesChanged", drafts);
            g.writeArrayFieldStart("coverage");
            for (Differ.Coverage c : report.coverage()) {
                g.writeStartObject();
                g.writeStringField("profile", c.profile());
                g.writeNumberField("regions", c.regions());
                g.writeNumberField("branches", c.splits());
                g.writeNumberField("pruned", c.pruned());
                g.writeNumberField("datesSearched", c.datesSearched());
                g.writeObjectField("notCovered", c.uncovered().stream().map(u -> u.reason() + ": "
                        + u.region().describe()).toList());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changes");
            for (Differ.Change change : report.changes()) {
                g.writeStartObject();
                g.writeStringField("profile", change.profile());
                outcome(g, "from", change.from(), change.fromDate());
                outcome(g, "to", change.to(), change.toDate());
                g.writeObjectField("changed", change.aspects().stream().map(Differ.Aspect::word).toList());
                g.writeStringField("region", change.region().describe());
                if (files.containsKey(change)) {
                    g.writeStringField("witnessFile", files.get(change));
                }
                g.writeFieldName("witness");
                g.writeTree(mapper.readTree(SituationWriter.write(change.witness())));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("cases");
            for (Differ.CaseChange change : report.cases()) {
                g.writeStartObject();
                g.writeStringField("file", change.testCase().file());
                g.writeStringField("name", change.testCase().name());
                outcome(g, "from", change.from(), change.fromDate());
                outcome(g, "to", change.to(), change.toDate());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return text + "\n";
    }

    private static void outcome(JsonGenerator g, String field, Rule rule, Optional<LocalDate> date) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("verdict", rule.verdict().name());
        g.writeStringField("rule", rule.id());
        g.writeStringField("reconsiderOn", date.map(LocalDate::toString).orElse(null));
        g.writeEndObject();
    }
}
