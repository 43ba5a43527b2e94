package org.nocontact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.nocontact.authoring.CaseRunner;
import org.nocontact.authoring.Coverage;
import org.nocontact.authoring.MutationTester;
import org.nocontact.authoring.TestCase;
import org.nocontact.authoring.TestReport;
import org.nocontact.text.Texts;

/** `rules test` results on standard output, as text, JSON or GitHub annotations. */
final class RulesTestOutput {
    private static final String TITLE = "nocontact rules test";

    /** What a run found: the cases' results, the cases the interview gets wrong, coverage, silent draft rules. */
    record Found(List<CaseRunner.Result> results, List<CaseInterviews.Wrong> interviews, List<Coverage> coverages,
                 List<String> quietDrafts, Optional<MutationTester.Report> mutants) {
        Found {
            results = List.copyOf(results);
            interviews = List.copyOf(interviews);
            coverages = List.copyOf(coverages);
            quietDrafts = List.copyOf(quietDrafts);
        }
    }

    private final PrintWriter out;
    private final List<CaseRunner.Result> results;
    private final List<Coverage> coverages;
    private final Found found;
    private final TestReport report;

    RulesTestOutput(PrintWriter out, Found found, TestReport report) {
        this.out = out;
        this.found = found;
        this.results = found.results();
        this.coverages = found.coverages();
        this.report = report;
    }

    void text() {
        for (CaseRunner.Result result : failed()) {
            TestCase c = result.testCase();
            out.println("FAIL " + c.file() + ":" + c.position() + ": " + Texts.printable(c.name()));
            for (String failure : result.failures()) {
                out.println("     " + failure);
            }
            out.print(result.actual().evaluation().trace(false).indent(5));
        }
        CaseInterviews.report(found.interviews(), results.size(), out);
        found.mutants().ifPresent(m -> MutationOutput.text(out, m));
        coverageAndOtherFailures(false);
        out.println(summary());
        out.flush();
    }

    void github() {
        for (CaseRunner.Result result : failed()) {
            TestCase c = result.testCase();
            out.println(GithubAnnotations.at("error", c.file(), c.position(), TITLE,
                    Texts.printable(c.name()) + ": " + String.join("; ", result.failures())));
        }
        for (CaseInterviews.Wrong w : found.interviews()) {
            TestCase c = w.result().testCase();
            out.println(GithubAnnotations.at("error", c.file(), c.position(), TITLE,
                    Texts.printable(c.name()) + ": through 'nocontact ask': " + w.problem()));
        }
        found.mutants().ifPresent(m -> MutationOutput.github(out, TITLE, m));
        coverageAndOtherFailures(true);
        out.println(summary());
        out.flush();
    }

    /** Coverage lines, then failures that are not a case's (coverage below the minimum, no cases at all). */
    private void coverageAndOtherFailures(boolean annotate) {
        for (Coverage c : coverages) {
            out.println("coverage, " + TestReport.coverageLine(c));
            if (!c.neverApplied().isEmpty()) {
                out.println("  no case makes these apply: " + String.join(", ", c.neverApplied()));
            }
            if (!c.neverDecided().isEmpty()) {
                out.println("  these apply but never decide: " + String.join(", ", c.neverDecided()));
            }
        }
        if (!found.quietDrafts().isEmpty()) {
            out.println("no case's draft gets a note from these draft rules: " + String.join(", ", found.quietDrafts()));
        }
        for (TestReport.Check check : otherFailures()) {
            for (String failure : check.failures()) {
                out.println(annotate ? GithubAnnotations.general("error", TITLE, failure) : failure);
            }
        }
    }

    void json() throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("passed", results.size() - failedCount());
            g.writeNumberField("failed", failedCount());
            g.writeArrayFieldStart("cases");
            for (CaseRunner.Result result : results) {
                TestCase c = result.testCase();
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("file", c.file());
                g.writeNumberField("line", c.position().line());
                g.writeNumberField("column", c.position().column());
                g.writeBooleanField("passed", result.passed());
                JsonRenderer.strings(g, "failures", result.failures());
                g.writeStringField("verdict", result.actual().verdict().name());
                g.writeStringField("decidedBy", result.actual().evaluation().decider().id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("coverage");
            for (Coverage c : coverages) {
                g.writeStartObject();
                g.writeStringField("profile", c.profile());
                g.writeNumberField("rules", c.rules());
                g.writeNumberField("decided", c.decided());
                g.writeNumberField("percent", Math.round(c.percent() * 10) / 10.0);
                JsonRenderer.strings(g, "neverApplied", c.neverApplied());
                JsonRenderer.strings(g, "neverDecided", c.neverDecided());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("interview");
            for (CaseInterviews.Wrong w : found.interviews()) {
                TestCase c = w.result().testCase();
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeStringField("file", c.file());
                g.writeNumberField("line", c.position().line());
                g.writeNumberField("column", c.position().column());
                g.writeStringField("problem", w.problem());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonRenderer.strings(g, "draftRulesNeverNoted", found.quietDrafts());
            if (found.mutants().isPresent()) {
                MutationOutput.json(g, found.mutants().get());
            }
            JsonRenderer.strings(g, "otherFailures", otherFailures().stream().flatMap(check -> check.failures().stream()).toList());
            g.writeEndObject();
        }
        out.println();
        out.flush();
    }

    private List<CaseRunner.Result> failed() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /**
     * Failing checks in the report that are not cases: coverage and mutation-score minimums, a run
     * without cases, and work its bounds cut short.
     */
    private List<TestReport.Check> otherFailures() {
        return report.failing(TestReport.Kind.NO_CASES, TestReport.Kind.COVERAGE, TestReport.Kind.MUTANTS,
                TestReport.Kind.NOT_FINISHED);
    }

    /** Cases that failed, or that the interview would get wrong: either makes the run fail, so either counts. */
    private long failedCount() {
        java.util.Set<CaseRunner.Result> failing = new java.util.HashSet<>(failed());
        found.interviews().forEach(w -> failing.add(w.result()));
        return failing.size();
    }

    /**
     * "N passed, N failed", and, when the run fails for a reason that is not a case's (coverage or
     * a mutation score below its minimum, no cases, a bound reached), how many such checks failed:
     * a last line never says "0 failed" of a run that fails.
     */
    private String summary() {
        long others = otherFailures().stream().mapToLong(check -> check.failures().size()).sum();
        return (results.size() - failedCount()) + " passed, " + failedCount() + " failed"
                + (others == 0 ? "" : ", and " + Texts.count((int) others, "other check", "other checks") + " failed (see above)");
    }
}
