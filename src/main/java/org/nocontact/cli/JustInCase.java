package org.nocontact.cli;

import java.util.Optional;
import org.nocontact.advice.Country;
import org.nocontact.advice.Help;
import org.nocontact.advice.HelpLines;
import org.nocontact.advice.Recommendation;
import org.nocontact.interview.Interview;
import org.nocontact.interview.SafePath;
import org.nocontact.situation.Situation;

/**
 * The line that opens a safety verdict reached by an answer that was not a clear no ("no not
 * really", "sometimes i guess"): the person did not say they have the concern, so the screen says
 * what its help is for, if it applies ("If you feel driven to ..."), and blames nobody (guidance, "Safety screens"). After a
 * clear yes there is none: the person told us, and the verdict speaks to what they told.
 */
final class JustInCase {
    private JustInCase() {
    }

    /** The opening line for this outcome: only after an unclear answer to a safety question. */
    static Optional<String> line(Interview.Outcome outcome) {
        if (askedToStop(outcome)) {
            return Optional.of("They asked you to stop contacting them: that is a request for no contact, so give "
                    + "them that space, everywhere. If a court order comes, it decides what contact is allowed. A "
                    + "lawyer can tell you where you stand.");
        }
        if (outcome.safePath().filter(path -> path == SafePath.UNCLEAR).isEmpty()) {
            return Optional.empty();
        }
        return line(outcome.situation().safety());
    }

    /**
     * The help lines under the verdict: for the concern the person raised. Asked to stop, with an order named as
     * what would follow, they told of no danger to themselves: the emergency line, and no domestic-abuse line.
     */
    static Optional<Help> help(Interview.Outcome outcome, Recommendation r, Optional<Country> where) {
        Optional<Help> help = HelpLines.builtIn().forRecommendation(r, where);
        return askedToStop(outcome) ? help.map(lines -> lines.without(Help.Kind.DOMESTIC_ABUSE)) : help;
    }

    private static boolean askedToStop(Interview.Outcome outcome) {
        return outcome.safePath().filter(path -> path == SafePath.ASKED_TO_STOP).isPresent();
    }

    /** For the concern the safety answers opened, the most urgent first, as the safety rules rank them. */
    static Optional<String> line(Situation.Safety safety) {
        if (safety.selfHarm()) {
            return Optional.of("If thoughts of hurting yourself come, even now and then, please "
                    + "reach out today. You don't have to be sure to ask for help.");
        }
        if (safety.unsafe() || safety.threatened()) {
            return Optional.of("If you feel unsafe because of your ex, or they have threatened you, "
                    + "the help below is there for you. No message is worth your safety.");
        }
        if (safety.protectionOrder()) {
            return Optional.of("If there is a court order between you, it decides what contact is "
                    + "allowed. A lawyer can tell you what it says.");
        }
        if (safety.urgeToMonitor()) {
            return Optional.of("If you feel driven to follow them or keep track of where they are, "
                    + "a counsellor can help with that. It is common after a breakup, and it says nothing bad about you.");
        }
        return Optional.empty();
    }
}
