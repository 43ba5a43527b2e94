package org.nocontact.interview;

import org.nocontact.advice.WordsOfCrisis;

/**
 * What is said where words of suicide, self-harm or danger were typed outside the safety questions: gently, saying only
 * what the person wrote, then their question answered in one line (guidance, "Safety screens"). The help lines follow.
 */
public final class WorryingWords {
    private WorryingWords() {
    }

    /** The opening: what worries us, and what the help below is for. */
    public static String opening(WordsOfCrisis.Concern concern) {
        return switch (concern) {
            case SELF_HARM -> "What you wrote worries me. If you are thinking of ending your life or hurting yourself, "
                    + "please reach out now, to the crisis line below or to someone you trust. You don't have to be "
                    + "sure to ask for help.";
            case DANGER -> "What you wrote worries me. If your ex has hurt you, threatened you or followed you, your "
                    + "safety comes before anything else, and the help below is there for you.";
        };
    }

    /** Their question, answered in one line: a draft is not sent now; anything else about their ex can wait. */
    public static String theirQuestion(WordsOfCrisis.Concern concern, boolean aDraft) {
        if (aDraft) {
            return concern == WordsOfCrisis.Concern.SELF_HARM
                    ? "About your message: please don't send it tonight. It can wait."
                    : "About your message: it can wait. Don't send it while you feel unsafe.";
        }
        return concern == WordsOfCrisis.Concern.SELF_HARM
                ? "About your ex: whatever you decide can wait. Please don't contact them tonight."
                : "About your ex: don't meet them alone. What you need from them can wait, or someone you trust can "
                        + "handle it for you.";
    }

    /** In the interview: the opening, the questions stopped, and their question answered. */
    static void say(Console console, WordsOfCrisis.Concern concern, boolean aDraft) {
        console.say(opening(concern));
        console.say("Let's stop the questions here: your safety comes first.");
        console.say(theirQuestion(concern, aDraft));
    }
}
