package org.nocontact.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nocontact.text.Texts;
import picocli.CommandLine;

/**
 * A value of several words typed without quotes ({@code --since 15 nov}): the shell splits it, and
 * the words after the first are left over. Said as the person can fix it, not as the parser sees it.
 */
final class SplitValue {
    private SplitValue() {
    }

    static Optional<String> said(CommandLine.UnmatchedArgumentException e, String[] args) {
        List<String> left = e.getUnmatched();
        if (left.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 2; i < args.length; i++) {
            if (!args[i].equals(left.get(0))) {
                continue;
            }
            CommandLine.Model.OptionSpec option = e.getCommandLine().getCommandSpec().findOption(args[i - 2]);
            if (option == null || option.arity().max() != 1 || args[i - 1].startsWith("-")) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(args[i - 1]));
            for (int j = i; j < args.length && j - i < left.size() && args[j].equals(left.get(j - i)); j++) {
                words.add(args[j]);
            }
            boolean date = option.paramLabel().toLowerCase(Locale.ROOT).contains("date");
            return Optional.of(option.longestName() + (date ? " takes one date: put it" : ": put the words")
                    + " in quotes, like " + option.longestName() + " \"" + Texts.printable(String.join(" ", words)) + "\".");
        }
        return Optional.empty();
    }
}
