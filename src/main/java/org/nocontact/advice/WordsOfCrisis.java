package org.nocontact.advice;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nocontact.situation.Situation;

/**
 * Words anyone types (an answer, a draft, a journal entry, a note) that say thoughts of suicide or self-harm, or
 * danger from the ex: they take the safe path, as a yes at a safety question does (guidance, "Safety screens").
 * Everyday figures of speech that only sound alike ("this is killing me", "dying to see her", "i could die of
 * embarrassment", "kill the vibe", "dead tired") are left out first, and read as usual. The phrases each side
 * are kept in the corpus words-of-crisis.tsv (WordsOfCrisisTest).
 */
public final class WordsOfCrisis {
    /** What the words say: thoughts of ending their life or hurting themselves, or danger from the ex. */
    public enum Concern {
        SELF_HARM, DANGER;

        /** The safety concern as the rules read it, for its help lines. */
        public Situation.Safety safety() {
            return new Situation.Safety(this == DANGER, false, this == SELF_HARM, false, false);
        }
    }

    private static final String SUBJECT = "(?:he|she|they|my ex|ex|he's|hes|she's|shes|they've|theyve|they're|theyre)";
    /** A threat said with its subject: "he'd", "she said she would", "threatened to". */
    private static final String WOULD = "(?:he|she|they)(?:'d|'ll| would| will| was going to| is going to|'s going to"
            + "|'s gonna| is gonna| gonna)|hed|shed|theyd";

    /** One word between the subject and the deed, if any, that does not deny it ("he once hit me", never "he never hit me"). */
    private static final String NOT_NEGATED = "(?:(?!(?:never|not|didn't|didnt|doesn't|doesnt|wouldn't|wouldnt|won't|wont"
            + "|hasn't|hasnt|has never|would never)\\b)\\w+ )?";
    /** A threat to post, send or share their private photos or videos ("he said hed post my pics", "she'll leak our nudes"). */
    private static final Pattern IMAGES_THREATENED = Pattern.compile("\\b(?:he|she|they|my ex)(?: just| even| literally"
            + "| once)?(?:'ll|'d|d| will| would| said| says| told me| threatened| threatens| is threatening| keeps threatening"
            + "|'s threatening|s threatening"
            + "| is gonna| is going to|'s gonna|s gonna|'s going to)\\b.{0,40}?\\b(?:post|posting|leak|leaking|share|sharing"
            + "|send|sending|spread|show|showing|release|upload|expose)\\b.{0,30}?\\b(?:my|our) (?:\\w+ )?(?:pics|pictures"
            + "|photos|nudes|videos|video|images|tape|sexts|snaps)\\b");

    /** Figures of speech that only sound like a crisis: taken out before the words are read. */
    private static final Pattern FIGURES_OF_SPEECH = Pattern.compile(String.join("|",
            "\\b(?:is|was|it's|its|this|that|it|work|school|waiting|missing (?:her|him|them)) (?:\\w+ )?killing me\\b",
            "\\bkill(?:s|ing|ed)? (?:the|my|our) (?:vibe|mood|buzz|time)\\b",
            "\\bkill(?:ed|ing)? (?:myself|me) (?:laughing|with laughter)\\b",
            "\\bdying (?:to|for|of laughter|laughing)\\b",
            "\\b(?:want to |wanna |could |would |will |gonna |going to )?(?:just )?die (?:of|from) (?:embarrassment|shame"
                    + "|cringe|laughter|laughing|happiness|joy)\\b",
            "\\bdead (?:tired|serious|on|set|end|beat)\\b",
            "\\bto die for\\b"));

