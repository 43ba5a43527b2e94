package org.nocontact.interview;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nocontact.interview.AnswerReader.Parsed;
import org.nocontact.situation.Tie;
import org.nocontact.text.Texts;

/** Reads answers to questions with options: one choice, or several ties ("children, pets", "we share a flat"). */
final class ChoiceAnswers {
    private ChoiceAnswers() {
    }

    /** One option, by its number or its words, near words read back, or a question back naming the nearest. */
    static <T> Parsed<T> choice(Choice<T> choice, String text) {
        List<Option<T>> options = choice.options();
        if (text.isEmpty()) {
            if (choice.defaultValue().isPresent()) {
                T value = choice.defaultValue().get();
                return options.stream().filter(o -> o.value().equals(value)).findFirst()
                        .map(o -> Parsed.ok(o.value(), o.label())).orElse(Parsed.ok(value, ""));
            }
            return Parsed.problem(choicesHint(options));
        }
        if (Set.of("yes", "y", "yeah", "yep").contains(AnswerReader.plain(text)) && options.get(0).names().contains("no")) {
            return Parsed.problem("Which one? Please choose a number from 2 to " + options.size() + ".");
        }
        Optional<Option<T>> exact = option(options, text);
        if (exact.isPresent()) {
            return Parsed.ok(exact.get().value(), exact.get().label());
        }
        Optional<Parsed<T>> numbered = numberWithWords(options, text);
        if (numbered.isPresent()) {
            return numbered.get();
        }
        if (options.get(0).names().contains("no") && YesNoAnswers.saysNo(text)) {
            // "none", "nothing", "never", "not at all": a no in everyday words is the "no" choice
            return Parsed.ok(options.get(0).value(), options.get(0).label());
        }
        // "its my birthday tomorrow actually": the person's own day names none of their days
        String words = MY_DAY.matcher(NO_REPLY.matcher(AnswerReader.plain(text)).replaceAll(" ")).replaceAll(" ");
        List<Option<T>> within = Choices.within(options, words);
        Option<T> noChoice = options.get(0);
        if (noChoice.names().contains("no") && LEADING_NO.matcher(AnswerReader.plain(text)).lookingAt() && within.size() == 1
                && HARD_DAY.matcher(AnswerReader.plain(text)).find()
                && within.get(0) != noChoice && !denied(AnswerReader.plain(text), within.get(0))) { // "no, christmas is just hard": a no, and a hard day named: both asked back
            return Parsed.problem(Choices.didYouMean(options, List.of(noChoice, within.get(0))));
        }
        if (noChoice.names().contains("no") && within.isEmpty() && MY_DAY.matcher(AnswerReader.plain(text)).find()) {
            return Parsed.ok(noChoice.value(), noChoice.label()).saying("Read as: " + noChoice.label() + ".");
        }
        List<Option<T>> kept = within.stream().filter(o -> !denied(AnswerReader.plain(text), o)).toList();
        if (kept.size() == 1 && kept.size() < within.size()) {
            // "i dont want to get back together i just want closure": the choice left once the denied one is set aside
            return Parsed.ok(kept.get(0).value(), kept.get(0).label()).saying("Read as: " + kept.get(0).label() + ".");
        }
        if (within.stream().anyMatch(o -> denied(AnswerReader.plain(text), o))) {
            // "no he didnt block me", "she never blocked me": a choice's words, denied, are not that choice
            Option<T> first = options.get(0);
            boolean no = first.names().contains("no") && LEADING_NO.matcher(AnswerReader.plain(text)).lookingAt();
            if (no) {
                return Parsed.ok(first.value(), first.label()).saying("Read as: " + first.label() + ".");
            }
            // "he never blocked me": the nearest reading is no, asked back (they may still have asked for no contact)
            return first.names().contains("no") ? Parsed.suggesting(Choices.didYouMean(options, List.of(first)), first.label())
                    : Parsed.problem(notThatOne(options, within, AnswerReader.plain(text)));
        }
        if (within.isEmpty() && options.get(0).names().contains("no") && YesNoAnswers.leadingNo(AnswerReader.plain(text))) {
            // "no its just 2am": a no first, with a reason that names no other choice, is the "no" choice
            Option<T> no = options.get(0);
            return Parsed.ok(no.value(), no.label()).saying("Read as: " + no.label() + ".");
        }
        if (within.size() == 1) {
            Option<T> o = within.get(0);
            return Parsed.ok(o.value(), o.label()).saying("Read as: " + o.label() + ".");
        }
        if (within.isEmpty() && NamedTogether.saysBoth(text) && options.stream().noneMatch(o -> o.names().contains("both"))) {
            // "both tbh": where no choice is "both" (as "we decided together" is), one is still needed
            return Parsed.problem(NamedTogether.oneNeeded(options.size()));
        }
        List<Option<T>> together = within.isEmpty() ? numbersNamed(options, AnswerReader.plain(text), text) : List.of();
        if (together.size() > 1) { // "idk kinda 2 and 3": one is needed, so those two are asked back
            return Parsed.problem(Choices.didYouMean(options, together));
        }
        List<Option<T>> nearest = within.isEmpty() ? Choices.nearest(options, AnswerReader.plain(text)) : within;
        if (nearest.isEmpty() && HARD_TO_SAY.matcher(AnswerReader.plain(text)).find()) {
            // "idk its complicated" where no choice is "not sure": the nearest is enough, said kindly
            return Parsed.problem("That's all right: it can be hard to say. Which is nearest? Type its number, from 1 to "
                    + options.size() + ".");
        }
        if (nearest.size() == 1) {
            return Parsed.suggesting(Choices.didYouMean(options, nearest), nearest.get(0).label());
        }
        return Parsed.problem(nearest.isEmpty() ? choicesHint(options) : Choices.didYouMean(options, nearest));
    }

