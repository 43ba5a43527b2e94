package org.nocontact.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion",
        header = "Print the shell completion script for bash, zsh or fish.",
        description = {
                "",
                "Tab completion for the commands, their options, and the values they take (profiles, "
                        + "formats, countries). Made from the same model as --help, so the two always agree.",
                ""},
        footerHeading = "%nExamples:%n",
        footer = {
                "  source <(nocontact completion bash)                  # bash, for this session; or in ~/.bashrc",
                "  nocontact completion zsh > ~/.zfunc/_nocontact       # zsh, with ~/.zfunc in $fpath",
                "  nocontact completion fish > ~/.config/fish/completions/nocontact.fish"},
        exitCodeList = {ExitCodes.PRINTED, ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { BASH, ZSH, FISH }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash, zsh or fish.")
    Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(script(shell));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The script for one shell, made from every command's model. */
    static String script(Shell shell) {
        CommandLine all = Main.everyCommand();
        lowerCaseChoices(all);
        return switch (shell) {
            case BASH -> AutoComplete.bash("nocontact", all);
            case ZSH -> ZshCompletion.script(all);
            case FISH -> FishCompletion.script(all);
        };
    }

    /**
     * Values of a choice (--format, --color, SHELL) are offered as people type them, in lower case;
     * picocli offers an enum's constants as written (TEXT). Changes only the model the script is made from.
     */
    private static void lowerCaseChoices(CommandLine command) {
        CommandLine.Model.CommandSpec spec = command.getCommandSpec();
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (option.type().isEnum()) {
                spec.remove(option);
                spec.addOption(option.toBuilder().completionCandidates(lowerCase(option.completionCandidates())).build());
            }
        }
        for (PositionalParamSpec positional : List.copyOf(spec.positionalParameters())) {
            if (positional.type().isEnum()) {
                spec.remove(positional);
                spec.addPositional(positional.toBuilder().completionCandidates(lowerCase(positional.completionCandidates())).build());
            }
        }
        command.getSubcommands().values().forEach(CompletionCommand::lowerCaseChoices);
    }

    private static List<String> lowerCase(Iterable<String> values) {
        List<String> lower = new ArrayList<>();
        values.forEach(v -> lower.add(v.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
