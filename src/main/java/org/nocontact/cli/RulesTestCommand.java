package org.nocontact.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nocontact.authoring.CaseLoader;
import org.nocontact.authoring.CaseRunner;
import org.nocontact.authoring.Coverage;
import org.nocontact.authoring.DraftCoverage;
import org.nocontact.authoring.JUnitXml;
import org.nocontact.authoring.TestCase;
import org.nocontact.json.AtomicFiles;
import org.nocontact.json.InputException;
import org.nocontact.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        header = "Run scenario cases against a rule set.",
        description = {"", "Runs the cases in CASE files or folders (default: the rule set's tests/ folder) and "
                + "reports each failure with what was expected, what happened, and the trace of the rules. "
                + "Each case is also replayed through the interview ('ask'), and a case it would get wrong is "
                + "reported as INTERVIEW with the facts it never asked. The last line is 'N passed, N failed'.", ""},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.TEST_PASSED, ExitCodes.TEST_FAILED, ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class RulesTestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesDir rulesDir;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE.")
    Optional<Path> junit = Optional.empty();

    @Option(names = "--coverage", description = "List the rules no case makes apply, those that never decide, "
            + "and the draft rules that note no case's draft.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "PCT",
            description = "Fail when fewer than PCT percent of the rules decide in some case (implies --coverage).")
    Optional<Double> minCoverage = Optional.empty();

    @Parameters(paramLabel = "CASE", arity = "0..*", description = "Case files or folders.")
    List<Path> cases = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (minCoverage.isPresent() && (minCoverage.get() < 0 || minCoverage.get() > 100)) {
            throw InputException.whole("--min-coverage", "give a percentage from 0 to 100.");
        }
        RuleSet rules = rulesDir.load();
        List<Path> paths = cases.isEmpty() ? List.of(rulesDir.dir.resolve("tests")) : cases;
        List<TestCase> loaded = new CaseLoader().load(paths);
        CaseRunner runner = new CaseRunner(rules);
        List<CaseRunner.Result> results = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        for (TestCase c : loaded) {
            CaseRunner.Result result = runner.run(c);
            results.add(result);
            if (!result.passed()) {
                out.println("FAIL " + c.file() + ":" + c.position() + ": " + c.name());
                for (String failure : result.failures()) {
                    out.println("     " + failure);
                }
                out.print(result.actual().evaluation().trace(false).indent(5));
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        long interviewWrong = CaseInterviews.report(rules, results, out);
        boolean coverageTooLow = false;
        if (coverage || minCoverage.isPresent()) {
            Coverage c = Coverage.of(rules, results);
            out.printf("coverage: %d of %d rules decide in some case (%.1f%%)%n", c.decided(), c.rulesInProfiles(), c.percent());
            if (!c.neverApplied().isEmpty()) {
                out.println("  no case makes these apply: " + String.join(", ", c.neverApplied()));
            }
            if (!c.neverDecided().isEmpty()) {
                out.println("  these apply but never decide: " + String.join(", ", c.neverDecided()));
            }
            List<String> quietDrafts = DraftCoverage.neverNoted(rules, results);
            if (!quietDrafts.isEmpty()) {
                out.println("  no case's draft gets a note from these draft rules: " + String.join(", ", quietDrafts));
            }
            if (minCoverage.isPresent() && c.percent() < minCoverage.get()) {
                out.printf("coverage %.1f%% is below the minimum of %.1f%%%n", c.percent(), minCoverage.get());
                coverageTooLow = true;
            }
        }
        if (junit.isPresent()) {
            AtomicFiles.write(junit.get(), JUnitXml.of("nocontact rules " + rulesDir.dir, results));
        }
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        return failed > 0 || interviewWrong > 0 || coverageTooLow ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
