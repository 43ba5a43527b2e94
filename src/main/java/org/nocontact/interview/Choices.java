package org.nocontact.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A choice found in a sentence ("she dumped me", "text her happy valentines"), and the nearest
 * choices to ask back with when an answer is not one ("Did you mean ...?").
 */
final class Choices {
    /** Words too small or too common to pick a choice out of a sentence on their own. */
    private static final Set<String> TOO_COMMON = Set.of("no", "n", "i", "me", "we", "he", "she", "they", "them", "ex",
            "my ex", "both", "back", "see", "feel", "post", "story", "answer", "things", "wish", "greet", "together",
            "y", "yes", "none", "today", "just today", "feelings", "friend", "friends", "nope", "nah", "not really");
    /** Words that begin what they asked or said ("he asked when ..."). */
    private static final Pattern THEY_SAID = Pattern.compile(
            " (?:they|she|he|my ex)(?: just)? (?:asked|said|texted|messaged|wrote|wants to know|wanted to know) ");
    /** Below this many characters a name is matched only as the whole answer. */
    private static final int SHORTEST = 3;

    private Choices() {
    }

    /**
     * The choices named in the answer as whole words: one when the sentence says one thing, several
     * when it names two ("call or text her": then it is asked back). A name inside a longer name
     * found ("text them" in "text them back") does not count. A thing named to get back ("get my ps5 back", "its still
     * at hers", "my charger") is belongings ({@link Belongings}).
     */
    static <T> List<Option<T>> within(List<Option<T>> options, String plain) {
        List<Option<T>> named = namedIn(options, plain);
        String stuff = Belongings.saidAsStuff(plain);
        // "get my ps5 back": read as "get my stuff back" only where the words name none of the choices as they are (so
        // never for one choice alone: "our lease" names a home, not a thing)
        return named.isEmpty() && options.size() > 1 && !stuff.equals(plain) ? namedIn(options, stuff) : named;
    }

    /** The choices named in the answer as they are, with no thing read as belongings. */
    static <T> List<Option<T>> namedIn(List<Option<T>> options, String plain) {
        String padded = " " + plain + " ";
        List<Map.Entry<Option<T>, String>> found = new ArrayList<>();
        for (Option<T> option : options) {
            List<String> names = new ArrayList<>(option.names());
            names.add(AnswerReader.plain(option.label()));
            for (String name : names) {
                if (name.length() >= SHORTEST && !TOO_COMMON.contains(name) && padded.contains(" " + name + " ")) {
                    found.add(Map.entry(option, name));
                }
            }
        }
        List<Option<T>> named = found.stream()
                .filter(f -> found.stream().noneMatch(longer -> longer.getValue().length() > f.getValue().length()
                        && (" " + longer.getValue() + " ").contains(" " + f.getValue() + " ")))
                .map(Map.Entry::getKey).distinct().toList();
        return named.size() < 2 ? named : yoursBeforeTheirs(named, found, padded);
    }

    /**
     * "reply to him, he asked when i can drop off his jacket": a choice named only in what they asked or said is their
     * words; where a choice is named before them, that one is what the person said.
     */
    private static <T> List<Option<T>> yoursBeforeTheirs(List<Option<T>> named, List<Map.Entry<Option<T>, String>> found,
                                                         String padded) {
        Matcher theirs = THEY_SAID.matcher(padded);
        if (!theirs.find()) {
            return named;
        }
        int from = theirs.start();
        List<Option<T>> before = named.stream().filter(o -> found.stream()
                .anyMatch(f -> f.getKey() == o && padded.indexOf(" " + f.getValue() + " ") < from)).toList();
        return before.isEmpty() ? named : before;
    }

    /** The choices whose names are a typo or two away from the answer ("textt", "emial"), nearest first. */
    static <T> List<Option<T>> nearest(List<Option<T>> options, String plain) {
        if (plain.length() < SHORTEST) {
            return List.of();
        }
        int allowed = Math.max(1, (plain.length() + 1) / 3);
        return options.stream()
                .filter(o -> distance(o, plain) <= allowed)
                .sorted(Comparator.comparingInt(o -> distance(o, plain)))
                .limit(2).toList();
    }

    private static int distance(Option<?> option, String plain) {
        int best = Integer.MAX_VALUE;
        for (String name : option.names()) {
            best = Math.min(best, edits(name, plain));
        }
        return Math.min(best, edits(AnswerReader.plain(option.label()), plain));
    }

    /** "Did you mean "send a text" (1) or "send an email" (3)? Type its number, or another from 1 to 8." */
    static <T> String didYouMean(List<Option<T>> options, List<Option<T>> nearest) {
        String which = nearest.stream().map(o -> "\"" + o.label() + "\" (" + (options.indexOf(o) + 1) + ")")
                .collect(Collectors.joining(" or "));
        return nearest.size() == 1
                ? "Did you mean " + which + "? Type yes, or the number of another choice from 1 to " + options.size() + "."
                : "Did you mean " + which + "? Type its number, or another from 1 to " + options.size() + ".";
    }

    /** Levenshtein distance, for short answers only (at most 200 characters reach here). */
    static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
