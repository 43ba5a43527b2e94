package org.nocontact.cli;

import java.util.Iterator;
import org.nocontact.advice.HelpLines;

/**
 * What shell completion offers for an option's value, taken from the data itself: a new profile
 * in the rules or a new country in the help lines is offered without a code change. picocli makes
 * these when it builds a command's model, so nothing is read until a script is written.
 */
final class CompletionCandidates {
    private CompletionCandidates() {
    }

    /** The built-in rule set's profiles (standard, strict, ...). */
    static final class Profiles implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return BuiltInRules.get().profileNames().iterator();
        }
    }

    /** The countries whose help lines are listed (AU, CA, ...). */
    static final class Countries implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return HelpLines.builtIn().listedCodes().iterator();
        }
    }
}
