package org.nocontact.interview;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Answers as people type them at 2 a.m.: text-speak ("wks", "u", "dont"), hedges around the answer
 * ("like 2 weeks ago", "idk like 6?", "about 5 lol"). Used for everything but the safety questions,
 * where a hedge is itself the answer (see {@link SafetyAnswers}).
 */
final class Everyday {
    /** Words written short, and what they stand for. */
    private static final Map<String, String> SHORT = Map.ofEntries(
            Map.entry("wk", "week"), Map.entry("wks", "weeks"), Map.entry("wkd", "week"), Map.entry("mo", "month"),
            Map.entry("mos", "months"), Map.entry("mth", "month"), Map.entry("mths", "months"), Map.entry("mnths", "months"),
            Map.entry("yr", "year"), Map.entry("yrs", "years"), Map.entry("dys", "days"), Map.entry("hrs", "hours"),
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("im", "i'm"), Map.entry("ive", "i've"),
            Map.entry("dont", "don't"), Map.entry("didnt", "didn't"), Map.entry("doesnt", "doesn't"),
            Map.entry("havent", "haven't"), Map.entry("hasnt", "hasn't"), Map.entry("cant", "can't"),
            Map.entry("wont", "won't"), Map.entry("isnt", "isn't"), Map.entry("wasnt", "wasn't"),
            Map.entry("yday", "yesterday"), Map.entry("yest", "yesterday"), Map.entry("tmrw", "tomorrow"),
            Map.entry("2day", "today"), Map.entry("tdy", "today"), Map.entry("2", "2"), Map.entry("pls", "please"),
            Map.entry("bc", "because"), Map.entry("cuz", "because"), Map.entry("coz", "because"), Map.entry("abt", "about"),
            Map.entry("smth", "something"), Map.entry("sth", "something"), Map.entry("msg", "message"),
            Map.entry("msgs", "messages"), Map.entry("txt", "text"), Map.entry("txts", "texts"),
            Map.entry("msgd", "messaged"), Map.entry("msg'd", "messaged"), Map.entry("msged", "messaged"),
            Map.entry("mssged", "messaged"), Map.entry("txted", "texted"), Map.entry("txtd", "texted"),
            Map.entry("txt'd", "texted"), Map.entry("dmd", "dmed"), Map.entry("dm'd", "dmed"), Map.entry("dmed", "dmed"),
            Map.entry("bday", "birthday"), Map.entry("b-day", "birthday"), Map.entry("vday", "valentines"),
            Map.entry("v-day", "valentines"), Map.entry("xmas", "christmas"), Map.entry("ya", "yeah"),
            Map.entry("yea", "yeah"), Map.entry("yh", "yeah"), Map.entry("ye", "yeah"), Map.entry("yess", "yes"),
            Map.entry("yesss", "yes"), Map.entry("yep", "yep"), Map.entry("nopee", "nope"), Map.entry("noo", "no"),
            Map.entry("nooo", "no"), Map.entry("na", "nah"), Map.entry("naa", "nah"), Map.entry("nahh", "nah"),
            Map.entry("kinda", "kind of"), Map.entry("sorta", "sort of"), Map.entry("prolly", "probably"),
            Map.entry("prob", "probably"), Map.entry("probs", "probably"), Map.entry("gonna", "going to"),
            Map.entry("wanna", "want to"), Map.entry("thx", "thanks"), Map.entry("ty", "thanks"),
            Map.entry("w", "with"), Map.entry("w/", "with"), Map.entry("tg", "together"), Map.entry("tgt", "together"),
            Map.entry("hes", "he's"), Map.entry("shes", "she's"), Map.entry("theyre", "they're"), Map.entry("rly", "really"),
            Map.entry("obv", "obviously"), Map.entry("obvs", "obviously"), Map.entry("nite", "night"),
            Map.entry("tonite", "tonight"), Map.entry("2nite", "tonight"), Map.entry("2night", "tonight"),
            Map.entry("r", "are"), Map.entry("hru", "how are you"), Map.entry("tmr", "tomorrow"),
            Map.entry("b4", "before"), Map.entry("rn", "right now"), Map.entry("wknd", "weekend"),
            Map.entry("whatevs", "whatever"), Map.entry("thru", "through"), Map.entry("luv", "love"),
            Map.entry("bout", "about"), Map.entry("tho", "though"), Map.entry("ppl", "people"),
            Map.entry("jus", "just"), Map.entry("jst", "just"), Map.entry("wana", "want to"),
            Map.entry("gotta", "got to"), Map.entry("idc", "i don't care"));

    /** Words around an answer that do not change it. */
    private static final List<String> BEFORE = List.of("um ", "umm ", "uh ", "er ", "erm ", "hmm ", "well ", "like ",
            "about ", "around ", "roughly ", "approximately ", "approx ", "maybe like ", "probably ", "i think ",
            "i guess ", "i'd say ", "maybe ", "prob ", "idk ", "i don't know ", "honestly ", "ok ", "okay ", "so ", "just ",
            "its ", "it's ", "it was ", "that was ", "it ended ", "we broke up ", "basically ", "too many. ", "too many, ",
            "too many ", "so many. ", "so many ", "a lot. ", "a lot, ", "a lot ", "loads. ", "loads ", "pretty much ", "mostly ");
    private static final List<String> AFTER = List.of(" lol", " lmao", " haha", " i think", " i guess", " or so",
            " ish", " probably", " tbh", " obviously", " honestly", " or something", " thanks", " please", " right now", " atm", " at the moment",
            " if that's what you mean", " if thats what you mean", " if that makes sense", " if that counts", " pretty much");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,!?]+$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.,!?~:;…]+|[\\s.,!?~:;…]+$");

    private Everyday() {
    }

    /** Lower case, one space between words, straight apostrophes, short forms written out. */
    static String words(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        lower = SPACES.matcher(lower).replaceAll(" ").trim();
        StringBuilder out = new StringBuilder();
        for (String word : lower.split(" ")) {
            String bare = TRAILING_PUNCTUATION.matcher(word).replaceAll("");
            String tail = word.substring(bare.length());
            out.append(out.length() == 0 ? "" : " ").append(SHORT.getOrDefault(bare, bare)).append(tail);
        }
        return out.toString();
    }

    /** The answer without hedges around it: "idk like 6?" is "6", "like 2 weeks ago lol" is "2 weeks ago". */
    static String unhedged(String text) {
        String answer = EDGE_PUNCTUATION.matcher(words(text)).replaceAll("");
        boolean changed = true;
        while (changed && !answer.isEmpty()) {
            changed = false;
            for (String hedge : AFTER) {
                if (answer.endsWith(hedge) && answer.length() > hedge.length()) {
                    answer = EDGE_PUNCTUATION.matcher(answer.substring(0, answer.length() - hedge.length())).replaceAll("");
                    changed = true;
                }
            }
            for (String hedge : BEFORE) {
                if (!changed && answer.startsWith(hedge) && answer.length() > hedge.length()) {
                    answer = EDGE_PUNCTUATION.matcher(answer.substring(hedge.length())).replaceAll("");
                    changed = true;
                }
            }
        }
        return answer;
    }
}
