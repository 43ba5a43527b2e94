package org.nocontact.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Every top-level command, by the name a person types. Registering a command is one line in
 * {@link #ALL}. A run builds picocli's model only for the command it runs (reflection over a
 * command's annotations is most of picocli's start-up), so a command's classes, and whatever
 * their static parts load, are never touched by a run of another command.
 */
final class Subcommands {
    /** In the order the top-level help lists them. */
    private static final Map<String, Class<?>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("ask", AskCommand.class);
        ALL.put("check", CheckCommand.class);
        ALL.put("rules", RulesCommand.class);
        ALL.put("start", StartCommand.class);
        ALL.put("status", StatusCommand.class);
        ALL.put("urge", UrgeCommand.class);
        ALL.put("slip", SlipCommand.class);
        ALL.put("heard", HeardCommand.class);
        ALL.put("journal", JournalCommand.class);
        ALL.put("history", HistoryCommand.class);
        ALL.put("calendar", CalendarCommand.class);
        ALL.put("export", ExportCommand.class);
        ALL.put("import", ImportCommand.class);
        ALL.put("forget", ForgetCommand.class);
        ALL.put("end", EndCommand.class);
        ALL.put("completion", CompletionCommand.class);
        ALL.put("help", CommandLine.HelpCommand.class);
    }

    private Subcommands() {
    }

    /** Adds every command: for the top-level help, the completion scripts and the man pages. */
    static CommandLine addAll(CommandLine top) {
        ALL.forEach((name, command) -> add(top, name, command, new String[0]));
        return top;
    }

    /** One command; `rules` with only the tool the rest of the arguments name, when they name one. */
    private static void add(CommandLine top, String name, Class<?> command, String[] rest) {
        if (command == RulesCommand.class) {
            top.addSubcommand(name, RulesCommand.command(rest));
        } else {
            top.addSubcommand(name, command);
        }
    }

    /**
     * Adds only the command these arguments run, when the first of them names one; none for
     * `--version`; else every command (a bare `nocontact`, `--help`, `help COMMAND`, or a name that is wrong, which picocli
     * answers with the list).
     */
    static CommandLine addFor(CommandLine top, String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return top;
        }
        String first = args.length == 0 ? "" : args[0];
        Class<?> command = ALL.get(first);
        if (command == null || command == CommandLine.HelpCommand.class) {
            return addAll(top);
        }
        add(top, first, command, java.util.Arrays.copyOfRange(args, 1, args.length));
        return top;
    }

    /**
     * Whether these arguments run a command that gives advice from the built-in rules (check, ask
     * without --rules): then the launcher's JVM loads them on a second thread while picocli builds
     * the command's model.
     */
    static boolean usesBuiltInRules(String[] args) {
        if (args.length == 0 || !(args[0].equals("check") || args[0].equals("ask"))) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--rules") || arg.startsWith("--rules=") || arg.equals("--help") || arg.equals("-h")) {
                return false;
            }
        }
        return true;
    }
}
