package org.nocontact.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.nocontact.advice.Advisor;
import org.nocontact.analysis.Budget;
import org.nocontact.authoring.CaseLoader;
import org.nocontact.authoring.CaseRunner;
import org.nocontact.authoring.Coverage;
import org.nocontact.authoring.DraftCoverage;
import org.nocontact.authoring.JUnitXml;
import org.nocontact.authoring.MutationTester;
import org.nocontact.authoring.TestCase;
import org.nocontact.authoring.TestReport;
import org.nocontact.files.AtomicFiles;
import org.nocontact.interview.SaveTarget;
import org.nocontact.json.InputException;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;
import org.nocontact.rules.checks.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "test",
        header = "Run scenario cases against a rule set.",
        description = {"", "Runs the cases in CASE files or folders (default: the rule set's tests/ folder) and "
                + "reports each failure with what was expected, what happened, and the trace of the rules. "
                + "Each case is also replayed through the interview ('ask'), and a case it would get wrong is "
                + "reported as INTERVIEW with the facts it never asked. The last line is 'N passed, N failed' "
                + "(and, when the run fails for another reason, such as coverage below --min-coverage, how many "
                + "other checks failed). "
                + "A rule id in a case that is not in its profile, or a file that does not load, is wrong input; "
                + "no cases at all is a failure.", ""},
        exitCodeList = {ExitCodes.TEST_PASSED, ExitCodes.TEST_FAILED, ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class RulesTestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesDir rulesDir;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML to FILE, "
            + "whatever happens (a file that does not load is a failing test there).")
    Optional<Path> junit = Optional.empty();

    @Option(names = "--coverage", description = "For each profile, list the rules no case makes apply and those that "
            + "never decide; and the draft rules that note no case's draft.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "PCT",
            description = "Fail when, in any profile, fewer than PCT percent of its rules decide in some case run in "
                    + "that profile (implies --coverage).")
    Optional<Double> minCoverage = Optional.empty();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = Format.ForAuthors.class, converter = Format.ForAuthors.class,
            description = "text (the default), json, or github (workflow annotations on the failing cases).")
    Format format;

    @Option(names = "--no-interview", description = "Do not replay the cases through the interview ('ask'): "
            + "a quicker run while editing rules (CI should keep the replay).")
    boolean noInterview;

    @Option(names = "--mutants", description = "Also make every small mistake an author could make in the rules "
            + "(a bound moved by one value class, atLeast/atMost swapped, a condition dropped, two adjacent rules "
            + "swapped, a verdict changed, a name dropped from a list, a true/false flipped, a rule dropped from a "
            + "profile), drop those the exact diff proves change nothing, run the cases against the rest, and report "
            + "the mutation score and each mutant no case kills, with a case that would (ready to paste).")
    boolean mutants;

    @Option(names = "--min-mutation-score", paramLabel = "PCT",
            description = "Fail when the mutation score is below PCT percent (implies --mutants).")
    Optional<Double> minMutationScore = Optional.empty();

    @Parameters(paramLabel = "CASE", arity = "0..*", description = "Case files or folders.")
    List<Path> cases = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        OptionalDouble minimum = percent(minCoverage, "--min-coverage");
        OptionalDouble minScore = percent(minMutationScore, "--min-mutation-score");
        junit.ifPresent(RulesTestCommand::checkWritable);
        List<InputException> problems = new ArrayList<>();
        Optional<RuleSetMemory> memory = Files.isDirectory(rulesDir.dir) ? RuleSetMemory.of(rulesDir.dir) : Optional.empty();
        Optional<RuleSet> rules = loadRules(problems, memory);
        List<Path> paths = cases.isEmpty() ? List.of(rulesDir.dir.resolve("tests")) : cases;
        CaseLoader caseLoader = new CaseLoader();
        List<TestCase> loaded = loadCases(caseLoader, paths, problems);
        TestReport.Builder report = TestReport.builder();
        if (rules.isPresent()) {
            CaseRunner checker = new CaseRunner(rules.get());
            loaded.forEach(c -> problems.addAll(checker.problems(c)));
            // the rule ids of cases that did not load are checked too: every mistake in one run
            caseLoader.unloaded().forEach(c -> problems.addAll(checker.problems(c)));
        }
        if (!problems.isEmpty()) {
            InputException all = InputException.capped(problems, Limits.MAX_PROBLEMS);
            all.all().forEach(report::add);
            report.notShown(all.notShownIn());
            writeJunit(report.build());
            switch (format) {
                case TEXT -> { }
                case GITHUB -> LoadFailure.github(spec.commandLine().getOut(), "nocontact rules test", all);
                case JSON -> LoadFailure.json(spec.commandLine().getOut(), all);
            }
            throw all;
        }
        CaseRunner runner = memory.isEmpty() ? new CaseRunner(rules.orElseThrow())
                : new CaseRunner(rules.orElseThrow(), memory.get()::day);
        // The cases' look-again days are projected within one analysis budget, so no rule set can hold the run up.
        Budget budget = Budget.standard();
        List<CaseRunner.Result> results = Advisor.spending(budget, () -> loaded.stream().map(runner::run).toList());
        results.forEach(report::add);
        if (!budget.spent()) {
            memory.ifPresent(m -> results.forEach(r -> m.dayFound(r.actual().evaluation().profile().name(),
                    r.testCase().situation(), r.actual().reconsiderOn())));
        }
        if (budget.spent()) {
            report.notFinished("the analysis budget was spent projecting the cases' look-again days, so some "
                    + "results may be cut short; the rule set is too large for this many cases");
        }
        if (results.isEmpty()) {
            report.noCases(String.join(", ", paths.stream().map(Path::toString).toList()));
        }
        List<CaseInterviews.Wrong> interviews = List.of();
        if (!noInterview) {
            CaseInterviews.Replays replays = CaseInterviews.wrong(rules.get(), results, !budget.spent(), memory);
            interviews = replays.wrong();
            if (replays.notReplayed() > 0) {
                report.notFinished(replays.notReplayed() + " of " + results.size() + " cases were not replayed through "
                        + "the interview (the replays of a rule set this large reached their bound); --no-interview skips it");
            }
        }
        memory.ifPresent(RuleSetMemory::keep);
        interviews.forEach(w -> report.interview(w.result(), w.problem()));
        Optional<MutationTester.Report> mutation = Optional.empty();
        if (mutants || minScore.isPresent()) {
            if (results.stream().allMatch(CaseRunner.Result::passed) && !results.isEmpty()) {
                mutation = Optional.of(MutationTester.run(rules.get(), rulesDir.dir.resolve(Limits.INDEX).toString(),
                        loaded));
                report.add(mutation.get(), minScore);
            } else {
                report.notFinished("mutation testing needs every case to pass on the rules as written; fix the "
                        + "failing cases first");
            }
        }
        boolean measure = coverage || minimum.isPresent();
        List<Coverage> coverages = measure ? Coverage.of(rules.get(), results) : List.of();
        coverages.forEach(c -> report.add(c, minimum));
        List<String> quietDrafts = measure ? DraftCoverage.neverNoted(rules.get(), results) : List.of();
        TestReport built = report.build();
        writeJunit(built);
        RulesTestOutput output = new RulesTestOutput(spec.commandLine().getOut(),
                new RulesTestOutput.Found(results, interviews, coverages, quietDrafts, mutation), built);
        switch (format) {
            case TEXT -> output.text();
            case GITHUB -> output.github();
            case JSON -> output.json();
        }
        return built.failures() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static OptionalDouble percent(Optional<Double> given, String option) {
        if (given.isPresent() && !(given.get() >= 0 && given.get() <= 100)) {
            throw InputException.whole(option, "give a percentage from 0 to 100.");
        }
        return given.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    /** The rule set, from what a run on these very files kept where there is such a memory. */
    private Optional<RuleSet> loadRules(List<InputException> problems, Optional<RuleSetMemory> memory) {
        try {
            if (memory.isPresent()) {
                Optional<RuleSet> kept = memory.get().ruleSet();
                return kept.isPresent() ? kept
                        : Optional.of(memory.get().load(RuleFiles.folder(rulesDir.dir), RuleSetLoader::load));
            }
            return Optional.of(rulesDir.load());
        } catch (InputException e) {
            problems.add(e);
            return Optional.empty();
        }
    }

    /** Every case file's cases; a file that does not load is noted and the others are still read. */
    private static List<TestCase> loadCases(CaseLoader loader, List<Path> paths, List<InputException> problems) {
        List<TestCase> loaded = new ArrayList<>();
        for (Path path : paths) {
            List<Path> files;
            try {
                files = CaseLoader.caseFiles(path);
            } catch (InputException e) {
                problems.add(e);
                continue;
            }
            for (Path file : files) {
                try {
                    loaded.addAll(loader.loadFile(file));
                } catch (InputException e) {
                    problems.addAll(e.all());
                }
                if (loaded.size() > CaseLoader.MAX_CASES) {
                    throw InputException.whole(file.toString(), "more than " + CaseLoader.MAX_CASES + " cases; split them up.");
                }
            }
        }
        return loaded;
    }

    /** Refused before any case runs: a report that cannot be written is a wrong option, not a fault. */
    private static void checkWritable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw InputException.whole(file.toString(), "--junit needs a file name, and this is a folder.");
        }
        if (AtomicFiles.isSomethingElse(file)) {
            throw InputException.whole(file.toString(), "--junit: this is not an ordinary file (a device, a pipe or a link), "
                    + "so it is left alone; give the name of a file.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw InputException.whole(file.toString(), "--junit: the folder " + folder + " does not exist; create it first.");
        }
        if (!Files.isWritable(folder)) {
            throw InputException.whole(file.toString(), "--junit: the folder " + folder + " cannot be written to.");
        }
    }

    private void writeJunit(TestReport report) {
        if (junit.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.write(junit.get(), JUnitXml.of("nocontact rules test", report));
        } catch (IOException e) {
            throw InputException.whole(junit.get().toString(), "--junit: the report could not be written"
                    + SaveTarget.reason(e).map(r -> " (" + r + ")").orElse("") + ".");
        }
    }
}
