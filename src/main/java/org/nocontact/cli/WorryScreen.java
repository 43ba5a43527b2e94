package org.nocontact.cli;

import java.util.Optional;
import org.nocontact.advice.Country;
import org.nocontact.advice.Help;
import org.nocontact.advice.HelpLines;
import org.nocontact.advice.WordsOfCrisis;
import org.nocontact.interview.WorryingWords;

/**
 * Words of suicide, self-harm or danger in what a command was given to keep or read (a journal entry, a reply draft,
 * the notes of an urge): the help that fits, gently worded, with their question answered in one line. The words are
 * theirs: what was to be kept is kept first.
 */
final class WorryScreen {
    private WorryScreen() {
    }

    /** The screen for these words, if they say a concern; empty where they read as usual. */
    static Optional<String> of(String words, boolean aDraft, TextRenderer renderer, Optional<Country> where) {
        return WordsOfCrisis.in(words).map(concern -> {
            Help help = HelpLines.builtIn().forSafety(concern.safety(), where);
            return renderer.worried(help, WorryingWords.opening(concern), WorryingWords.theirQuestion(concern, aDraft));
        });
    }
}
