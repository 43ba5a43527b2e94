package org.nocontact.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A fish completion script from picocli's model (picocli writes bash and zsh only): every command
 * path, its subcommands with their headers, and its options with their values.
 */
final class FishCompletion {
    private FishCompletion() {
    }

    static String script(CommandLine top) {
        String name = top.getCommandName();
        StringBuilder out = new StringBuilder("# fish completion for " + name
                + ": save as ~/.config/fish/completions/" + name + ".fish\n");
        out.append("complete -c ").append(name).append(" -e\n");
        describe(top, List.of(), out);
        return out.toString();
    }

    private static void describe(CommandLine command, List<String> path, StringBuilder out) {
        String name = rootName(command);
        String here = condition(path, command.getSubcommands());
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            out.append("complete -c ").append(name).append(" -f -n ").append(quote(here))
                    .append(" -a ").append(quote(sub.getKey()))
                    .append(" -d ").append(quote(firstLine(sub.getValue().getCommandSpec().usageMessage().header())))
                    .append('\n');
        }
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (!option.hidden()) {
                out.append(option(name, here, option)).append('\n');
            }
        }
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(sub.getKey());
            describe(sub.getValue(), deeper, out);
        }
    }

    /** True in fish when the words typed so far are exactly this command path, and no subcommand of it yet. */
    private static String condition(List<String> path, Map<String, CommandLine> subcommands) {
        List<String> parts = new ArrayList<>();
        if (path.isEmpty()) {
            parts.add("not __fish_seen_subcommand_from " + String.join(" ", topLevelNames(subcommands)));
        }
        for (String word : path) {
            parts.add("__fish_seen_subcommand_from " + word);
        }
        if (!path.isEmpty() && !subcommands.isEmpty()) {
            parts.add("not __fish_seen_subcommand_from " + String.join(" ", subcommands.keySet()));
        }
        return String.join("; and ", parts);
    }

    private static List<String> topLevelNames(Map<String, CommandLine> subcommands) {
        return subcommands.isEmpty() ? List.of("--") : List.copyOf(subcommands.keySet());
    }

    private static String option(String command, String condition, OptionSpec option) {
        StringBuilder line = new StringBuilder("complete -c ").append(command).append(" -n ").append(quote(condition));
        for (String name : option.names()) {
            line.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
        }
        if (option.arity().max() > 0) {
            List<String> values = new ArrayList<>();
            if (option.completionCandidates() != null) {
                option.completionCandidates().forEach(values::add);
            }
            if (!values.isEmpty()) {
                line.append(" -x -a ").append(quote(String.join(" ", values)));
            } else if (Path.class.isAssignableFrom(option.auxiliaryTypes()[0])
                    || option.paramLabel().equals("FILE") || option.paramLabel().equals("DIR")) {
                line.append(" -r -F");
            } else {
                line.append(" -x");
            }
        }
        String description = option.description().length == 0 ? "" : firstLine(option.description());
        if (!description.isEmpty()) {
            line.append(" -d ").append(quote(description));
        }
        return line.toString();
    }

    private static String rootName(CommandLine command) {
        CommandLine root = command;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommandName();
    }

    /** The first sentence of a help text, without picocli's markup, short enough for a menu. */
    static String firstLine(String[] text) {
        String joined = String.join(" ", text).replaceAll("%n", " ").replaceAll("@\\|\\w+(,\\w+)* ([^|]*)\\|@", "$2").trim();
        int stop = joined.indexOf(". ");
        String sentence = stop > 0 ? joined.substring(0, stop) : joined.replaceAll("\\.$", "");
        return sentence.length() > 70 ? sentence.substring(0, 67) + "..." : sentence;
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
