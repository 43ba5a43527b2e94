package org.nocontact.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nocontact.authoring.CaseLoader;
import org.nocontact.authoring.Differ;
import org.nocontact.authoring.DraftDiff;
import org.nocontact.authoring.TestCase;
import org.nocontact.rules.RuleSet;
import org.nocontact.situation.SituationWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        header = "Show which situations two rule sets decide differently.",
        description = {"", "Evaluates the base rule set and this one on every case (in this rule set's tests/ "
                + "folder, else the base's) and on an enumerated space of situations (every combination of the model's names, "
                + "each tie, safety flag and boundary, the period around its end, and feelings around each "
                + "readiness threshold), and reports how many change verdict, grouped as FROM -> TO, with one "
                + "example situation for each group.", ""},
        footerHeading = "%n",
        footer = {"Exit status: 0 compared (with --fail-on-change: nothing changed); 1 --fail-on-change and "
                + "something changed; 2 a rule file or option is wrong."})
final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesDir rulesDir;

    @Option(names = "--base", paramLabel = "DIR", required = true,
            description = "The rule set to compare against (for example the target branch's rules/).")
    Path base;

    @Option(names = "--fail-on-change",
            description = "Exit with 1 when any situation or case changes verdict, or a case's draft its notes.")
    boolean failOnChange;

    @Override
    public Integer call() {
        RuleSet before = RulesDir.load(base, "--base");
        RuleSet after = rulesDir.load();
        Path tests = Files.isDirectory(rulesDir.dir.resolve("tests")) ? rulesDir.dir.resolve("tests") : base.resolve("tests");
        List<TestCase> cases = Files.isDirectory(tests) ? new CaseLoader().load(List.of(tests)) : List.of();
        long started = System.nanoTime();
        Differ.Report report = Differ.diff(before, after, cases);
        long millis = (System.nanoTime() - started) / 1_000_000;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("compared %,d situations (per profile, in %s) and %d cases in %.1f s%n", report.situations(),
                String.join(", ", before.profileNames()), cases.size(), millis / 1000.0);
        if (report.stride() > 1) {
            out.println("(the rule sets are large, so one situation in " + report.stride() + " was tried)");
        }
        for (Differ.CaseChange change : report.cases()) {
            out.println("case changed: " + change.testCase().file() + ":" + change.testCase().position() + ": "
                    + change.testCase().name() + ": " + change.from() + " -> " + change.to());
        }
        if (report.groups().isEmpty()) {
            out.println("no situation changes verdict");
        }
        for (Differ.Group group : report.groups()) {
            out.printf("%s -> %s: %,d situations (profile %s); for example:%n", group.from(), group.to(),
                    group.count(), group.profile());
            out.print(SituationWriter.write(group.example()).indent(4));
        }
        List<DraftDiff.Change> drafts = DraftDiff.diff(before, after, cases);
        for (DraftDiff.Change change : drafts) {
            out.println("draft notes changed: " + change.testCase().file() + ":" + change.testCase().position() + ": "
                    + change.testCase().name() + ": " + change.describe());
        }
        out.printf("%,d situations and %d cases changed%n", report.changed(), report.cases().size());
        out.flush();
        boolean changed = report.changed() > 0 || !report.cases().isEmpty() || !drafts.isEmpty();
        return failOnChange && changed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
