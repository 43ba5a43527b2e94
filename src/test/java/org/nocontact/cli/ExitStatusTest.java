package org.nocontact.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** One exit-status contract, stated in every command's --help: 0 done, 1 found something, 2 wrong input, 70 a fault. */
class ExitStatusTest {
    /** Every command a person can type, from the command-line model itself (so a new command is covered too). */
    static List<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        collect(Subcommands.addAll(new CommandLine(new Main())), new ArrayList<>(), all);
        return all;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> longer = new ArrayList<>(path);
                longer.add(name);
                collect(sub, longer, into);
            }
        });
    }

    /** Commands that only give a verdict or record something: they have nothing to find, and never end with 1. */
    static final java.util.Set<List<String>> NEVER_ONE = java.util.Set.of(List.of("check"), List.of("start"),
            List.of("end"), List.of("slip"), List.of("heard"), List.of("journal"), List.of("import"),
            List.of("completion"));

    @TestFactory
    Stream<DynamicTest> everyCommandsHelpStatesTheExitStatusContract() {
        return commands().stream().map(path -> DynamicTest.dynamicTest("nocontact " + String.join(" ", path) + " --help", () -> {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Cli.Result help = Cli.run(args.toArray(String[]::new));
            assertThat(help.exitCode()).isZero();
            String section = help.out().substring(help.out().indexOf("Exit status:"));
            assertThat(section).containsPattern("(?m)^  0 +\\S")
                    .containsPattern("(?m)^  2 +the input, a rule file or the command line is wrong")
                    .containsPattern("(?m)^  70 +a fault inside nocontact");
            if (!NEVER_ONE.contains(path)) {
                assertThat(section).as("every command but check, completion and the tracker's recorders can end with 1")
                        .containsPattern("(?m)^  1 +\\S");
            } else {
                assertThat(section).doesNotContainPattern("(?m)^  1 +\\S");
            }
        }));
    }

    @Test
    void aWrongChoiceListsTheChoicesAsPeopleTypeThem() {
        Cli.Result r = Cli.run("rules", "lint", "--format", "GITHUBB");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("lint: --format: \"GITHUBB\" is not a choice; did you mean \"github\"? use text, json, github or sarif.\n")
                .doesNotContain("TEXT", "[");
    }

    @Test
    void aFormatACommandDoesNotOfferIsRefusedWithTheChoicesItHas() {
        Cli.Result check = Cli.run("check", "--format", "sarif", Cli.example("valentines-text.json").toString());
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.out()).isEmpty();
        assertThat(check.err()).startsWith("check: --format: \"sarif\" is not a choice; use text or json.\n");
        Cli.Result test = Cli.run("rules", "test", "--format", "sarif");
        assertThat(test.exitCode()).isEqualTo(2);
        assertThat(test.err()).startsWith("test: --format: \"sarif\" is not a choice; use text, json or github.\n");
        assertThat(Cli.run("status", "--format", "github").err()).contains("use text or json.");
    }

    @Test
    void aChoiceIsAcceptedInAnyCase() {
        assertThat(Cli.run("check", "--format", "JSON", Cli.example("valentines-text.json").toString()).out()).startsWith("{");
    }
}
