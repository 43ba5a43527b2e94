package org.nocontact.interview;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nocontact.advice.WordsOfCrisis;
import org.nocontact.interview.AnswerReader.Parsed;
import org.nocontact.text.Texts;

/**
 * Reads answers to yes-or-no questions and safety questions: the everyday ways of saying yes and
 * no, what is said as having happened ("she blocked me on insta"), and what puts a yes in doubt.
 */
final class YesNoAnswers {
    private YesNoAnswers() {
    }

    /** What helps with a threat to share their private photos or videos (general safety practice; no numbers here). */
    static final String IMAGES_THREATENED = "A threat to share your private photos or videos is serious, and it is not "
            + "your fault. Keep the messages as they are, with their dates; don't give in to what they demand; you can "
            + "report it to the police, and to the site or app where they threaten to post them.";

    /** Enter is no answer here; a clear no is no; anything else is the safe path, shown in the person's words. */
    static Parsed<Boolean> safety(Safety safety, String text) {
        if (text.isEmpty()) {
            return Parsed.problem("Take your time. Type no if the answer is no; if it is anything else, "
                    + "say it in your own words.");
        }
        // "no he said hed post my pics": a danger told of is never a no, whatever word it starts with
        boolean no = (SafetyAnswers.isClearNo(text) || SafetyAnswers.isNoWithAReason(text)) && WordsOfCrisis.in(text).isEmpty();
        if (no && !SafetyAnswers.isAQuestion(text)) { // "no?" asks back: not a clear no
            return Parsed.ok(false, "no");
        }
        if (safety.onlyLookingOnline().isPresent() && SafetyAnswers.isOnlyLookingOnline(text)) {
            return Parsed.ok(false, "no").saying(safety.onlyLookingOnline().get());
        }
        Parsed<Boolean> safePath = Parsed.ok(true, SafetyAnswers.isClearYes(text) ? "yes" : Texts.printable(Texts.abbreviate(text, 40)));
        if (WordsOfCrisis.imagesThreatened(text)) {
            return safePath.saying(IMAGES_THREATENED);
        }
        // "maybe? i keep checking if she posted": the safe path, and their social media answered in one line too
        return safety.onlyLookingOnline().isPresent() && SafetyAnswers.mentionsSocialMedia(text)
                ? safePath.saying(safety.onlyLookingOnline().get()) : safePath;
    }

    /** Enter keeps the default; a yes or a no in everyday words; "not sure" and "kind of" are asked again. */
    static Parsed<Boolean> yesNo(String text, boolean fallback) {
        if (text.isEmpty()) {
            return Parsed.ok(fallback, fallback ? "yes" : "no");
        }
        if (SafetyAnswers.isClearYes(text)) {
            return Parsed.ok(true, "yes");
        }
        String plain = AnswerReader.plain(text);
        if (saysNo(text)) {
            return Parsed.ok(false, "no");
        }
        if (leadingYes(plain) || saysItHappened(plain) || ON_AN_APP.matcher(plain).matches()) {
            return Parsed.ok(true, "yes");
        }
        if (leadingNo(plain)) {
            return Parsed.ok(false, "no");
        }
        if (Set.of("not sure", "i'm not sure", "im not sure", "i don't know", "i dont know", "idk", "maybe", "don't know",
                "dont know", "no idea", "unsure", "dunno", "no clue").contains(plain)) {
            return Parsed.problem("That's all right. Answer with what you know for sure, yes or no; "
                    + "you can type change at the end to change it.");
        }
        if (Set.of("kind of", "sort of", "a bit", "a little", "partly", "sometimes", "kind of yes", "sort of yes", "ish",
                "in a way", "not exactly", "yes and no").contains(plain)) {
            return Parsed.problem("Is that closer to yes or to no? Please type yes or no.");
        }
        if (NOT_IN_WORDS.matcher(plain).matches()) {
            return Parsed.problem("Not in so many words, then. Is it closer to yes or to no? Please type yes or no.");
        }
        return Parsed.problem("Please answer yes or no (y or n). Type ? if you'd like to know why I ask.");
    }

    /** "not in words", "she hinted at it": shown or hinted, not said; it could go either way, so it is asked back. */
    private static final Pattern NOT_IN_WORDS = Pattern.compile(
            "(?:well |um |hmm )?(?:not (?:really )?(?:in (?:so many |those |actual )?words|directly|explicitly|officially"
                    + "|out loud|in so many words|as such|said|in person|straight out)"
                    + "|(?:(?:they|she|he|my ex) )?(?:kind of |sort of |kinda |sorta )?(?:hinted|implied)(?: it| at it| that)?"
                    + "|(?:without|never) (?:saying|said) (?:it|so)|(?:it was )?(?:implied|unspoken)"
                    + "|no(?:t)? but (?:they|she|he) (?:hinted|implied)(?: it| at it)?)"
                    + "(?: i guess| i think| tbh| lol| though| really)?");

    /**
     * A no in everyday words ("nah", "none", "nothing", "never", "not at all", "nothing recently"):
     * to a yes-or-no question, or to a question whose first choice is no. Not for the safety
     * questions, which read only a clear no as no ({@link SafetyAnswers}).
     */
    static boolean saysNo(String text) {
        String answer = Everyday.unhedged(AnswerReader.plain(text));
        return SafetyAnswers.isClearNo(text) || NO_PHRASES.contains(answer)
                || NO_PHRASES.contains(NOT_LATELY.matcher(answer).replaceFirst("")) || SILENCE.matcher(answer).matches();
    }

