package org.nocontact.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "nocontact",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        header = "Should I contact my ex? A calm second opinion, with its reasons.",
        description = {
                "",
                "nocontact weighs your situation against guidance from five articles on breakups "
                        + "and gives a verdict, the reasons behind it, what to do instead, and what would "
                        + "change it. Nothing you tell it leaves this machine.",
                ""},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.GENERAL_OK, ExitCodes.GENERAL_FOUND, ExitCodes.WRONG_INPUT, ExitCodes.FAULT,
                ExitCodes.CTRL_C},
        footerHeading = "%n",
        footer = {"Run 'nocontact COMMAND --help' for more on a command.",
                "If you are in danger or thinking of hurting yourself, call your local emergency number first."},
        subcommands = {AskCommand.class, CheckCommand.class, RulesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        BuiltInRules.startLoading();
        System.exit(run(args, StandardStreams.out(), StandardStreams.err()));
    }

    /** Runs one command line; the single place where outcomes become exit codes. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(ExitCodes::onBadCommandLine);
        cli.setExecutionExceptionHandler(ExitCodes::onFailure);
        cli.setExitCodeExceptionMapper(ExitCodes::forException);
        int code = cli.execute(args);
        java.util.Optional<String> failed = StandardStreams.failure(out);
        if (failed.isPresent() && code != ExitCodes.INTERNAL && code != ExitCodes.INTERRUPTED) {
            code = ExitCodes.onOutputFailed(err, failed.get());
        }
        err.flush();
        return code;
    }

    /** No command given: that is a wrong command line, so the usage goes to standard error. */
    @Override
    public Integer call() {
        return ExitCodes.onMissingCommand(spec.commandLine());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Package p = Main.class.getPackage();
            String version = p == null || p.getImplementationVersion() == null
                    ? BuildInfo.version() : p.getImplementationVersion();
            return new String[] {"nocontact " + version};
        }
    }
}
