package org.nocontact.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nocontact.json.InputException;
import org.nocontact.terminal.Screen;
import org.nocontact.text.Texts;
import org.nocontact.tracker.DataFolder;
import org.nocontact.tracker.Erase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "forget",
        header = "Erase your tracker: every period, slip, urge, message, journal entry and kept answer.",
        description = {"", "Deletes the database and the files SQLite keeps beside it, then the data folder if "
                + "nothing else is in it. On a terminal it asks first; otherwise give --yes. 'nocontact export' "
                + "makes a backup first, if you want one.", ""},
        exitCodeList = {"0:erased (or there was nothing to erase)", "1:you chose not to erase",
                ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class ForgetCommand implements Callable<Integer> {
    @Mixin
    TrackerOptions tracker;

    @Option(names = "--yes", description = "Erase without asking (needed when standard input is not a terminal).")
    boolean yes;

    /**
     * Asks on the terminal, wrapped to its width. A yes in everyday words ("yeah", "ok") erases; Enter or a no keeps
     * everything; anything else is asked back once, since what it erases cannot be brought back.
     */
    private boolean confirmed(DataFolder folder) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(StandardStreams.in(), StandardCharsets.UTF_8));
        Optional<String> answer = ask("Erase everything in your tracker (" + folder.path() + ")? This cannot be undone. "
                + "(yes or no) [no] >", in);
        if (unclear(answer)) {
            answer = ask("I need a clear yes to erase it. Type yes to erase everything, or no to keep it. [no] >", in);
        }
        return Offers.accepted(answer);
    }

    private static boolean unclear(Optional<String> answer) {
        return answer.filter(a -> !a.isBlank()).isPresent() && !Offers.accepted(answer) && !Offers.declined(answer);
    }

    private Optional<String> ask(String prompt, BufferedReader in) throws IOException {
        String wrapped = Texts.wrap(prompt, Screen.width(), "", "");
        tracker.err().print(wrapped.substring(0, wrapped.length() - 1) + " ");
        tracker.err().flush();
        return Optional.ofNullable(in.readLine());
    }

    @Override
    public Integer call() throws IOException {
        DataFolder folder = tracker.folder();
        if (!Erase.anything(folder)) {
            tracker.print("There is nothing to erase in " + folder.path() + ".");
            return ExitCodes.OK;
        }
        if (!yes) {
            if (!"1".equals(System.getProperty("nocontact.stdin.tty"))) {
                throw InputException.whole("forget", "this erases everything in your tracker and cannot be undone; "
                        + "add --yes to confirm (standard input is not a terminal, so I can't ask).");
            }
            if (!confirmed(folder)) {
                tracker.print("Nothing was erased.");
                return ExitCodes.FAILED;
            }
        }
        Erase.all(folder);
        tracker.print("Erased. Nothing of your tracker is left in " + folder.path() + ".");
        return ExitCodes.OK;
    }
}