    /**
     * A choice read out of an answer in doubt ("idk my feelings i guess", "prob a text"), or out of
     * words it does not have ("co-parenting" is "to move on", "get back w her" to get back together): said back,
     * so a reading the person did not mean is seen and can be changed. A number or the choice's own words are
     * taken silently.
     */
    static <T> Parsed<T> saidBack(Parsed<T> parsed, String text) {
        if (text.isBlank() || parsed.value().isEmpty() || parsed.note().isPresent() || parsed.shown().isEmpty()) {
            return parsed;
        }
        String plain = AnswerReader.plain(text);
        String answer = AnswerReader.plain(AnswerReader.unhedged(text));
        boolean inDoubt = !plain.equals(answer) && DOUBT.matcher(" " + plain + " ").find();
        Set<String> label = Set.copyOf(Arrays.asList(AnswerReader.plain(parsed.shown()).split(" ")));
        boolean plainNo = label.contains("no") && SafetyAnswers.isClearNo(answer); // "nah" for "no": nothing to say back
        // "get back w her": any word the choice does not have is a reading to say back; only its own words are taken silently
        boolean otherWords = !answer.matches("\\d+") && !plainNo
                && !label.containsAll(Arrays.asList(withoutArticle(answer).split(" ")));
        return inDoubt || otherWords ? parsed.saying("Read as: " + parsed.shown() + ".") : parsed;
    }

    /**
     * "idk maybe get back together": a choice said after doubt, where "not sure" is a choice too, is asked back with
     * both ("Did you mean "to get back together" (1) or "I'm not sure" (4)?"), never read as sure; "i think", "prob"
     * or "i guess" after it ("stay friends i guess") is not doubt before the choice, and is said back as before.
     */
    static <T> Parsed<T> unsureFirst(List<Option<T>> options, Parsed<T> parsed, String text) {
        Optional<Option<T>> unsure = options.stream().filter(o -> o.names().contains("idk")).findFirst();
        Optional<Option<T>> chosen = parsed.value().flatMap(v -> options.stream().filter(o -> o.value().equals(v)).findFirst());
        if (unsure.isEmpty() || chosen.isEmpty() || chosen.equals(unsure)
                || !DOUBT_FIRST.matcher(AnswerReader.plain(text)).lookingAt()) {
            return parsed;
        }
        List<Option<T>> both = options.stream().filter(o -> o == chosen.get() || o == unsure.get()).toList();
        return Parsed.problem(Choices.didYouMean(options, both));
    }

