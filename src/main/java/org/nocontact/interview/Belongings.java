package org.nocontact.interview;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A thing of one of them named in a sentence, to get back or still at the other's place ("get my ps5 back", "its
 * still at hers", "my charger"): belongings, a practical matter. Said as "stuff" for the choices to read, as they
 * read "get my stuff back"; a person ("get my girl back") or a feeling ("get my life back") is never a thing.
 */
final class Belongings {
    private static final String WHOSE = "(my|their|them|his|our)";
    private static final String THING = "([\\p{L}\\p{N}']+)";
    /** "get my ps5 back", "pick up his jacket", "drop off his jacket", "collect my charger". */
    private static final Pattern TO_GET = Pattern.compile("\\b((?:get|getting|pick up|picking up|collect|collecting"
            + "|grab|fetch|drop off|dropping off|return|returning|bring back) " + WHOSE + ") " + THING + "\\b");
    /** "its still at hers", "my ps5 is still at his place". */
    private static final Pattern STILL_AT = Pattern.compile("\\bstill (?:at|in) (?:hers|his|theirs|mine|ours"
            + "|(?:my|their|them|his|our) (?:place|house|flat|apartment|room|car))\\b");
    /** The whole answer, a thing of theirs: "my ps5", "his charger lol" (hedges are taken off before). */
    private static final Pattern ONLY_A_THING = Pattern.compile("^" + WHOSE + " " + THING + "$");
    /** Words after "my" that are never a thing to return. */
    private static final Set<String> NOT_THINGS = Set.of("ex", "gf", "bf", "girlfriend", "boyfriend", "girl", "boy", "man",
            "woman", "wife", "husband", "partner", "baby", "babe", "bae", "love", "life", "heart", "feelings", "happiness",
            "confidence", "trust", "peace", "sanity", "self", "family", "friend", "friends", "relationship", "them", "back",
            "own", "kids", "kid", "children", "child", "son", "daughter", "dog", "cat", "pet", "pets", "money", "stuff",
            "things", "chance", "mind", "head", "old", "way", "time", "spark", "person", "best", "bad", "fault", "mistake",
            "apology", "sorry", "number", "side");

    private Belongings() {
    }

    /**
     * The words with a thing to get back, or still at one of their places, or alone, said as stuff ("get my stuff back",
     * "stuff still at hers", "my stuff"); the words as they are where none is named.
     */
    static String saidAsStuff(String plain) {
        Matcher toGet = TO_GET.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (toGet.find()) {
            String thing = NOT_THINGS.contains(toGet.group(3)) ? toGet.group(3) : "stuff";
            toGet.appendReplacement(out, Matcher.quoteReplacement(toGet.group(1) + " " + thing));
        }
        String said = toGet.appendTail(out).toString();
        Matcher only = ONLY_A_THING.matcher(said);
        if (only.matches() && !NOT_THINGS.contains(only.group(2))) {
            return only.group(1) + " stuff"; // "my ps5"
        }
        return STILL_AT.matcher(said).find() && !said.contains("stuff") ? said + " stuff" : said;
    }
}
