package org.nocontact.cli;

import java.io.PrintWriter;
import org.nocontact.json.InputException;
import picocli.CommandLine;

/**
 * Exit codes, decided here and nowhere else: 0 a verdict was given (or a check passed); 1 the
 * interview was left early, or a rule-author check failed; 2 the input or the command line is
 * wrong; 70 a fault in nocontact; 130 Ctrl-C.
 */
final class ExitCodes {
    static final int OK = 0;
    /** The interview ended before a verdict (Ctrl-D, or "quit"). */
    static final int LEFT_EARLY = 1;
    /** A rule-author check failed: a case, the coverage, lint errors, or a diff with --fail-on-change. */
    static final int FAILED = 1;
    /** Ctrl-C, as shells report a SIGINT. */
    static final int INTERRUPTED = 130;
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 70;

    private ExitCodes() {
    }

    static int onBadCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(cli.getCommandName() + ": " + e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            java.util.List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("Did you mean " + String.join(" or ", suggestions) + "?");
            }
        }
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for how to use it.");
        return BAD_INPUT;
    }

    /** A command that needs a subcommand got none: a short line and the usage, on standard error. */
    static int onMissingCommand(CommandLine cli) {
        PrintWriter err = cli.getErr();
        err.println(cli.getCommandSpec().qualifiedName() + ": give a command: "
                + String.join(", ", cli.getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList()) + ".");
        err.println();
        cli.usage(err);
        return BAD_INPUT;
    }

    static int onFailure(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputException input) {
            err.println(input.getMessage());
            return BAD_INPUT;
        }
        err.println("nocontact: something went wrong inside nocontact (" + e.getClass().getSimpleName()
                + "). Nothing was changed. Please report it, with the command you ran.");
        return INTERNAL;
    }

    static int forException(Throwable e) {
        return e instanceof InputException ? BAD_INPUT : INTERNAL;
    }
}
