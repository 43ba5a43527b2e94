package org.nocontact.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;
import picocli.CommandLine;

/**
 * Exit codes, decided here and nowhere else, the same contract on every command: 0 done (a verdict
 * was given, a check passed); 1 the command ran and found something (a failed case, lint errors, a
 * change under --fail-on-change) or the interview was left early; 2 the input or the command line
 * is wrong (a broken rule file included), with the message on standard error and nothing on
 * standard output; 70 a fault in nocontact; 130 Ctrl-C. The lines below are each command's
 * "Exit status" section in --help.
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
    /** A file or standard output could not be written (a full disk, a closed pipe): the destination is at fault. */
    static final int NOT_WRITTEN = 2;
    static final int INTERNAL = 70;

    static final String HEADING = "%nExit status:%n";
    static final String VERDICT_GIVEN = "0:a verdict was given (whatever it is)";
    static final String PRINTED = "0:the script was printed";
    static final String LEFT = "1:you left before the end (nothing is saved)";
    static final String WRONG_INPUT = "2:the input, a rule file or the command line is wrong, or the output could not "
            + "be written (a full disk, a closed pipe); standard error says where and how to fix it, standard output "
            + "stays empty (for the rules tools with --format json, github or sarif, it carries the same problems)";
    static final String FAULT = "70:a fault inside nocontact (please report it)";
    static final String CTRL_C = "130:interrupted with Ctrl-C (nothing is saved)";
    static final String TEST_PASSED = "0:every case passed (and coverage met --min-coverage)";
    static final String TEST_FAILED = "1:a case failed, the interview would get a case wrong, coverage was below "
            + "--min-coverage, the mutation score below --min-mutation-score, or there were no cases";
    static final String LINT_CLEAN = "0:no errors (warnings allowed)";
    static final String LINT_FOUND = "1:lint found errors (situations it could not cover, and invariants it could "
            + "not prove, are errors)";
    static final String DIFF_DONE = "0:compared (with --fail-on-change or --fail-on: nothing of that kind changed)";
    static final String DIFF_CHANGED = "1:with --fail-on-change or --fail-on, that kind of change was found; or some "
            + "situations could not be covered (unless --allow-incomplete)";
    static final String GENERAL_OK = "0:done: a verdict was given, or a check passed";
    static final String GENERAL_FOUND = "1:a check ran and found something, or you left the interview early";

    private ExitCodes() {
    }

    static int onBadCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        Optional<String> split = e instanceof CommandLine.UnmatchedArgumentException u ? SplitValue.said(u, args)
                : Optional.empty();
        if (split.isPresent()) {
            ErrorLines.print(err, split.get());
            return BAD_INPUT;
        }
        ErrorLines.print(err, cli.getCommandName() + ": " + enumChoice(e).orElse(Texts.printable(e.getMessage())));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
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

    /**
     * A wrong value for an option with fixed choices, said with the choices as people type them
     * ("text, json or github"), not as Java names them ("[TEXT, JSON, GITHUB]").
     */
    private static Optional<String> enumChoice(CommandLine.ParameterException e) {
        CommandLine.Model.ArgSpec arg = e.getArgSpec();
        if (arg == null || !arg.type().isEnum() || e.getValue() == null) {
            return Optional.empty();
        }
        // The option's own choices (a command may offer only some formats), else the enum's constants.
        Iterable<String> offered = arg.completionCandidates() != null ? arg.completionCandidates()
                : Arrays.stream(arg.type().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        List<String> choices = StreamSupport.stream(offered.spliterator(), false)
                .map(c -> c.toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        String option = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
        String value = Texts.printable(e.getValue());
        return Optional.of(option + ": \"" + value + "\" is not a choice; "
                + Texts.nearest(value.toLowerCase(Locale.ROOT), choices).map(n -> "did you mean \"" + n + "\"? ")
                .orElse("") + "use " + Texts.choices(choices) + ".");
    }

    static int onFailure(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        if (e instanceof InputException input) {
            ErrorLines.print(err, input.getMessage());
            return BAD_INPUT;
        }
        Optional<String> environment = environmentFault(e);
        if (environment.isPresent()) {
            err.println("nocontact: " + Texts.printable(environment.get()));
            return BAD_INPUT;
        }
        err.println("nocontact: something went wrong inside nocontact (" + e.getClass().getSimpleName()
                + "). Nothing was changed. Please report it, with the command you ran.");
        return INTERNAL;
    }

    /**
     * The Java heap ran out (a rule set too large for the heap the launcher gave it, or a heap set too
     * small): one line that says how to give it more, no stack trace, and the fault's status.
     */
    static int onOutOfMemory(PrintWriter err) {
        long heapMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println("nocontact: ran out of memory (a heap of " + heapMiB + " MiB); nothing was changed. For a rule set "
                + "this large, give it more, for example NOCONTACT_JAVA_OPTS=-Xmx" + Math.max(2, 2 * heapMiB / 1024 + 1)
                + "g (see README.md).");
        return INTERNAL;
    }

    static int forException(Throwable e) {
        return e instanceof InputException || environmentFault(e).isPresent() ? BAD_INPUT : INTERNAL;
    }

    /**
     * Faults of the machine around nocontact, not of nocontact: a path the locale cannot spell, a file
     * or a stream that cannot be read or written. Said in one sentence; the exit status is 2.
     */
    static Optional<String> environmentFault(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof InvalidPathException path) {
            return Optional.of("the path \"" + path.getInput() + "\" cannot be used: it has characters that the "
                    + "current locale cannot encode; run with a UTF-8 locale, such as LANG=C.UTF-8.");
        }
        if (cause instanceof FileSystemException fs && fs.getFile() != null) {
            return Optional.of(fs.getFile() + " could not be read or written"
                    + Optional.ofNullable(fs.getReason()).map(r -> " (" + r.toLowerCase(Locale.ROOT) + ")").orElse("")
                    + "; check the path and its permissions.");
        }
        if (cause instanceof IOException io) {
            return Optional.of("a file or stream could not be read or written"
                    + Optional.ofNullable(io.getMessage()).map(m -> " (" + m.toLowerCase(Locale.ROOT) + ")").orElse("")
                    + "; check the input and output given to nocontact.");
        }
        return Optional.empty();
    }

    /** Standard output failed (a full disk, /dev/full, a closed pipe or stream): the result did not arrive. */
    static int onOutputFailed(PrintWriter err, String reason) {
        err.println("nocontact: the output could not be written to standard output (" + Texts.printable(reason)
                + "); the result is missing or cut short.");
        return NOT_WRITTEN;
    }
}