    /** Doubt said before the answer: "idk maybe ...", "not sure, prob ...", "honestly i don't know, part of me ...". */
    private static final Pattern DOUBT_FIRST = Pattern.compile(
            "(?:(?:honestly|tbh|um|umm|hmm|well|like|so|ugh|lol) )*(?:i don't know|i dont know|not sure|i'm not sure"
                    + "|im not sure|maybe|dunno|no idea|no clue|i guess|part of me|unsure|i'm confused|confused)\\b");

    /** Their silence ("i texted him, no reply"): they did not answer, so it names no reply of the person's own. */
    private static final Pattern NO_REPLY = Pattern.compile("\\b(?:no|without a|never got a|didn't get a|didnt get a)"
            + " (?:reply|replies|response|answer)(?: back)?\\b");

    /** Words that say the answer is hard to give ("idk its complicated", "hard to say tbh"). */
    private static final Pattern HARD_TO_SAY = Pattern.compile(
            "^(?:i don't know|i dont know|not sure|i'm not sure|im not sure|dunno|no idea|no clue|unsure)\\b"
                    + "|^(?:maybe|perhaps|possibly|hmm+|maybe i don't know|maybe not sure|kind of|sort of|i guess)$"
                    + "|\\b(?:it's complicated|its complicated|complicated|hard to say|hard to explain|it's messy|its messy)\\b");

    /** Hedges that say the person is not sure of what follows or went before. */
    private static final Pattern DOUBT = Pattern.compile(
            " (?:i don't know|i guess|i think|maybe|probably|prob|i'd say|not sure|idk|or something|or so) ");

