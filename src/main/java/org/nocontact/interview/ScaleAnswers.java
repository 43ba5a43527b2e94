package org.nocontact.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads one answer to the feelings asked together ("From 0 to 10, how angry, how sad and how
 * confident do you feel?"): a number for each in the order asked ("3, 5, 7", "3 5 7"), named
 * ("angry 3 sad 5 confident 7", "sad 8, rest idk"), one for all ("like a 7 for all"), or skip. A
 * feeling not said (or said as "idk", which asked alone is asked back too) is left out, to be asked
 * back alone where it matters. Anything it cannot place is asked back, never guessed.
 */
final class ScaleAnswers {
    /**
     * What an answer said: each feeling said, with its number (empty for skip), in the order asked; each said in
     * words only ("sad af"), with the numbers the words can mean; or the problem.
     */
    record Reading(Map<Key<OptionalInt>, OptionalInt> said, Map<Key<OptionalInt>, Rough> rough, Optional<String> problem) {
        static Reading problem(String text) {
            return new Reading(Map.of(), Map.of(), Optional.of(text));
        }

        /** Whether the feeling was said, as a number, a skip or in words. */
        boolean says(Key<OptionalInt> feeling) {
            return said.containsKey(feeling) || rough.containsKey(feeling);
        }
    }

    /**
     * A feeling said in words, with no number: the numbers they can mean ("sad af": 8 to 10). Taken only where the
     * rules give the same advice for all of them, so no number is guessed where it matters.
     */
    record Rough(int low, int high) {
        /** As it would be typed alone, a range ("8 to 10"), read as any range of numbers is. */
        String typed() {
            return low + " to " + high;
        }
    }

    /** The feelings by the words people use for them, each replaced by its own mark. */
    private static final Map<Key<OptionalInt>, Pattern> NAMES = Map.of(
            Key.ANGER, Pattern.compile("\\b(?:angry|anger|angriness|mad|pissed off|pissed|furious)\\b"),
            Key.SADNESS, Pattern.compile("\\b(?:sad|sadness|sadder|heartbroken)\\b"),
            Key.CONFIDENCE, Pattern.compile("\\b(?:confident|confidence|self esteem|self-esteem|sure of myself)\\b"));
    private static final String A_FEELING = "(angry|anger|mad|pissed off|pissed|furious|sad|sadness|heartbroken|confident"
            + "|confidence|self esteem|self-esteem)";
    /** Not said after the words for a feeling: a number, which says how much better than the words ("really sad, like 8"). */
    private static final String NO_NUMBER_AFTER = "(?! (?:(?:like|about|around|maybe|prob|probably|a|an|at|is|i'd say"
            + "|i guess|say|solid|right now|tbh|lol|honestly|af|asf) )*\\d)";
    /** A feeling denied ("not angry", "not sad at all", "zero confidence"): 0. */
    private static final Pattern NOT_AT_ALL = Pattern.compile("\\b(?:not at all|not even|not|no|zero) " + A_FEELING
            + "(?: at all)?\\b" + NO_NUMBER_AFTER);
    /** A little of a feeling ("a bit sad", "not really angry", "barely confident"): 1 to 3. */
    private static final Pattern A_LITTLE = Pattern.compile("\\b(?:not really|not very|not that|not too|not so|barely"
            + "|hardly|a little bit|a little|a bit|slightly|mildly|only a little) " + A_FEELING + "\\b" + NO_NUMBER_AFTER);
    /** A lot of a feeling ("sad af", "so mad", "really really sad", "angry as hell"): 8 to 10. */
    private static final Pattern A_LOT = Pattern.compile("\\b(?:(?:so|very|really|super|extremely|incredibly|hella"
            + "|insanely|crazy|fucking|fking|damn|so fucking|so damn)(?: so| very| really| fucking| damn)? " + A_FEELING
            + "|" + A_FEELING + " (?:af|asf|as fuck|as hell|as heck))\\b" + NO_NUMBER_AFTER);

    private static final Map<String, Key<OptionalInt>> MARKS = Map.of("#anger", Key.ANGER, "#sadness", Key.SADNESS,
            "#confidence", Key.CONFIDENCE);

    /** "idk", "not sure": not said (asked back alone, as a feeling asked alone is). */
    private static final Pattern UNSURE = Pattern.compile(
            "\\b(?:i don't know|i dont know|not sure|no idea|dunno|unsure|no clue|i'm not sure|who knows)\\b");
    private static final Pattern SKIP = Pattern.compile(
            "\\b(?:i'd rather not say|rather not say|prefer not to say|i'd rather not|rather not|skip|pass)\\b");
    /** The feelings not named ("the rest", "the others") or all of them ("for all", "across the board"). */
    private static final Pattern REST = Pattern.compile("\\b(?:for )?(?:the rest(?: of them)?|rest(?: of them)?"
            + "|everything else|the others|others|the other two|other two|the other one|the other|other one|all of them"
            + "|all three|all 3 of them|each of them|each one|each|both of them|both|across the board|all round"
            + "|all around|everything|every one|all)\\b");
    /** Words around the numbers that do not change them. */
    private static final Pattern FILLER = Pattern.compile("\\b(?:a bit|a little|kind of|sort of|out of ten|i'd say"
            + "|right now|or so|i guess|i think|i'm|i am|i feel|um+|uh+|hmm+|well|like|about|around|maybe|prob|probably"
            + "|roughly|approx|a|an|solid|lol|lmao|haha|tbh|honestly|im|feeling|feel|pretty|at|is|are|and|but|then|so"
            + "|say|on|for|my|the|rn|now|ish|of|in|that|order|respectively|very|really|super|quite|kinda|af|asf|just)\\b");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

    private ScaleAnswers() {
    }

    /** How a feeling is named when the answer is said back ("angry 3"). */
    static String name(Key<?> feeling) {
        return feeling == Key.ANGER ? "angry" : feeling == Key.SADNESS ? "sad" : "confident";
    }

    /** Reads what was typed for the feelings {@code listed}, in the order they were asked. */
    static Reading read(List<Key<OptionalInt>> listed, String typed) {
        List<String> tokens = tokens(typed);
        if (typed.isBlank() || tokens.equals(List.of("skip"))) { // Enter skips, as it does a feeling asked alone
            Map<Key<OptionalInt>, OptionalInt> skipped = new LinkedHashMap<>();
            listed.forEach(feeling -> skipped.put(feeling, OptionalInt.empty()));
            return new Reading(skipped, Map.of(), Optional.empty());
        }
        if (tokens.isEmpty() || tokens.stream().allMatch("?"::equals)) {
            return Reading.problem("That's all right: a rough number for each is fine, or skip.");
        }
        Optional<String> unread = tokens.stream().filter(t -> !isValue(t) && !MARKS.containsKey(t) && !t.equals("rest"))
                .findFirst();
        if (unread.isPresent()) {
            return Reading.problem(howToAnswer(listed, "I couldn't place \"" + unread.get().replace("#", "") + "\"."));
        }
        Optional<String> outOfRange = tokens.stream().filter(t -> t.matches("\\d+") && Integer.parseInt(t) > 10).findFirst();
        if (outOfRange.isPresent()) {
            return Reading.problem(howToAnswer(listed, "Each is from 0 to 10."));
        }
        boolean named = tokens.stream().anyMatch(t -> MARKS.containsKey(t) || t.equals("rest"));
        Optional<Map<Key<OptionalInt>, String>> said = named ? paired(listed, tokens) : inOrder(listed, tokens);
        if (said.isEmpty()) {
            return Reading.problem(howToAnswer(listed, "I couldn't tell which number goes with which feeling."));
        }
        Reading reading = reading(said.get());
        if (reading.said().isEmpty() && reading.rough().isEmpty()) {
            return Reading.problem("That's all right: a rough number for each is fine, or skip.");
        }
        return reading;
    }

    /** Each feeling's value as a token: a number or skip is said, words are rough, "?" (not sure) is neither. */
    private static Reading reading(Map<Key<OptionalInt>, String> values) {
        Map<Key<OptionalInt>, OptionalInt> said = new LinkedHashMap<>();
        Map<Key<OptionalInt>, Rough> rough = new LinkedHashMap<>();
        values.forEach((feeling, value) -> {
            if (value.equals("skip")) {
                said.put(feeling, OptionalInt.empty());
            } else if (value.startsWith("~")) {
                String[] ends = value.substring(1).split("-");
                rough.put(feeling, new Rough(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
            } else if (!value.equals("?")) {
                said.put(feeling, OptionalInt.of(Integer.parseInt(value)));
            }
        });
        return new Reading(said, rough, Optional.empty());
    }

    /** The words as marks: a feeling's name, "rest", "skip", "?" (not sure), a number; fillers dropped. */
    private static List<String> tokens(String typed) {
        String text = Everyday.words(typed).replaceAll("(\\d{1,2}) ?(?:/|out of) ?10\\b", "$1")
                .replaceAll("(\\d)(?:-| )?ish\\b", "$1");
        text = AnswerReader.plain(text).replace("i don't know", " ? ");
        text = A_LITTLE.matcher(text).replaceAll(" $1 ~1-3 "); // before "not": "not really angry" is a little
        text = NOT_AT_ALL.matcher(text).replaceAll(" $1 0 ");
        text = A_LOT.matcher(text).replaceAll(m -> " " + (m.group(1) != null ? m.group(1) : m.group(2)) + " ~8-10 ");
        for (Map.Entry<Key<OptionalInt>, Pattern> name : NAMES.entrySet()) {
            text = name.getValue().matcher(text).replaceAll(" #" + name.getKey().toString().replace("emotions.", "") + " ");
        }
        text = UNSURE.matcher(text).replaceAll(" ? ")
                .replaceAll("(#\\w+) +\\? +(\\d+)", "$1 $2"); // "confident idk 3?": a guess, said after the name
        text = SKIP.matcher(text).replaceAll(" skip ");
        text = REST.matcher(text).replaceAll(" rest ");
        text = FILLER.matcher(text).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        for (String word : text.trim().split("[\\s,;/]+")) {
            if (!word.isEmpty()) {
                tokens.add(WORDS.containsKey(word) ? String.valueOf(WORDS.get(word)) : word);
            }
        }
        return tokens;
    }

    private static boolean isValue(String token) {
        return token.matches("\\d+|~\\d+-\\d+") || token.equals("skip") || token.equals("?");
    }

    /** A number for each, in the order asked ("3, 5, 7"): exactly one each, or nothing is taken. */
    private static Optional<Map<Key<OptionalInt>, String>> inOrder(List<Key<OptionalInt>> listed, List<String> values) {
        if (values.size() != listed.size()) {
            return Optional.empty();
        }
        Map<Key<OptionalInt>, String> said = new LinkedHashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            said.put(listed.get(i), values.get(i));
        }
        return Optional.of(said);
    }

    /**
     * Each feeling named with its number, the name before it ("angry 3 sad 5") or after it ("3 angry, 5
     * sad"), as the answer starts; "rest" for those not named. A name or a number left without its pair,
     * or a feeling named twice, places nothing.
     */
    private static Optional<Map<Key<OptionalInt>, String>> paired(List<Key<OptionalInt>> listed, List<String> tokens) {
        if (tokens.size() % 2 != 0) {
            return Optional.empty();
        }
        boolean nameFirst = !isValue(tokens.get(0));
        Map<Key<OptionalInt>, String> named = new LinkedHashMap<>();
        Optional<String> rest = Optional.empty();
        for (int i = 0; i < tokens.size(); i += 2) {
            String subject = tokens.get(nameFirst ? i : i + 1);
            String value = tokens.get(nameFirst ? i + 1 : i);
            if (isValue(subject) || !isValue(value)) {
                return Optional.empty();
            }
            if (subject.equals("rest")) {
                if (rest.isPresent()) {
                    return Optional.empty();
                }
                rest = Optional.of(value);
            } else if (named.put(MARKS.get(subject), value) != null) {
                return Optional.empty();
            }
        }
        Map<Key<OptionalInt>, String> said = new LinkedHashMap<>();
        for (Key<OptionalInt> feeling : listed) {
            said.put(feeling, named.containsKey(feeling) ? named.get(feeling) : rest.orElse("?"));
        }
        return Optional.of(said);
    }

    /** What to say when an answer cannot be read: what went wrong, then how to answer. */
    private static String howToAnswer(List<Key<OptionalInt>> listed, String what) {
        List<String> names = listed.stream().map(ScaleAnswers::name).toList();
        String example = String.join(", ", List.of("3", "5", "7").subList(0, listed.size()));
        return what + " Please give a number from 0 to 10 for each, in order (" + String.join(", ", names) + "), like "
                + example + "; or name them, like " + names.get(names.size() - 1) + " 5; or skip.";
    }
}
