package org.nocontact.cli;

import java.io.PrintWriter;
import org.nocontact.json.InputException;
import picocli.CommandLine;

/**
 * Exit codes, decided here and nowhere else: 0 a verdict was given; 1 a check the user asked for
 * failed (used by rule tooling); 2 the input or the command line is wrong; 70 a fault in nocontact.
 */
final class ExitCodes {
    static final int OK = 0;
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