    private static <T> Optional<Option<T>> option(List<Option<T>> options, String text) {
        String plain = AnswerReader.plain(text);
        try {
            int number = Integer.parseInt(plain);
            return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            // not a number: try the words
        }
        String stripped = withoutArticle(plain);
        for (String words : List.of(plain, stripped, beforeAbout(stripped))) {
            for (Option<T> o : options) {
                if (AnswerReader.plain(o.label()).equals(words) || o.names().contains(words)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** A choice's number with words after it: "1. its about biscuit our dog", "2 - we have kids", "4) a letter". */
    private static final Pattern NUMBER_THEN_WORDS = Pattern.compile("(\\d{1,2})\\s*(?:[.):,-]+\\s*|\\s+)(\\p{L}.*)");
    /** Words that make the number a count, a time or a range ("2 weeks ago", "3 of them", "1 or 2"), not a choice. */
    private static final Pattern NOT_A_CHOICE = Pattern.compile("(?:days?|weeks?|months?|years?|hours?|mins?|minutes?"
            + "|times?|texts?|messages?|am|pm|of|or|and|to|maybe|st|nd|rd|th|ish|x|out)\\b.*|.*\\d.*");

    /**
     * "1. its about biscuit our dog": the number is the choice where the words after it name no other choice (they
     * may say more, heard for the questions they answer), said back; "1 call her" names another, so both are asked
     * back, never one guessed. Empty where the answer does not start with a choice's number.
     */
    private static <T> Optional<Parsed<T>> numberWithWords(List<Option<T>> options, String text) {
        Matcher lead = NUMBER_THEN_WORDS.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!lead.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(lead.group(1));
        String words = AnswerReader.plain(lead.group(2));
        if (number < 1 || number > options.size() || words.isEmpty() || NOT_A_CHOICE.matcher(words).matches()) {
            return Optional.empty();
        }
        Option<T> chosen = options.get(number - 1);
        List<Option<T>> named = Choices.within(options, words);
        if (denied(words, chosen) || !named.isEmpty() && !named.contains(chosen)) {
            List<Option<T>> both = options.stream().filter(o -> o == chosen || named.contains(o) && !denied(words, o)).toList();
            return Optional.of(both.size() > 1 ? Parsed.problem(Choices.didYouMean(options, both))
                    : Parsed.problem(choicesHint(options)));
        }
        return Optional.of(Parsed.ok(chosen.value(), chosen.label()).saying("Read as: " + chosen.label() + "."));
    }

    /** Numbers of choices said together ("2 and 3", "2 or 3", "2/3"), and nothing they could count ("2 or 3 weeks"). */
    private static final Pattern NUMBERS_TOGETHER = Pattern.compile("(?:^|.*?\\s)(\\d{1,2})\\b(?:(?:\\s*(?:,|and|or|&|/|\\+"
            + "|maybe|or maybe)\\s*|\\s+)(\\d{1,2})\\b)+(?:\\s+(?:i guess|i think|maybe|tbh|lol|probably|prob|i don't know|both))*");

    /** The choices whose numbers are said together where one is asked for: each, in the order listed; empty if not so. */
    private static <T> List<Option<T>> numbersNamed(List<Option<T>> options, String plain, String typed) {
        if (!NUMBERS_TOGETHER.matcher(plain).matches() || DECIMAL.matcher(typed).find()) { // "1.5" is no two choices
            return List.of();
        }
        List<Integer> numbers = Pattern.compile("\\d+").matcher(plain).results().map(m -> Integer.parseInt(m.group())).toList();
        if (numbers.stream().anyMatch(n -> n < 1 || n > options.size())) {
            return List.of();
        }
        return options.stream().filter(o -> numbers.contains(options.indexOf(o) + 1)).toList();
    }

    /** "text them about the kids": what is done, without what it is about (that is another question). */
    private static String beforeAbout(String plain) {
        int about = plain.indexOf(" about ");
        return about > 0 ? plain.substring(0, about) : plain;
    }

    /** "a text", "an email", "to move on", "my feelings": the words without the little word in front. */
    private static String withoutArticle(String plain) {
        for (String article : List.of("a ", "an ", "the ", "to ", "my ", "some ", "i want to ", "i'd like to ", "i need to ",
                "i have to ", "it's ", "its ", "it is ")) {
            if (plain.startsWith(article)) {
                return plain.substring(article.length());
            }
        }
        return plain;
    }

    /**
     * "i dont want her back" where no choice is "no": the denied choice said back, and the others offered, never a
     * hint whose example is the very choice denied.
     */
    private static <T> String notThatOne(List<Option<T>> options, List<Option<T>> within, String plain) {
        List<Option<T>> denied = within.stream().filter(o -> denied(plain, o)).toList();
        List<Option<T>> others = options.stream().filter(o -> !denied.contains(o)).toList();
        String not = denied.stream().map(o -> "\"" + o.label() + "\"").collect(Collectors.joining(" or "));
        return "Not " + not + ", then. " + Choices.didYouMean(options, others);
    }

    /**
     * The hint names a choice as it is shown, never an internal name: "not sure" where it is a choice (a person may
     * have just said they do not want any of the others, as "i dont want her back" does), else the first.
     */
    private static String choicesHint(List<? extends Option<?>> options) {
        Option<?> example = options.stream().<Option<?>>map(o -> o).filter(o -> o.names().contains("idk")).findFirst()
                .orElse(options.get(0));
        return "Please choose a number from 1 to " + options.size() + " (or type the words of a choice, such as \""
                + example.label() + "\").";
    }

    private static final Pattern LEADING_NO = Pattern.compile("(?:no|nah|nope|naw)\\b");
    /** A day named as hard to get through ("christmas is just hard"), not as what the plan is for. */
    private static final Pattern HARD_DAY = Pattern.compile("\\b(?:is|are|was|feels|gets)(?: just| really| so| always| kind of)?"
            + " (?:hard|rough|tough|difficult|the worst|awful)\\b|\\bsucks\\b");

    /** A number with a decimal point or comma ("1.5"): no two choices. */
    private static final Pattern DECIMAL = Pattern.compile("\\d[.,]\\d");

    /** The person's own birthday, which is none of their special days. */
    private static final Pattern MY_DAY = Pattern.compile("\\bmy (?:birthday|bday|b day)\\b");
    private static final String DENIAL = "(?:not|didn't|didnt|never|hasn't|hasnt|haven't|havent|wasn't|wasnt|hadn't|hadnt"
            + "|don't|dont|doesn't|doesnt|won't|wont|can't|cant|cannot|couldn't|couldnt|wouldn't|wouldnt|shouldn't|shouldnt)";

    /**
     * Whether a word that begins one of the option's phrases found in the answer comes right after a denial ("didn't
     * block", "never blocked"); a denial of words the answer did not choose by ("my feelings? ... i'm not doing this"
     * is not a denial of "doing fine without them") does not count.
     */
    static boolean denied(String plain, Option<?> option) {
        String padded = " " + plain + " ";
        List<String> found = option.names().stream().filter(name -> padded.contains(" " + name + " ")).toList();
        // "i dont want to be friends": a phrase found, a few words after a denial
        return found.stream().filter(name -> name.contains(" ")).anyMatch(name -> Pattern.compile(
                        "\\b" + DENIAL + " (?!know\\b)(?:\\S+ ){0,2}" + Pattern.quote(name) + "\\b").matcher(plain).find())
                || found.stream().map(name -> name.split(" ")[0]).filter(word -> word.length() > 2).distinct()
                .anyMatch(word -> Pattern.compile("\\b" + DENIAL + " (?:\\S+ )?" + Pattern.quote(word))
                        .matcher(plain).find());
    }

    /** "we don't share a home": a sentence that says what is not so is asked back, never read as a yes. */
    private static boolean negated(String plain) {
        return Arrays.stream(plain.split(" ")).anyMatch(w -> Set.of("no", "not", "don't", "didn't", "never", "nothing",
                "isn't", "aren't", "without", "anymore", "except").contains(w));
    }

    /** Nothing shared, said first ("nothing, thank god", "none. we never lived together"). */
    private static final Set<String> NOTHING = Set.of("none", "nothing", "no", "nope", "nah", "nothing really", "not really",
            "none really", "nothing at all", "zero", "no nothing");

    /** Several ties, by numbers or names in a list, or named in a sentence that does not deny them. */
    static Parsed<Set<Tie>> several(Several several, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String answer = AnswerReader.plain(AnswerReader.unhedged(lower));
        if (lower.isEmpty() || Set.of("none", "no", "nothing", "0", "n", "nothing really", "no nothing", "none really")
                .contains(answer) || SafetyAnswers.isClearNo(answer)) { // "nope", "nah nothing"
            return Parsed.ok(EnumSet.noneOf(Tie.class), "none");
        }
        if (HARD_TO_SAY.matcher(answer).find() && several.options().stream()
                .allMatch(o -> Choices.within(List.of(o), answer).isEmpty())) { // "maybe", "idk", "not sure tbh"
            return Parsed.problem("That's all right. Type the ones you know you share (numbers or names, like 1, 5), "
                    + "or none.");
        }
        String first = AnswerReader.plain(lower.split("[,;.]")[0]);
        boolean somethingAfter = Pattern.compile("\\b(?:just|only|except|but|apart|besides|some|her|his"
                + "|their|them|my|our|still)\\b").matcher(AnswerReader.plain(lower)).find(); // "nope, just her hoodie"
        if (NOTHING.contains(first) && !somethingAfter && several.options().stream()
                .allMatch(o -> Choices.within(List.of(o), AnswerReader.plain(lower)).isEmpty())) {
            return Parsed.<Set<Tie>>ok(EnumSet.noneOf(Tie.class), "none").saying("Read as: none."); // "nothing, thank god"
        }
        Set<Tie> chosen = EnumSet.noneOf(Tie.class);
        StringBuilder shown = new StringBuilder();
        String[] parts = lower.split("\\s*,\\s*|\\s+and\\s+");
        // "friends, and kinda her cat lol": each part named plainly ("friends") or in a sentence ("her cat")
        List<Option<Tie>> named = several.options().stream()
                .filter(o -> !Choices.within(List.of(o), AnswerReader.plain(lower)).isEmpty()
                        || Arrays.stream(parts).anyMatch(part -> !Choices.within(List.of(o), AnswerReader.plain(part)).isEmpty()))
                .toList();
        List<Option<Tie>> inSentence = named.isEmpty() ? named : several.options().stream()
                .filter(o -> named.contains(o)
                        || Arrays.stream(parts).anyMatch(part -> option(several.options(), part.trim()).filter(o::equals).isPresent()))
                .toList();
        boolean listed = Arrays.stream(parts).allMatch(part -> option(several.options(), part.trim()).isPresent());
        if (!listed && !inSentence.isEmpty() && !negated(AnswerReader.plain(lower))) {
            String names = String.join(", ", inSentence.stream().map(o -> o.names().get(0)).toList());
            Optional<String> unplaced = unplaced(several, parts, inSentence);
            if (unplaced.isPresent()) { // "work, car": never dropped unsaid
                return Parsed.problem("I read " + names + ", but not \"" + unplaced.get() + "\". If it is one of these, "
                        + "type its number with the others (like 2, 6); if not, type just the ones you share.");
            }
            inSentence.forEach(o -> chosen.add(o.value()));
            return Parsed.ok(chosen, names).saying("Read as: " + names + ".");
        }
        boolean friendsNamed = false;
        for (String part : lower.split("\\s*,\\s*|\\s+and\\s+")) {
            Optional<Option<Tie>> match = option(several.options(), part.trim());
            if (match.isEmpty() && chosen.contains(Tie.MUTUAL_FRIENDS) && A_NAME.matcher(part.trim()).matches()) {
                friendsNamed = true; // "just friends, sam": the friends, by name
                continue;
            }
            if (match.isEmpty()) {
                return Parsed.problem("I didn't recognise \"" + Texts.printable(Texts.abbreviate(part.trim(), 40))
                        + "\". Type the numbers (like 1, 5) or names "
                        + "(like children, pets), separated by commas, or none.");
            }
            if (chosen.add(match.get().value())) {
                shown.append(shown.length() == 0 ? "" : ", ").append(match.get().names().get(0));
            }
        }
        Parsed<Set<Tie>> read = Parsed.ok(chosen, shown.toString());
        return friendsNamed ? read.saying("Read as: " + shown + ".") : read;
    }

    /**
     * An item of a list that names none of the ties ("car" in "work, car"): a word or two between commas, not a
     * sentence around a tie nor a friend's name after friends; empty if every item names one.
     */
    private static Optional<String> unplaced(Several several, String[] parts, List<Option<Tie>> named) {
        boolean friends = named.stream().anyMatch(o -> o.value() == Tie.MUTUAL_FRIENDS);
        return Arrays.stream(parts).map(part -> AnswerReader.plain(AnswerReader.unhedged(part)))
                .filter(part -> !part.isEmpty() && !FILLER.matcher(part).matches()) // "and like the gym": never dropped unsaid
                .filter(part -> option(several.options(), part).isEmpty()
                        && Choices.namedIn(several.options(), part).isEmpty()) // "work, my car": the car is asked back
                .filter(part -> !(friends && A_NAME.matcher(part).matches()))
                .map(part -> Texts.printable(Texts.abbreviate(part, 40))).findFirst();
    }

    /** Words between commas that say nothing of what is shared ("obviously", "i guess", "thats it"). */
    private static final Pattern FILLER = Pattern.compile("(?:(?:lol|lmao|haha|tbh|obviously|obvs|honestly|i guess|i think"
            + "|probably|maybe|too|also|as well|thats it|that's it|that's all|thats all|i suppose|sadly|unfortunately|still"
            + "|ugh|etc|and so on|idk|i don't know|really|both|we both do|both of us)\\b\\s*)+");

    /** One word, as a first name is typed after "friends" ("friends, sam and jo"). */
    private static final Pattern A_NAME = Pattern.compile("\\p{L}[\\p{L}'-]{1,20}");
}
