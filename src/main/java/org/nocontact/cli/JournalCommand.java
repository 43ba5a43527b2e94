package org.nocontact.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nocontact.advice.Country;
import org.nocontact.json.InputException;
import org.nocontact.tracker.Tracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "journal",
        header = "Write in your private journal: what you would have said to them, or anything else.",
        description = {"", "The words stay in your tracker, on this computer; nothing is sent. Give the text as "
                + "arguments, or type it (end with an empty line, or Ctrl-D).", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  nocontact journal \"I wanted to tell her about the job.\"", "  nocontact journal < letter.txt"},
        exitCodeList = {"0:the entry was kept", ExitCodes.WRONG_INPUT, ExitCodes.FAULT})
final class JournalCommand implements Callable<Integer> {
    static final int MAX_CHARACTERS = 100_000;

    @Mixin
    TrackerOptions tracker;

    @Mixin
    final ColorOption color = new ColorOption();

    @Mixin
    final CountryOption country = new CountryOption();

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The entry; without it, read from standard input.")
    List<String> words = List.of();

    @Override
    public Integer call() throws IOException {
        String text = words.isEmpty() ? readInput() : String.join(" ", words);
        text = text.strip();
        if (text.isEmpty()) {
            throw InputException.whole("journal", "the entry is empty; write a few words, as arguments or on standard "
                    + "input.");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw InputException.whole("journal", "the entry is longer than " + MAX_CHARACTERS
                    + " characters; split it into several.");
        }
        Optional<Country> where = country.country(); // a wrong country is said before anything is kept
        try (Tracker t = tracker.open()) {
            t.journal(tracker.now(), text);
        }
        tracker.print("Kept in your journal. It stays here, with you.");
        WorryScreen.of(text, false, color.renderer(), where).ifPresent(screen -> tracker.out().print("\n" + screen));
        return ExitCodes.OK;
    }

    private String readInput() throws IOException {
        boolean terminal = "1".equals(System.getProperty("nocontact.stdin.tty"));
        if (terminal) {
            tracker.err().println("Write your entry; an empty line ends it.");
        }
        StringBuilder text = new StringBuilder();
        BufferedReader in = new BufferedReader(new InputStreamReader(StandardStreams.in(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (terminal && line.isBlank()) {
                break;
            }
            text.append(line).append('\n');
            if (text.length() > MAX_CHARACTERS) {
                break;
            }
        }
        return text.toString();
    }
}
