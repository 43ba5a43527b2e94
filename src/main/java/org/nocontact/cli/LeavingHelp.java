package org.nocontact.cli;

import java.util.Optional;
import org.nocontact.advice.Country;
import org.nocontact.advice.HelpLines;
import org.nocontact.interview.Interview;
import org.nocontact.situation.Situation;

/**
 * The help line for someone who leaves (Ctrl-C, Ctrl-D) before every safety question had its clear no: the help that
 * fits the question left (the domestic-abuse line at "Do you feel unsafe because of your ex?" and "Has your ex
 * threatened you?", the crisis line at thoughts of self-harm), with the emergency line where there is danger (tour 15a
 * F7.1: it was the crisis line at every one).
 */
final class LeavingHelp {
    /** Before any question: none had its answer, so self-harm's, as at the first. */
    static final Situation.Safety BEFORE_ANY_QUESTION = new Situation.Safety(false, false, true, false, false);

    private LeavingHelp() {
    }

    /** "Help now: ..." for the concern, ended with a stop. */
    static String line(Optional<Country> where, Situation.Safety concern) {
        return HelpLines.builtIn().forSafety(concern, where).reminder() + ".";
    }

    /** The concern of the safety question left, or of the first one before the interview began. */
    static Situation.Safety concernLeft(Optional<Interview> talking) {
        return talking.map(Interview::concernLeft).orElse(BEFORE_ANY_QUESTION);
    }
}
