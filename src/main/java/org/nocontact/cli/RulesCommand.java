package org.nocontact.cli;

import picocli.CommandLine.Command;

@Command(name = "rules",
        header = "Tools for rule authors: test, lint and diff rule sets.",
        description = {"", "For people who change the rules: run scenario cases, find mistakes in rule files, "
                + "and see which situations a change would decide differently. See docs/rules-authoring.md.", ""},
        exitCodeList = {ExitCodes.GENERAL_OK, ExitCodes.GENERAL_FOUND, ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class RulesCommand implements java.util.concurrent.Callable<Integer> {
    /** The rule tools, by name, in the order the help lists them. */
    private static final java.util.Map<String, Class<?>> TOOLS = new java.util.LinkedHashMap<>();

    static {
        TOOLS.put("test", RulesTestCommand.class);
        TOOLS.put("lint", RulesLintCommand.class);
        TOOLS.put("diff", RulesDiffCommand.class);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ExitCodes.onMissingCommand(spec.commandLine());
    }

    /**
     * The `rules` command with the tool these arguments (after "rules") run when the first of them
     * names one, else with every tool (for its help, a missing or mistyped tool's message, the
     * completion scripts): picocli's model of lint's and diff's many options is not built for a test.
     */
    static picocli.CommandLine command(String[] rest) {
        picocli.CommandLine rules = new picocli.CommandLine(RulesCommand.class);
        Class<?> tool = rest.length == 0 ? null : TOOLS.get(rest[0]);
        if (tool != null) {
            rules.addSubcommand(rest[0], tool);
        } else {
            TOOLS.forEach(rules::addSubcommand);
        }
        return rules;
    }
}
