package org.nocontact.interview;

import java.util.Locale;
import java.util.regex.Pattern;
import org.nocontact.advice.WordsOfCrisis;

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
    UNCLEAR,
    /**
     * Not a clear no to a court order, told with their wish that the contact stop ("no but she said she'd get a
     * restraining order if i keep texting"): an order may be on its way, so the careful path still; what they asked
     * for is no contact, and the person told of no danger to themselves.
     */
    ASKED_TO_STOP;

    /** An order, or the police, named as what they would turn to. */
    private static final Pattern AN_ORDER = Pattern.compile(
            "\\b(restraining|protection|protective|court|no[- ]contact)\\s+order|\\b(police|cops?)\\b");
    /** If the contact goes on, or their asking that it stop. */
    private static final Pattern IF_IT_GOES_ON = Pattern.compile("\\bif i (keep|kept|don'?t stop|text|txt|call|message|"
            + "msg|contact|reach|dm|write|show|come)|\\b(stop|quit) (texting|txting|calling|messaging|msging|contacting|"
            + "reaching|dming|writing)|\\bleave (her|him|them) alone\\b|\\bkeep (texting|txting|calling|messaging|msging|"
            + "contacting|dming)");

    /** Any word of danger to the person: with one, their answer is read as any unclear answer is. */
    private static final Pattern DANGER = Pattern.compile("\\b(hurt|harm|hit|hits|hitting|kill|violen|abus|scared|"
            + "afraid|fear|frighten|terrif|unsafe|danger|threat|stalk|chok|push|shov|grab|weapon|gun|knife|drunk|yell|"
            + "scream|rage|temper|follow|track)");

    /**
     * The reason for an answer to a safety question that was not a no, from the question and the words
     * typed (or, for a replayed file, nothing typed: the file's yes).
     */
    static SafePath of(Key<?> question, String typed) {
        boolean inPart = question != Key.PROTECTION_ORDER && SafetyAnswers.isPartlyYes(typed);
        // "he said hed post my pics if i dont come back. idk if hed actually do it": a threat told of, thanked as a yes
        boolean dangerToldOf = (question == Key.UNSAFE || question == Key.THREATENED) && WordsOfCrisis.toldOfAThreat(typed);
        if (typed.isEmpty() || SafetyAnswers.isClearYes(typed) || SafetyAnswers.affirms(typed) || inPart || dangerToldOf) {
            return CLEAR_YES;
        }
        return question == Key.PROTECTION_ORDER && askedToStop(typed) ? ASKED_TO_STOP : UNCLEAR;
    }

    /** An order named as what they would turn to if the contact goes on: their asking that it stop. */
    private static boolean askedToStop(String typed) {
        String words = typed.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return AN_ORDER.matcher(words).find() && IF_IT_GOES_ON.matcher(words).find() && !DANGER.matcher(words).find();
    }
}
