package org.nocontact.interview;

import java.util.Optional;
import org.nocontact.situation.Situation;

/**
 * A whole {@code ask}: the interview, then for each verdict what follows it (the --save file,
 * "More?"), changing an answer or starting over as many times as the person likes, until they
 * finish or leave.
 */
public final class Conversation {
    /**
     * What the command does with each verdict: shows it (on standard output), does what else follows
     * a verdict (the tracker's offer to keep the answers), and gives what "More?" can show about it.
     */
    public interface Verdicts {
        AfterVerdict.Views show(Interview.Outcome outcome);
    }

    /** How it ended. */
    public enum End {
        /** The person finished at "More?". */
        FINISHED,
        /** The person left while changing an answer: the last verdict given stands. */
        LEFT_AFTER_A_VERDICT,
        /** The person left before any verdict, or after starting over (the verdict above was for other answers). */
        LEFT_BEFORE_A_VERDICT,
        /** An answer said their ex has died: the questions stopped, and no verdict fits (see TheyDied). */
        THEY_DIED
    }

    /**
     * How it ended, whether the person left at a safety question (then they get the help lines), and
     * what they told of their safety before they started over (its help still holds).
     */
    public record Result(End end, boolean leftAtSafety, Situation.Safety toldBefore) {
    }

    private final Interview interview;
    private final Console console;
    private final SaveDialogue saving;
    private final AfterVerdict more;

    public Conversation(Interview interview, Console console, SaveDialogue saving, AfterVerdict more) {
        this.interview = interview;
        this.console = console;
        this.saving = saving;
        this.more = more;
    }

    /** Talks it through from the answers remembered (their defaults), to the end. */
    public Result run(Remembered start, Verdicts verdicts) {
        Interview.Ending ending = interview.talk(start);
        boolean verdictGiven = false;
        boolean startedOver = false;
        Situation.Safety toldBefore = Situation.Safety.NONE;
        for (Optional<Interview.Outcome> outcome = ending.outcome(); outcome.isPresent(); outcome = ending.outcome()) {
            verdictGiven = true;
            toldBefore = outcome.get().situation().safety();
            AfterVerdict.Views views = verdicts.show(outcome.get());
            saving.afterVerdict(outcome.get());
            AfterVerdict.Next next = more.ask(interview, outcome.get(), views);
            if (next.finish()) {
                return new Result(End.FINISHED, false, toldBefore);
            }
            startedOver = next.startOver();
            if (startedOver) {
                console.say(""); // a new conversation, set apart from the menu
                ending = interview.talk(Remembered.none());
            } else {
                ending = interview.change(outcome.get(), next.questionToChange().orElseThrow());
            }
        }
        if (ending.theyDied()) {
            return new Result(End.THEY_DIED, false, toldBefore);
        }
        return new Result(verdictGiven && !startedOver ? End.LEFT_AFTER_A_VERDICT : End.LEFT_BEFORE_A_VERDICT,
                ending.leftAtSafety(), toldBefore);
    }
}
