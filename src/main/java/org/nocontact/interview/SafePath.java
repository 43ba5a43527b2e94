package org.nocontact.interview;

/**
 * Why a safety answer took the safe path: the person said yes, or did not say a clear no ("no but
 * sometimes", "not really", a typo). The screen after it can be worded for each: thanks for a yes,
 * and for an unclear answer a gentler "you didn't say a clear no, so, just in case".
 */
public enum SafePath {
    /**
     * A yes, plain, in the person's own words ("ya", "yeah he said hed kill me", "i want to die", "every night"),
     * or in part ("a little", "yeah a bit", "sometimes", "kinda") where the question asks how they feel or what
     * happened; a court order is there or not, so "kinda" there stays unclear.
     */
    CLEAR_YES,
    /** Anything else that is not a clear no: a hedge, a no taken back, a no as a question, words that could mean either. */
    UNCLEAR;

    /**
     * The reason for an answer to a safety question that was not a no, from the question and the words
     * typed (or, for a replayed file, nothing typed: the file's yes).
     */
    static SafePath of(Key<?> question, String typed) {
        boolean inPart = question != Key.PROTECTION_ORDER && SafetyAnswers.isPartlyYes(typed);
        return typed.isEmpty() || SafetyAnswers.isClearYes(typed) || SafetyAnswers.affirms(typed) || inPart
                ? CLEAR_YES : UNCLEAR;
    }
}