    /** "she hasnt said a word since", "not a word", "radio silence": nothing from them. */
    private static final Pattern SILENCE = Pattern.compile("(?:(?:no|nope|nah),? )?(?:(?:(?:she|he|they|my ex) )?"
            + "(?:hasn't|haven't|has not|have not) (?:said|texted|messaged|written|sent|called|reached out|replied|contacted me)"
            + "(?: (?:me|a word|anything|a thing|at all))*|not a (?:word|peep|thing)|radio silence|total silence|silence"
            + "|crickets)(?: (?:since|since then|since the breakup|since we broke up|since it ended|lol|tbh))?");

    /** "nothing recently", "no not lately", "none so far": the no, said of the recent past. */
    private static final Pattern NOT_LATELY = Pattern.compile(" (?:recently|lately|so far|for a while|in a while|since)$");

    /** Everyday ways of saying no to a yes-or-no question. */
    private static final Set<String> NO_PHRASES = Set.of("not really", "don't think so", "i don't think so",
            "dont think so", "i dont think so", "not that i know", "not that i know of", "not as far as i know",
            "no they didn't", "no she didn't", "no he didn't", "they didn't", "not yet", "no not yet", "nothing like that",
            "not at all", "no way", "hell no", "nah", "nope", "none", "nothing", "never", "none at all", "nothing at all",
            "never once", "not once", "not even once", "no never", "nope never", "nah never", "no nothing", "nope nothing",
            "nah nothing", "no none", "not recently", "no not recently", "nope not recently", "not lately", "no not lately");

    /** "he told me not to contact him", "she asked for no contact". */
    private static final Pattern ASKED_FOR_SPACE = Pattern.compile(
            "(?:yes |yeah )?(?:they|he|she|my ex) (?:told|asked) me (?:not to (?:contact|text|message|call) them"
                    + "|to stop (?:contacting|texting|messaging|calling) them|for no contact|for space|to leave them alone)"
                    + "|(?:yes |yeah )?(?:they|he|she|my ex) asked for (?:no contact|space)");

    /** "she blocked me on insta", "he asked me for space": the thing asked about, said as having happened. */
    private static boolean saysItHappened(String plain) {
        if (ASKED_FOR_SPACE.matcher(plain).matches()) {
            return true;
        }
        List<String> words = List.of(plain.split(" "));
        boolean happened = words.stream().anyMatch(w -> Set.of("blocked", "asked", "told", "said").contains(w))
                && words.stream().noneMatch(w -> DOUBT.contains(w) || w.equals("unblocked") || w.equals("if"));
        return happened && Set.of("they", "them", "he", "she", "my").contains(words.get(0));
    }

    /** "only on insta", "yeah on insta", "just my number": where they did it, which says they did. */
    private static final Pattern ON_AN_APP = Pattern.compile(
            "(?:yes |yeah |yep |yup )?(?:only |just )?(?:on (?:insta|instagram|ig|facebook|fb|tiktok|snapchat|snap|twitter|x"
                    + "|whatsapp|socials|social media|everything|all of them)|my number|on my number|everywhere)");

    /** "she blocked me on insta", "he's blocked my number": said in passing, before the question comes. */
    static boolean saysTheyBlocked(String plain) {
        return Pattern.compile("\\b(?:they|he|she|my ex)(?: has| have|'s| had)? blocked (?:me|my)\\b")
                .matcher(plain).find();
    }

    private static final Set<String> YES_WORDS = Set.of("yes", "y", "yeah", "yep", "yup");
    /** Words that put a yes in doubt: "yes and no", "yes but not really", "yeah I don't know". */
    private static final Set<String> DOUBT = Set.of("no", "not", "never", "but", "maybe", "know", "idea",
            "unsure", "sometimes", "or", "think", "guess", "perhaps", "don't", "dont", "didn't", "didnt", "haven't",
            "havent", "hasn't", "hasnt", "isn't", "isnt", "wasn't", "wasnt", "unblocked");

    private static final Set<String> NO_WORDS = Set.of("no", "n", "nope", "nah");
    /**
     * Words that take a no back, or put it in doubt ("no but she hinted", "no... well sometimes"), or
     * say that the thing asked about happened after all ("no they blocked me on insta").
     */
    private static final Set<String> TAKEN_BACK = Set.of("but", "maybe", "well", "sometimes", "kind", "sort", "think",
            "guess", "know", "idea", "sure", "unsure", "yes", "yeah", "yep", "actually", "unless", "except", "though",
            "although", "wait", "blocked", "asked", "told", "said", "did", "has", "have", "hinted", "implied", "kinda",
            "sorta", "partly", "probably", "perhaps", "or");

    /** "we still talk sometimes": how often they are in touch, which puts no doubt in the no before it. */
    private static final Pattern IN_TOUCH_AT_TIMES = Pattern.compile("\\b((?:talk|text|chat|message|speak|snap|see each other"
            + "|hang out)(?:s|ing)?(?: to each other| each other)?) (?:sometimes|sometime|now and then|every now and then"
            + "|here and there|occasionally|a bit|a little)\\b");

    /**
     * "no he texted me lol", "nope we still talk", "nah we still talk sometimes": a no first, with a reason after it
     * that does not take it back.
     */
    static boolean leadingNo(String plain) {
        List<String> words = List.of(IN_TOUCH_AT_TIMES.matcher(plain).replaceAll("$1").split(" "));
        return words.size() > 1 && NO_WORDS.contains(words.get(0)) && words.stream().skip(1).noneMatch(TAKEN_BACK::contains);
    }

    /** "yes he blocked me", "yes she did": a yes first, and nothing after it that doubts it. */
    private static boolean leadingYes(String plain) {
        List<String> words = List.of(plain.split(" "));
        return YES_WORDS.contains(words.get(0)) && words.stream().skip(1).noneMatch(DOUBT::contains);
    }
}
