package org.nocontact.interview;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nocontact.advice.Country;
import org.nocontact.advice.HelpLines;

/**
 * Whether an answer says their ex has died ("he passed away last year", "none of those, he died", "post on his
 * memorial page"), wherever it is typed. Then none of the advice fits: it is for an ex who is alive. "Dead" in
 * another sense ("im dead inside", "hes dead to me", "the convo is dead") is not it, nor is someone else's death
 * ("her mum passed away", "my grandma was ill for years and she passed away"). "Hes gone" alone could mean either, so it is asked back once.
 */
public final class TheyDied {
    /** What an answer says of it. */
    enum Said { DIED, MAYBE, NOTHING }

    /** The ex, as the subject of what happened to them: "he", "she", "my ex", "hes" ("he's" without its apostrophe). */
    private static final String THE_EX = "(?:he|she|they|my ex|ex|my ex boyfriend|my ex girlfriend|my ex husband|my ex wife"
            + "|my ex partner|hes|shes|theyre|theyve)";
    /** What may stand between them and the word: "he has", "she sadly", "he just". */
    private static final String BETWEEN = "(?:\\s+(?:is|was|has|had|have|are|were|just|sadly|recently|suddenly|actually"
            + "|unfortunately|tragically|already|got|been))*";
    /** The end of what was said about them: the line's end, a stop, or when ("last year", "in march", "2 years ago"). */
    private static final String SAID_THEN = "(?=\\s*(?:$|[.,!;:?)]|last|in\\b|a\\b|an\\b|one|two|three|four|five|six"
            + "|\\d|recently|earlier|this|after|before|since|when|over|years?\\b|months?\\b|weeks?\\b|sadly|now\\b))";

    private static final Pattern DIED = Pattern.compile("\\b" + THE_EX + BETWEEN + "\\s+(?:died|passed away|passed on"
            + SAID_THEN + "|passed" + SAID_THEN + "|killed|dead" + SAID_THEN + ")"
            // their death, or what follows it: "his funeral", "her grave", "his memorial page" (not "memorial day")
            + "|\\b(?:his|her|their)\\s+(?:death|passing|funeral|grave|gravestone|graveside|headstone|burial|ashes"
            + "|obituary)\\b"
            + "|\\b(?:his|her|their|the|a)\\s+memorial\\b(?!\\s+(?:day|hospital|park|stadium|hall|library|center|centre))"
            + "|\\b(?:since|after|before|when)\\s+(?:he|she|they)\\s+(?:died|passed)\\b");

    /** "hes gone", "she's gone.", "none. hes gone": gone could mean died or left; "hes gone quiet" is neither. */
    private static final Pattern GONE = Pattern.compile("\\b" + THE_EX + BETWEEN + "\\s+gone(?=\\s*(?:$|[.,!;:?)]|now\\b))"
            + "|\\b(?:no longer|not) with us\\b");

    private TheyDied() {
    }

    /**
     * Someone else named before "he", "she" or "they" ("my grandma was ill for years and she passed away", "we had a
     * dog, he died in march"): the word may be about them, so it is not taken as the ex's death.
     */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(?:mum|mom|mother|mama|dad|father|papa|parents?"
            + "|grandma|grandmother|gran|granny|nan|nana|nanna|grandpa|grandad|granddad|grandfather|grandparents?|aunt|auntie"
            + "|aunty|uncle|cousin|brother|sister|sibling|son|daughter|baby|kid|child|friend|bestie|bff|colleague|coworker"
            + "|boss|neighbou?r|teacher|dog|cat|pet|puppy|kitten|horse|rabbit|hamster|parrot|bird)s?\\b");

    /** An ex named as such ("my ex died"), not by "he" or "she". */
    private static final Pattern NAMED_AS_THE_EX = Pattern.compile("(?:my )?ex\\b.*");

    static Said in(String typed) {
        String words = typed.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'", "").replaceAll("\\s+", " ").trim();
        Matcher died = DIED.matcher(words);
        while (died.find()) {
            if (NAMED_AS_THE_EX.matcher(died.group()).matches() || !SOMEONE_ELSE.matcher(words.substring(0, died.start())).find()) {
                return Said.DIED;
            }
        }
        return GONE.matcher(words).find() ? Said.MAYBE : Said.NOTHING;
    }

    /** Said after a safety screen, where an answer also said they have died. */
    static final String AFTER_A_SAFETY_STOP = "I'm so sorry for your loss. Remembering them is not contact: it is yours "
            + "to do, in the way you need. A grief counsellor, or someone you trust, can help you carry it.";

    /** Said where a safety answer said they died and was no clear no: the question is asked once more. */
    static final String SAFETY_ASKED_AGAIN = "I hear you. So that I know you are safe now, please answer this one "
            + "with a yes or a no.";

    /** Asked back where "gone" could mean either. */
    static final String ASKED_BACK = "Do you mean they have died? Type yes, or no if they are alive.";

    /**
     * What is said then, in place of a verdict: the questions stop, gently, and say that the advice is for an ex who
     * is alive, that remembering them is theirs to do, and who can help; the crisis line as the safety screens give it.
     */
    public static String screen(Optional<Country> where) {
        return """
                I'm so sorry for your loss. I'll stop the questions here.

                This advice is for an ex who is alive. None of it fits what you are going through.
                Remembering them is not contact. On their birthday or any day, it is yours to do, in the way you need.
                Grief for an ex can be lonely: others may not see what you lost. A grief counsellor, or someone you \
                trust, can help you carry it.
                """ + "If it ever feels like too much to bear, a crisis line is there: " + HelpLines.builtIn().crisisLine(where)
                + ".\n";
    }
}
