package org.nocontact.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A zsh completion function from picocli's model (picocli's own zsh script is its bash one run
 * through zsh's bashcompinit): one function per command path, each an {@code _arguments} of its
 * options with their values, its positional parameters, and its subcommands with their headers.
 * Installed as {@code _nocontact} in a folder of {@code $fpath}, or sourced.
 */
final class ZshCompletion {
    private ZshCompletion() {
    }

    static String script(CommandLine top) {
        String name = top.getCommandName();
        StringBuilder out = new StringBuilder("#compdef ").append(name).append('\n')
                .append("# zsh completion for ").append(name).append(": save as _").append(name)
                .append(" in a folder of $fpath (the .deb puts it in /usr/share/zsh/vendor-completions),\n")
                .append("# or load it for this session with: source <(").append(name).append(" completion zsh)\n\n");
        function(top, "_" + name, out);
        out.append("if [ \"$funcstack[1]\" = \"_").append(name).append("\" ]; then\n  _").append(name).append(" \"$@\"\n")
                .append("else\n  compdef _").append(name).append(' ').append(name).append("\nfi\n");
        return out.toString();
    }

    private static void function(CommandLine command, String function, StringBuilder out) {
        Map<String, CommandLine> subcommands = command.getSubcommands();
        out.append(function).append("() {\n  local curcontext=\"$curcontext\" state line\n  typeset -A opt_args\n")
                .append("  _arguments -s -C");
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (!option.hidden()) {
                for (String name : option.names()) {
                    out.append(" \\\n    ").append(quote(optionSpec(name, option)));
                }
            }
        }
        if (subcommands.isEmpty()) {
            for (PositionalParamSpec positional : command.getCommandSpec().positionalParameters()) {
                String place = positional.arity().max() > 1 ? "*" : String.valueOf(positional.index().min() + 1);
                out.append(" \\\n    ").append(quote(place + ":" + escape(positional.paramLabel()) + ":" + action(positional)));
            }
            out.append("\n}\n\n");
            return;
        }
        out.append(" \\\n    '1: :->command' \\\n    '*:: :->arguments'\n  case $state in\n    command)\n")
                .append("      local -a commands\n      commands=(");
        for (Map.Entry<String, CommandLine> sub : subcommands.entrySet()) {
            String header = FishCompletion.firstLine(sub.getValue().getCommandSpec().usageMessage().header());
            out.append("\n        ").append(quote(sub.getKey().replace(":", "\\:") + ":" + header));
        }
        out.append("\n      )\n      _describe -t commands 'command' commands ;;\n    arguments)\n      case $words[1] in\n");
        for (String sub : subcommands.keySet()) {
            out.append("        ").append(sub).append(") ").append(function).append("__").append(sub.replace('-', '_'))
                    .append(" ;;\n");
        }
        out.append("      esac ;;\n  esac\n}\n\n");
        for (Map.Entry<String, CommandLine> sub : subcommands.entrySet()) {
            function(sub.getValue(), function + "__" + sub.getKey().replace('-', '_'), out);
        }
    }

    /** "--profile[which reading of the guidance]:NAME:(standard strict)"; a flag has no value part. */
    private static String optionSpec(String name, OptionSpec option) {
        String description = option.description().length == 0 ? "" : FishCompletion.firstLine(option.description());
        String spec = name + "[" + escape(description) + "]";
        return option.arity().max() > 0 ? spec + ":" + escape(option.paramLabel()) + ":" + action(option) : spec;
    }

    /** What zsh offers for a value: the choices, file names, folder names, or nothing to offer. */
    private static String action(ArgSpec arg) {
        List<String> values = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(values::add);
        }
        if (!values.isEmpty()) {
            return "(" + String.join(" ", values.stream().map(v -> v.replace(" ", "\\ ")).toList()) + ")";
        }
        if (arg.paramLabel().equals("DIR")) {
            return "_files -/";
        }
        if (Path.class.isAssignableFrom(arg.auxiliaryTypes()[0]) || arg.paramLabel().equals("FILE")) {
            return "_files";
        }
        return " ";
    }

    /** Brackets and colons end a part of an _arguments spec. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace(":", "\\:");
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
