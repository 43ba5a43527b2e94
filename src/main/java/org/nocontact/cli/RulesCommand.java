package org.nocontact.cli;

import picocli.CommandLine.Command;

@Command(name = "rules",
        header = "Tools for rule authors: test, lint and diff rule sets.",
        description = {"", "For people who change the rules: run scenario cases, find mistakes in rule files, "
                + "and see which situations a change would decide differently. See docs/rules-authoring.md.", ""},
        exitCodeList = {ExitCodes.GENERAL_OK, ExitCodes.GENERAL_FOUND, ExitCodes.WRONG_INPUT, ExitCodes.FAULT},
        subcommands = {RulesTestCommand.class, RulesLintCommand.class, RulesDiffCommand.class})
final class RulesCommand implements java.util.concurrent.Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ExitCodes.onMissingCommand(spec.commandLine());
    }
}
