package org.nocontact.interview;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers to a safety question. Only a clear no ("no", "nope", "no I'm not", "not at all", "no lol") is a no;
 * every other answer ("sometimes", "maybe", "not sure", "I don't know", "kind of", a typo) takes the
 * safe path. An empty answer is no answer at all: the question is asked again.
 */
final class SafetyAnswers {
    /** Words that say no. A clear no has at least one of them... */
    private static final Set<String> NO = Set.of("n", "no", "nope", "nah", "not", "never", "don't", "dont",
            "haven't", "havent", "hasn't", "hasnt", "isn't", "isnt", "aren't", "arent", "doesn't", "doesnt", "none",
            "nothing", "nobody");
    /** ...and nothing but them and these, which add no doubt ("not sure", "no, but sometimes" are not a clear no). */
    private static final Set<String> PLAIN = Set.of("i", "i'm", "im", "am", "do", "does", "have", "has", "they",
            "he", "she", "we", "my", "ex", "there", "is", "it", "at", "all", "thanks", "thank", "you", "like", "that",
            "of", "course", "definitely", "absolutely", "certainly", "one", "any", "an", "a", "order", "totally",
            "honestly", "lol", "lmao", "lmfao", "haha", "hahaha", "ha", "xd");
    private static final Set<String> NEGATES = Set.of("not", "never", "isn't", "isnt", "aren't", "arent", "don't", "dont");
    /** Reassurance after a no keeps it a no ("no, I'm fine", "no im ok", "nah all good"), but not after not ("no, not fine"). */
    private static final Set<String> REASSURED = Set.of("fine", "ok", "okay", "k", "good", "alright", "safe");
    private static final Set<String> YES = Set.of("y", "yes", "yeah", "yep", "yup", "yes i am", "i am", "i do",
            "yes i do", "they have", "yes they have", "he has", "she has", "yes there is", "there is");

    /** Where people look at an ex's life online. */
    private static final Set<String> SOCIAL_MEDIA = Set.of("instagram", "insta", "ig", "facebook", "fb", "tiktok",
            "snapchat", "snap", "twitter", "x", "socials", "social", "media", "profile", "profiles", "stories", "story",
            "posts", "page", "feed", "linkedin", "whatsapp", "status", "online", "pics", "photos", "pictures");
    /**
     * Words that go past looking now and then: following, going there, tracking, or it being out of
     * their hands. With any of these the answer is the concern (or unclear), never a no.
     */
    private static final Set<String> BEYOND_LOOKING = Set.of("follow", "following", "followed", "drive", "driving",
            "drove", "house", "home", "place", "work", "outside", "wait", "waiting", "track", "tracking", "location",
            "gps", "find", "friends", "stop", "control", "obsessed", "obsessing", "obsessive", "hours", "constantly",
            "can't", "cant", "cannot", "always", "all", "fake", "account", "accounts", "watch", "watching", "stalk",
            "stalking", "hurt", "hurting", "kill", "die", "scared", "afraid", "unsafe", "hour", "hourly", "minute",
            "minutes", "nonstop", "addicted", "compulsively", "obsessively");
    /**
     * Words that say the person is not sure of their answer ("idk i keep checking her insta"): they
     * do not know whether it is only looking, so it is not read as a no.
     */
    private static final Set<String> UNSURE = Set.of("idk", "dunno", "unsure", "maybe", "kinda", "kind", "sorta",
            "sort", "guess", "perhaps", "probably", "sure", "know", "idek");

    private SafetyAnswers() {
    }

    /**
     * "yeah i keep checking her instagram lol": looking at their social media, and nothing that goes
     * past it (following them, tracking them, not being able to stop). Common after a breakup, and not
     * by itself the urge to follow or watch them. Checking every hour, or not knowing whether it is
     * more than looking ("idk i keep checking her insta"), is not a no: it may be out of their control.
     */
    static boolean isOnlyLookingOnline(String answer) {
        List<String> words = words(answer);
        return words.stream().anyMatch(SOCIAL_MEDIA::contains) && words.stream().noneMatch(BEYOND_LOOKING::contains)
                && words.stream().noneMatch(UNSURE::contains);
    }

    static boolean isClearNo(String answer) {
        List<String> words = words(answer).stream().map(SafetyAnswers::stretched).toList();
        if (words.isEmpty() || words.stream().noneMatch(NO::contains)) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean reassured = REASSURED.contains(word) && (i == 0 || !NEGATES.contains(words.get(i - 1)));
            if (!NO.contains(word) && !PLAIN.contains(word) && !reassured) {
                return false;
            }
        }
        return true;
    }

    /** A plain yes, as against an answer that is only not a clear no ("sometimes", "not sure"). */
    static boolean isClearYes(String answer) {
        return YES.contains(String.join(" ", words(answer)));
    }

    /**
     * A no typed long or short ("noo", "nooo", "na", "naah", "nopee") is the word itself; a typo
     * that could be something else ("nno", "np") is not.
     */
    private static String stretched(String word) {
        if (word.matches("no+")) {
            return "no";
        }
        if (word.matches("na+h*")) {
            return "nah";
        }
        return word.matches("nope+") ? "nope" : word;
    }

    private static List<String> words(String answer) {
        String plain = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]", " ").trim();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
    }
}
