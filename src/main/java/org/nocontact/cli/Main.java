package org.nocontact.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The top command. Its attributes are inherited by every command below it ({@code scope = INHERIT}):
 * --help and --version, the version, and the headings of the usage help, declared once here. Each
 * command gives its own header, description and exit codes; the exit codes and footer below are the
 * top command's own.
 */
@Command(name = "nocontact",
        scope = ScopeType.INHERIT,
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
        exitCodeListHeading = ExitCodes.HEADING)
public final class Main implements java.util.concurrent.Callable<Integer> {
    /**
     * The top command's own exit codes and footer. They are set after the commands are added, so that
     * no command inherits them (picocli copies every usage attribute a command leaves unset: `help`
     * has no exit codes, most commands no footer).
     */
    private static final String[] EXIT_CODES = {ExitCodes.GENERAL_OK, ExitCodes.GENERAL_FOUND, ExitCodes.WRONG_INPUT,
            ExitCodes.FAULT, ExitCodes.CTRL_C};
    private static final String[] FOOTER = {"Run 'nocontact COMMAND --help' for more on a command.",
            "If you are in danger or thinking of hurting yourself, call your local emergency number first."};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        EarlyCtrlC.watch(args);
        if (Subcommands.usesBuiltInRules(args)) {
            BuiltInRules.startLoading();
        }
        int code = run(args, StandardStreams.out(), StandardStreams.err());
        EarlyCtrlC.handOver();
        System.exit(code);
    }

    /** Runs one command line; the single place where outcomes become exit codes. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = withOwnUsage(Subcommands.addFor(new CommandLine(new Main()), args));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(ExitCodes::onBadCommandLine);
        cli.setExecutionExceptionHandler(ExitCodes::onFailure);
        cli.setExitCodeExceptionMapper(ExitCodes::forException);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            code = ExitCodes.onOutOfMemory(err);
        }
        java.util.Optional<String> failed = StandardStreams.failure(out);
        if (failed.isPresent() && code != ExitCodes.INTERNAL && code != ExitCodes.INTERRUPTED) {
            code = ExitCodes.onOutputFailed(err, failed.get());
        }
        err.flush();
        return code;
    }

    /** Every command's model, for the completion scripts and the man pages (src/build/ManPages.java). */
    public static CommandLine everyCommand() {
        return withOwnUsage(Subcommands.addAll(new CommandLine(new Main())));
    }

    private static CommandLine withOwnUsage(CommandLine top) {
        top.getCommandSpec().usageMessage()
                .exitCodeList(CommandLine.Model.UsageMessageSpec.keyValuesMap(EXIT_CODES))
                .footerHeading("%n").footer(FOOTER);
        withoutEmptyExitStatus(top);
        return top;
    }

    /** A command with no exit codes of its own (`help`) shows no inherited "Exit status:" heading over nothing. */
    private static void withoutEmptyExitStatus(CommandLine command) {
        CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        if (usage.exitCodeList().isEmpty()) {
            usage.exitCodeListHeading("");
        }
        command.getSubcommands().values().forEach(Main::withoutEmptyExitStatus);
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
