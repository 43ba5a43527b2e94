package org.nocontact.interview;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers to a safety question. Only a clear no ("no", "nope", "no I'm not", "not at all") is a no;
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
            "of", "course", "definitely", "absolutely", "certainly", "one", "any", "an", "a", "order");
    private static final Set<String> YES = Set.of("y", "yes", "yeah", "yep", "yup", "yes i am", "i am", "i do",
            "yes i do", "they have", "yes they have", "he has", "she has", "yes there is", "there is");

    private SafetyAnswers() {
    }

    static boolean isClearNo(String answer) {
        List<String> words = words(answer);
        return !words.isEmpty() && words.stream().anyMatch(NO::contains)
                && words.stream().allMatch(w -> NO.contains(w) || PLAIN.contains(w));
    }

    /** A plain yes, as against an answer that is only not a clear no ("sometimes", "not sure"). */
    static boolean isClearYes(String answer) {
        return YES.contains(String.join(" ", words(answer)));
    }

    private static List<String> words(String answer) {
        String plain = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]", " ").trim();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
    }
}