    /** Thoughts of suicide or self-harm, said in everyday words. */
    private static final Pattern SELF_HARM = Pattern.compile(String.join("|",
            "\\b(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting|end|ending|off) (?:myself|my self|meself)\\b",
            "\\bkms\\b",
            "\\bsuicid(?:e|al)\\b",
            "\\bself ?harm(?:ing)?\\b",
            "\\bend (?:it all|my life)\\b",
            "\\btak(?:e|ing) my (?:own )?life\\b",
            "(?<!\\b(?:don't|dont|do not|didn't|didnt|never) )\\b(?:want|wanna|wanting|ready|deserve) (?:to )?(?:just )?die\\b",
            "\\b(?:wish|wished) (?:i (?:was|were|had)|i'd|id) (?:dead|died|never been born)\\b",
            "(?<!\\b(?:don't|dont|do not|never) )\\b(?:want|wanna|rather) (?:to )?be dead\\b",
            "\\bbetter off (?:dead|without me)\\b",
            "\\b(?:won't|wont|will not|not going to|not gonna) be (?:around|here|alive) (?:much |for )?(?:longer|long"
                    + "|anymore|any more|tomorrow)\\b",
            "\\b(?:don't|dont|do not) want to (?:live|be alive|exist|wake up)(?: anymore| any more)?\\b",
            "\\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on)\\b",
            "\\bnot worth living\\b",
            "\\b(?:overdose|od on|slit my|hang myself|jump off (?:a|the) (?:bridge|roof|building))\\b",
            "\\btake all (?:my|the) pills\\b"));

    /** A threat from the ex, told of: to kill, hurt or beat them, to share their private photos, or a threat said so. */
    private static final Pattern THREAT = Pattern.compile(String.join("|",
            "\\b" + SUBJECT + " " + NOT_NEGATED + "(?:threatened|threatens) me\\b",
            "\\b(?:said|says|told me|threatened|threatens|swore|swears)(?: that)? (?:" + WOULD + "|to) (?:kill|hurt|beat) me\\b",
            "\\b(?:" + WOULD + ") (?:kill|hurt|beat) me\\b(?! (?:to|at|in|on)\\b)",
            IMAGES_THREATENED.pattern()));

    /** Violence, being followed or fear of the ex, said as what happened or what they fear (a threat is read apart). */
    private static final Pattern DANGER = Pattern.compile(String.join("|",
            "\\b" + SUBJECT + " " + NOT_NEGATED + "(?:hit|hits|hitting|punched|punches|slapped|slaps|kicked|kicks|choked"
                    + "|chokes|strangled|beat|beats|beating|shoved|raped|assaulted|attacked|stalks|stalked|stalking) me\\b"
                    + "(?! (?:to|at|in|on)\\b)",
            "\\b(?:been|keeps?|kept) (?:following|stalking|tracking) me\\b",
            "\\bfollow(?:s|ed|ing)? me (?:home|to work|to my|around|everywhere)\\b",
            "\\b(?:scared|afraid|terrified|frightened) of (?:him|her|them|my ex)\\b(?! (?:reaction|response|answer|answering"
                    + "|new|friends|family|mum|mom|dad|saying|finding|being|moving|seeing|getting|not|ignoring|replying"
                    + "|rejecting|judging|thinking|hating|laughing|leaving|forgetting)\\b)",
            "\\b(?:scared|afraid|terrified) (?:of )?what (?:he|she|they)(?:'ll|'d| will| would| might) do\\b",
            "\\b" + SUBJECT + " (?:scares|frightens|terrifies) me\\b",
            "\\b(?:domestic (?:violence|abuse)|abused me|abusive)\\b",
            THREAT.pattern()));

    private WordsOfCrisis() {
    }

    /** The concern the words say, self-harm first (the crisis line before all else); empty where they say none. */
    public static Optional<Concern> in(String text) {
        String said = plain(text);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        String read = FIGURES_OF_SPEECH.matcher(said).replaceAll(" ");
        for (Concern concern : List.of(Concern.SELF_HARM, Concern.DANGER)) {
            if ((concern == Concern.SELF_HARM ? SELF_HARM : DANGER).matcher(read).find()) {
                return Optional.of(concern);
            }
        }
        return Optional.empty();
    }

    /** Whether the words tell of a threat from the ex ("he said hed post my pics", "she threatened me"). */
    public static boolean toldOfAThreat(String text) {
        return THREAT.matcher(FIGURES_OF_SPEECH.matcher(plain(text)).replaceAll(" ")).find();
    }

    /** Whether the words tell of a threat to share their private photos or videos (what helps with it is said too). */
    public static boolean imagesThreatened(String text) {
        return IMAGES_THREATENED.matcher(plain(text)).find();
    }

    /** Lower case, curly apostrophes straight, everything else but letters, digits and apostrophes a space. */
    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]+", " ")
                .replaceAll("\\s+", " ").trim();
    }
}
