package org.nocontact.interview;

/**
 * Why a safety answer took the safe path: the person said yes, or did not say a clear no ("no but
 * sometimes", "not really", a typo). The screen after it can be worded for each: thanks for a yes,
 * and for an unclear answer a gentler "you didn't say a clear no, so, just in case".
 */
public enum SafePath {
    /** A plain yes ("yes", "yeah", "i do", "she has"). */
    CLEAR_YES,
    /** Anything else that is not a clear no: a hedge, a no taken back, words that could mean either. */
    UNCLEAR;

    /**
     * The reason for an answer to a safety question that was not a no, as the reader showed it: "yes"
     * only for a clear yes, the person's own words otherwise; nothing shown is a file's yes (a replay).
     */
    static SafePath of(String shown) {
        return shown.isEmpty() || SafetyAnswers.isClearYes(shown) ? CLEAR_YES : UNCLEAR;
    }
}
