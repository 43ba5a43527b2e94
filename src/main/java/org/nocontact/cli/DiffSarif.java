package org.nocontact.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.nocontact.authoring.ChangedLines;
import org.nocontact.authoring.Differ;
import org.nocontact.authoring.Finding;
import org.nocontact.json.InputException;
import org.nocontact.json.Position;

/**
 * {@code rules diff --format sarif}: each changed region a result (a warning) at the line that
 * changed (the rule's, or the profile's precedence), each region left uncovered an error, profile
 * and default changes and changed draft notes warnings at the rule set's index; a rule set that
 * does not load, its problems as errors at their file:line:column.
 */
final class DiffSarif {
    private static final List<Sarif.Kind> KINDS = List.of(
            new Sarif.Kind("verdict-changed", "Some situations get another verdict."),
            new Sarif.Kind("date-changed", "Some situations get another day to look again."),
            new Sarif.Kind("rule-changed", "Another rule decides some situations, with the same verdict and day."),
            new Sarif.Kind("not-covered", "Some situations could not be compared: the diff is incomplete."),
            new Sarif.Kind("profile-changed", "A profile was added or removed, or the default profile or period changed."),
            new Sarif.Kind("draft-notes-changed", "A test case's draft gets other notes."),
            new Sarif.Kind("does-not-load", "The rule set does not load."));
    private static final int NOT_COVERED = 3;
    private static final int PROFILE = 4;
    private static final int DRAFTS = 5;
    private static final int NOT_LOADED = 6;
    private static final String TOOL = "nocontact rules diff";

    private DiffSarif() {
    }

    static String of(Differ.Report report, List<String> drafts, ChangedLines lines, String index, String version)
            throws IOException {
        List<Sarif.Result> results = new ArrayList<>();
        for (Differ.Change change : report.changes()) {
            ChangedLines.Line line = lines.of(change);
            results.add(new Sarif.Result(kind(change), "warning", "profile " + change.profile() + ": "
                    + change.from().verdict() + " -> " + change.to().verdict() + " (" + DiffOutput.rules(change)
                    + ") where " + change.region().describe(), line.file(), line.position()));
        }
        for (Differ.Coverage c : report.coverage()) {
            c.uncovered().forEach(u -> results.add(new Sarif.Result(NOT_COVERED, "error", "profile " + c.profile()
                    + ": not covered (" + u.reason() + "): " + u.region().describe(), index, Position.START)));
        }
        List<String> profiles = new ArrayList<>();
        report.added().forEach(p -> profiles.add("profile added: " + p));
        report.removed().forEach(p -> profiles.add("profile removed: " + p));
        report.defaultProfileChange().ifPresent(d -> profiles.add("default profile change: " + d));
        report.defaultDaysChange().ifPresent(profiles::add);
        profiles.forEach(p -> results.add(new Sarif.Result(PROFILE, "warning", p, index, Position.START)));
        drafts.forEach(d -> results.add(new Sarif.Result(DRAFTS, "warning", "draft notes changed: " + d, index,
                Position.START)));
        return Sarif.of(TOOL, version, KINDS, results, java.util.Map.of());
    }

    /** A rule set that does not load: each problem listed an error at its file:line:column, the rest counted. */
    static String notLoaded(InputException problems, String version) throws IOException {
        List<Sarif.Result> results = Finding.notLoaded(problems).stream().map(f -> new Sarif.Result(NOT_LOADED,
                "error", (f.path().isEmpty() ? "" : f.path() + ": ") + f.message(), f.file(), f.position())).toList();
        return Sarif.of(TOOL, version, KINDS, results, problems.notShownIn());
    }

    /** The weightiest aspect that changed: the verdict, else the day, else the rule alone. */
    private static int kind(Differ.Change change) {
        return change.aspects().contains(Differ.Aspect.VERDICT) ? 0
                : change.aspects().contains(Differ.Aspect.DATE) ? 1 : 2;
    }
}
