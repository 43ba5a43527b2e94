package org.nocontact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nocontact.authoring.Finding;
import org.nocontact.authoring.Linter;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "lint",
        header = "Find mistakes in a rule set.",
        description = {"", "A rule set that does not load (malformed JSON, unknown keys, facts, values or verdicts, "
                + "comparisons of the wrong type, duplicate ids, rules without a reason or a source, unknown sources) "
                + "is wrong input: every problem on standard error with its file:line:column, exit 2 (with --format "
                + "json, github or sarif, also on standard output as errors of kind does-not-load). A set that loads "
                + "is then checked over every valid situation (each fact cut "
                + "into the classes of values the rules tell apart, explored rule by rule, not sampled): rules whose "
                + "condition no situation meets (errors, at the condition), rules that never decide in a profile "
                + "(warnings), rules no profile orders that can apply with another verdict (errors), and the "
                + "invariants declared in ruleset.json (errors, with a counterexample situation; an invariant that "
                + "could not be proved is an error, \"not proved\"). What could not be covered is an error unless "
                + "--allow-incomplete is given. Also rules in no "
                + "profile, unused definitions and sources, unlisted rule files (warnings).", ""},
        exitCodeList = {ExitCodes.LINT_CLEAN, ExitCodes.LINT_FOUND, ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class RulesLintCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesDir rulesDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = Format.Every.class, converter = Format.Every.class,
            description = "text (the default), json, github (workflow annotations), or sarif (SARIF 2.1.0, for "
                    + "code-scanning pages).")
    Format format;

    @Option(names = "--allow-incomplete",
            description = "Accept situations the analysis could not cover: report them as warnings, not errors. "
                    + "An invariant that could not be proved is an error all the same.")
    boolean allowIncomplete;

    @Override
    public Integer call() throws IOException {
        List<Finding> findings;
        try {
            findings = Linter.lint(RulesDir.folder(rulesDir.dir, "--rules"), allowIncomplete);
        } catch (InputException e) {
            notLoaded(e);
            throw e;
        }
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TEXT -> {
                for (Finding f : findings) {
                    out.println(f.file() + ":" + f.position() + ": " + f.severity().word() + ": "
                            + (f.path().isEmpty() ? "" : f.path() + ": ") + f.message());
                }
                out.println(summary(errors, findings.size() - errors));
            }
            case GITHUB -> {
                for (Finding f : findings) {
                    out.println(GithubAnnotations.at(f.severity().word(), f.file(), f.position(), "nocontact rules lint",
                            (f.path().isEmpty() ? "" : f.path() + ": ") + f.message()));
                }
                out.println(summary(errors, findings.size() - errors));
            }
            case JSON -> out.print(json(findings, errors, Map.of()));
            case SARIF -> out.print(Sarif.of(findings, Map.of(), version()));
        }
        out.flush();
        return errors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /**
     * A rule set that does not load: in text, standard error alone says so (exit 2); the other formats
     * also carry each problem on standard output, as lint errors of kind does-not-load at their file:line:column.
     */
    private void notLoaded(InputException e) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Finding> findings = Finding.notLoaded(e);
        switch (format) {
            case TEXT -> {
                return;
            }
            case GITHUB -> LoadFailure.github(out, "nocontact rules lint", e);
            case JSON -> out.print(json(findings, e.total(), e.notShownIn()));
            case SARIF -> out.print(Sarif.of(findings, e.notShownIn(), version()));
        }
        out.flush();
    }

    private static String version() {
        return new Main.Version().getVersion()[0].replaceFirst("^nocontact ", "");
    }

    /**
     * {"errors": E, "warnings": W, "notShown": M, "notShownByFile": {FILE: N}, "findings": [...]}: E and W
     * count every finding; M of the errors are not listed (a rule set that does not load with more than
     * 50 problems), else 0, N of them in FILE.
     */
    private static String json(List<Finding> findings, long errors, Map<String, Integer> notShownIn)
            throws IOException {
        int notShown = notShownIn.values().stream().mapToInt(Integer::intValue).sum();
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("errors", errors);
            g.writeNumberField("warnings", findings.size() + notShown - errors);
            g.writeNumberField("notShown", notShown);
            LoadFailure.notShownByFile(g, notShownIn);
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("severity", f.severity().word());
                g.writeStringField("kind", f.kind().id());
                LoadFailure.place(g, f);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return text + "\n";
    }

    private static String summary(long errors, long warnings) {
        return Texts.count(errors, "error", "errors") + ", " + Texts.count(warnings, "warning", "warnings");
    }
}
