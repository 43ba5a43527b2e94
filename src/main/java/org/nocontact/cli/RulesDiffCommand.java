package org.nocontact.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.nocontact.authoring.CaseLoader;
import org.nocontact.authoring.ChangedLines;
import org.nocontact.authoring.Differ;
import org.nocontact.authoring.WhatChanged;
import org.nocontact.authoring.DraftDiff;
import org.nocontact.authoring.TestCase;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.checks.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff",
        header = "Show every situation two rule sets decide differently.",
        description = {"", "Compares the base rule set with this one over every valid situation, profile by profile. "
                + "Each fact is cut into the classes of values that the two rule sets' conditions can tell apart "
                + "(for a number, the ranges between the bounds they use), and the situations are explored rule by "
                + "rule, so nothing is sampled. Every region whose outcome differs (verdict, look-again date, or "
                + "deciding rule) is reported, grouped as FROM -> TO per profile, each with its deciding rules, "
                + "described in the condition language and shown with a witness situation that `check --rules` "
                + "reproduces (in text at most 10 regions per group, the rest counted; --format json and --witnesses "
                + "have every one). Added "
                + "and removed profiles and changed test cases are reported too.", ""},
        exitCodeList = {ExitCodes.DIFF_DONE, ExitCodes.DIFF_CHANGED, ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesDir rulesDir;

    @Option(names = "--base", paramLabel = "DIR", required = true,
            description = "The rule set to compare against (for example the target branch's rules/).")
    Path base;

    @Option(names = "--fail-on-change",
            description = "Exit with 1 when a verdict or a look-again date changes (same as --fail-on verdict,date), "
                    + "or a case's draft its notes.")
    boolean failOnChange;

    @Option(names = "--fail-on", paramLabel = "WHAT", split = ",",
            description = "Exit with 1 when any of these changes: verdict, date, rule (comma-separated).")
    List<Differ.Aspect> failOn = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            completionCandidates = Format.Every.class, converter = Format.Every.class,
            description = "text (the default), json, github (workflow annotations), or sarif (SARIF 2.1.0, for "
                    + "code-scanning pages: each change at the line that changed).")
    Format format;

    @Option(names = "--allow-incomplete",
            description = "Exit with 0 even when some situations could not be covered (they are still listed); "
                    + "without it, a diff that could not cover everything exits with 1.")
    boolean allowIncomplete;

    @Option(names = "--witnesses", paramLabel = "DIR",
            description = "Write one witness situation file per changed region into DIR as PROFILE-N.json. DIR must be "
                    + "new, empty, or written by an earlier run: only the files that run wrote (listed in DIR/.nocontact-witnesses) "
                    + "are replaced; nothing else is touched.")
    Path witnesses;

    @Override
    public Integer call() throws IOException {
        // both sides and the cases are read before any problem is shown: every mistake in one run
        List<InputException> problems = new ArrayList<>();
        Optional<RuleSet> before = loading(() -> RulesDir.load(base, "--base"), problems);
        Optional<RuleSet> after = sameFolder(base, rulesDir.dir) ? before : loading(rulesDir::load, problems);
        Path tests = Files.isDirectory(rulesDir.dir.resolve("tests")) ? rulesDir.dir.resolve("tests") : base.resolve("tests");
        Optional<List<TestCase>> cases = loading(() -> Files.isDirectory(tests)
                ? new CaseLoader().load(List.of(tests)) : List.<TestCase>of(), problems);
        if (!problems.isEmpty()) {
            InputException e = InputException.capped(problems, Limits.MAX_PROBLEMS);
            switch (format) {
                case TEXT -> { }
                case GITHUB -> LoadFailure.github(spec.commandLine().getOut(), "nocontact rules diff", e);
                case JSON -> LoadFailure.json(spec.commandLine().getOut(), e);
                case SARIF -> spec.commandLine().getOut().print(DiffSarif.notLoaded(e, version()));
            }
            spec.commandLine().getOut().flush();
            throw e;
        }
        return compare(before.orElseThrow(), after.orElseThrow(), cases.orElseThrow());
    }

    /** What loading gave, or empty with its problems noted. */
    private static <T> Optional<T> loading(Supplier<T> load, List<InputException> problems) {
        try {
            return Optional.of(load.get());
        } catch (InputException e) {
            problems.add(e);
            return Optional.empty();
        }
    }

    /** Whether two folder options name one folder (its problems are then shown once). */
    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private int compare(RuleSet before, RuleSet after, List<TestCase> cases) throws IOException {
        Differ.Report report = Differ.diff(before, after, cases);
        List<String> drafts = DraftDiff.diff(before, after, cases).stream()
                .map(change -> change.testCase().file() + ":" + change.testCase().position() + ": "
                        + change.testCase().name() + ": " + change.describe()).toList();
        Map<Differ.Change, String> files = writeWitnesses(report);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case TEXT -> DiffOutput.text(report, edits(before, after), drafts, files, out);
            case GITHUB -> DiffOutput.github(report, drafts,
                    new ChangedLines(before, after, rulesDir.dir.resolve(Limits.INDEX).toString()), out);
            case JSON -> out.print(DiffOutput.json(report, edits(before, after), drafts, files));
            case SARIF -> out.print(DiffSarif.of(report, drafts,
                    new ChangedLines(before, after, rulesDir.dir.resolve(Limits.INDEX).toString()),
                    rulesDir.dir.resolve(Limits.INDEX).toString(), version()));
        }
        out.flush();
        Set<Differ.Aspect> gate = EnumSet.noneOf(Differ.Aspect.class);
        gate.addAll(failOn);
        if (failOnChange) {
            gate.add(Differ.Aspect.VERDICT);
            gate.add(Differ.Aspect.DATE);
        }
        if (!report.complete() && !allowIncomplete) {
            return ExitCodes.FAILED;
        }
        boolean gated = !gate.isEmpty();
        boolean failed = report.changedIn(gate) || (failOnChange && !drafts.isEmpty());
        return gated && failed ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** What the author edited, each at its place in this rule set. */
    private List<String> edits(RuleSet before, RuleSet after) {
        return WhatChanged.of(before, after, rulesDir.dir.resolve(Limits.INDEX).toString());
    }

    private static String version() {
        return new Main.Version().getVersion()[0].replaceFirst("^nocontact ", "");
    }

    /** One owner-only file per changed region (see WitnessFolder), in place of the witnesses the previous run wrote. */
    private Map<Differ.Change, String> writeWitnesses(Differ.Report report) throws IOException {
        if (witnesses == null) {
            return Map.of();
        }
        WitnessFolder.Written written = new WitnessFolder(witnesses).write(report.changes());
        if (written.removedEarlier() > 0) {
            spec.commandLine().getErr().println("removed " + Texts.count(written.removedEarlier(), "witness file", "witness files")
                    + " of an earlier run from " + witnesses);
        }
        return written.files();
    }
}
