package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Optional;
import java.util.Set;
import org.nocontact.text.Texts;
import org.nocontact.situation.Tie;

/** Reads what the person typed as an answer to one question, or says kindly what it needs instead. */
final class AnswerReader {
    private final LocalDate today;

    AnswerReader(LocalDate today) {
        this.today = today;
    }

    /**
     * An answer read: its value, how it is shown (and typed back as a default), and a note to say back
     * (how a relative date was read); or else the problem to tell the person (and no value).
     */
    record Parsed<T>(Optional<T> value, String shown, Optional<String> note, Optional<String> problem,
                     Optional<String> suggestion) {
        static <T> Parsed<T> ok(T value, String shown) {
            return new Parsed<>(Optional.of(value), shown, Optional.empty(), Optional.empty(), Optional.empty());
        }

        static <T> Parsed<T> problem(String text) {
            return new Parsed<>(Optional.empty(), "", Optional.empty(), Optional.of(text), Optional.empty());
        }

        /** A question back with the nearest reading ("Did you mean 2 weeks ago, ...?"): a yes next time takes it. */
        static <T> Parsed<T> suggesting(String text, String answer) {
            return new Parsed<>(Optional.empty(), "", Optional.empty(), Optional.of(text), Optional.of(answer));
        }

        Parsed<T> saying(String text) {
            return new Parsed<>(value, shown, Optional.of(text), problem, suggestion);
        }
    }

    /** Reads an answer to the question, as its kind reads it; a very long answer (but a draft) is refused. */
    <T> Parsed<T> parse(Question<T> question, String text, Answers answers) {
        if (!question.kind().pasted() && text.length() > 200) {
            return Parsed.problem("That answer is very long; a short one is all I need.");
        }
        return question.kind().read(this, text, answers);
    }

    /** The answer without the hedges around it ("like 2 weeks ago lol"), for the kinds that read words. */
    static String unhedged(String text) {
        return text.isBlank() ? "" : Everyday.unhedged(text);
    }

    /** Enter is no answer here; a clear no is no; anything else is the safe path, shown in the person's words. */
    static Parsed<Boolean> safety(Question.Safety safety, String text) {
        if (text.isEmpty()) {
            return Parsed.problem("Take your time. Type no if the answer is no; if it is anything else, "
                    + "say it in your own words.");
        }
        if (SafetyAnswers.isClearNo(text)) {
            return Parsed.ok(false, "no");
        }
        if (safety.onlyLookingOnline().isPresent() && SafetyAnswers.isOnlyLookingOnline(text)) {
            return Parsed.ok(false, "no").saying(safety.onlyLookingOnline().get());
        }
        return Parsed.ok(true, SafetyAnswers.isClearYes(text) ? "yes" : Texts.printable(Texts.abbreviate(text, 40)));
    }

    static Parsed<Boolean> yesNo(String text, boolean fallback) {
        if (text.isEmpty()) {
            return Parsed.ok(fallback, fallback ? "yes" : "no");
        }
        if (SafetyAnswers.isClearYes(text)) {
            return Parsed.ok(true, "yes");
        }
        String plain = plain(text);
        if (SafetyAnswers.isClearNo(text) || NO_PHRASES.contains(Everyday.unhedged(plain))) {
            return Parsed.ok(false, "no");
        }
        if (leadingYes(plain) || saysItHappened(plain) || ON_AN_APP.matcher(plain).matches()) {
            return Parsed.ok(true, "yes");
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
        return Parsed.problem("Please answer yes or no (y or n). Type ? if you'd like to know why I ask.");
    }

    /** Everyday ways of saying no to a yes-or-no question. */
    private static final Set<String> NO_PHRASES = Set.of("not really", "don't think so", "i don't think so",
            "dont think so", "i dont think so", "not that i know", "not that i know of", "not as far as i know",
            "no they didn't", "no she didn't", "no he didn't", "they didn't", "not yet", "no not yet", "nothing like that",
            "not at all", "no way", "hell no", "nah", "nope");

    /** "he told me not to contact him", "she asked for no contact". */
    private static final java.util.regex.Pattern ASKED_FOR_SPACE = java.util.regex.Pattern.compile(
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
    private static final java.util.regex.Pattern ON_AN_APP = java.util.regex.Pattern.compile(
            "(?:yes |yeah |yep |yup )?(?:only |just )?(?:on (?:insta|instagram|ig|facebook|fb|tiktok|snapchat|snap|twitter|x"
                    + "|whatsapp|socials|social media|everything|all of them)|my number|on my number|everywhere)");

    /** "she blocked me on insta", "he's blocked my number": said in passing, before the question comes. */
    static boolean saysTheyBlocked(String plain) {
        return java.util.regex.Pattern.compile("\\b(?:they|he|she|my ex)(?: has| have|'s| had)? blocked (?:me|my)\\b")
                .matcher(plain).find();
    }

    private static final Set<String> YES_WORDS = Set.of("yes", "y", "yeah", "yep", "yup");
    /** Words that put a yes in doubt: "yes and no", "yes but not really", "yeah I don't know". */
    private static final Set<String> DOUBT = Set.of("no", "not", "never", "but", "maybe", "know", "idea",
            "unsure", "sometimes", "or", "think", "guess", "perhaps", "don't", "dont", "didn't", "didnt", "haven't",
            "havent", "hasn't", "hasnt", "isn't", "isnt", "wasn't", "wasnt", "unblocked");

    /** "yes he blocked me", "yes she did": a yes first, and nothing after it that doubts it. */
    private static boolean leadingYes(String plain) {
        List<String> words = List.of(plain.split(" "));
        return YES_WORDS.contains(words.get(0)) && words.stream().skip(1).noneMatch(DOUBT::contains);
    }

    static <T> Parsed<T> choice(Question.Choice<T> choice, String text) {
        List<Question.Option<T>> options = choice.options();
        if (text.isEmpty()) {
            if (choice.defaultValue().isPresent()) {
                T value = choice.defaultValue().get();
                return options.stream().filter(o -> o.value().equals(value)).findFirst()
                        .map(o -> Parsed.ok(o.value(), o.label())).orElse(Parsed.ok(value, ""));
            }
            return Parsed.problem(choicesHint(options));
        }
        if (Set.of("yes", "y", "yeah", "yep").contains(plain(text)) && options.get(0).names().contains("no")) {
            return Parsed.problem("Which one? Please choose a number from 2 to " + options.size() + ".");
        }
        Optional<Question.Option<T>> exact = option(options, text);
        if (exact.isPresent()) {
            return Parsed.ok(exact.get().value(), exact.get().label());
        }
        List<Question.Option<T>> within = Choices.within(options, plain(text));
        if (within.size() == 1) {
            Question.Option<T> o = within.get(0);
            return Parsed.ok(o.value(), o.label()).saying("Read as: " + o.label() + ".");
        }
        List<Question.Option<T>> nearest = within.isEmpty() ? Choices.nearest(options, plain(text)) : within;
        if (nearest.size() == 1) {
            return Parsed.suggesting(Choices.didYouMean(options, nearest), nearest.get(0).label());
        }
        return Parsed.problem(nearest.isEmpty() ? choicesHint(options) : Choices.didYouMean(options, nearest));
    }

    private static <T> Optional<Question.Option<T>> option(List<Question.Option<T>> options, String text) {
        String plain = plain(text);
        try {
            int number = Integer.parseInt(plain);
            return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            // not a number: try the words
        }
        String stripped = withoutArticle(plain);
        for (String words : List.of(plain, stripped, beforeAbout(stripped))) {
            for (Question.Option<T> o : options) {
                if (plain(o.label()).equals(words) || o.names().contains(words)) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** "text them about the kids": what is done, without what it is about (that is another question). */
    private static String beforeAbout(String plain) {
        int about = plain.indexOf(" about ");
        return about > 0 ? plain.substring(0, about) : plain;
    }

    /** Lower case, one space between words, no punctuation but apostrophes; him and her read as them, idk as i don't know. */
    static String plain(String text) {
        String words = Everyday.words(text).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' -]", " ")
                .trim().replaceAll("\\s+", " ");
        return (" " + words + " ").replace(" him ", " them ").replace(" her ", " them ").replace(" idk ", " i don't know ")
                .trim();
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

    /** The hint names the first choice as it is shown, never an internal name. */
    private static String choicesHint(List<? extends Question.Option<?>> options) {
        return "Please choose a number from 1 to " + options.size() + " (or type the words of a choice, such as \""
                + options.get(0).label() + "\").";
    }

    /** "we don't share a home": a sentence that says what is not so is asked back, never read as a yes. */
    private static boolean negated(String plain) {
        return Arrays.stream(plain.split(" ")).anyMatch(w -> Set.of("no", "not", "don't", "didn't", "never", "nothing",
                "isn't", "aren't", "without", "anymore", "except").contains(w));
    }

    static Parsed<Set<Tie>> several(Question.Several several, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || Set.of("none", "no", "nothing", "0", "n").contains(lower)) {
            return Parsed.ok(EnumSet.noneOf(Tie.class), "none");
        }
        Set<Tie> chosen = EnumSet.noneOf(Tie.class);
        StringBuilder shown = new StringBuilder();
        List<Question.Option<Tie>> inSentence = several.options().stream()
                .filter(o -> !Choices.within(List.of(o), plain(lower)).isEmpty()).toList();
        boolean listed = Arrays.stream(lower.split("\\s*,\\s*|\\s+and\\s+"))
                .allMatch(part -> option(several.options(), part.trim()).isPresent());
        if (!listed && !inSentence.isEmpty() && !negated(plain(lower))) {
            inSentence.forEach(o -> chosen.add(o.value()));
            String names = String.join(", ", inSentence.stream().map(o -> o.names().get(0)).toList());
            return Parsed.ok(chosen, names).saying("Read as: " + names + ".");
        }
        for (String part : lower.split("\\s*,\\s*|\\s+and\\s+")) {
            Optional<Question.Option<Tie>> match = option(several.options(), part.trim());
            if (match.isEmpty()) {
                return Parsed.problem("I didn't recognise \"" + Texts.printable(Texts.abbreviate(part.trim(), 40))
                        + "\". Type the numbers (like 1, 5) or names "
                        + "(like children, pets), separated by commas, or none.");
            }
            if (chosen.add(match.get().value())) {
                shown.append(shown.length() == 0 ? "" : ", ").append(match.get().names().get(0));
            }
        }
        return Parsed.ok(chosen, shown.toString());
    }

    /** "yes since she left": the answer to "Since when?" said before it is asked. */
    static boolean saysSinceTheBreakup(String plain) {
        return SINCE_THE_BREAKUP.matcher(plain).find();
    }

    /** "since she left", "same day": the day of the breakup, once it is known. */
    private static final java.util.regex.Pattern SINCE_THE_BREAKUP = java.util.regex.Pattern.compile(
            "(?:ever )?(?:since|from|when) (?:she|he|they|them|my ex) (?:left|moved out|dumped me|ended it|broke up with me)"
                    + "|(?:since|from) (?:the breakup|we broke up|it ended|we split|we split up|then)"
                    + "|(?:the )?same day|(?:on )?the day (?:it ended|we broke up|of the breakup)|(?:right )?after (?:the breakup|we broke up)"
                    + "|(?:since|from) (?:the start|day one)");

    Parsed<LocalDate> date(Question.Date kind, String text, Answers answers) {
        String answer = text.isEmpty() ? kind.defaultAnswer().orElse("") : text;
        if (answer.isEmpty()) {
            return Parsed.problem("Please give " + DateAnswers.forms(today) + ".");
        }
        if (SINCE_THE_BREAKUP.matcher(plain(answer)).matches()) {
            return answers.get(Key.BREAKUP_DATE)
                    .map(breakup -> Parsed.ok(breakup, breakup.toString())
                            .saying("Since the breakup: " + DateAnswers.longDate(breakup, today) + "."))
                    .orElseGet(() -> Parsed.problem("When was that? A rough day is fine, like 3 weeks ago or 2 months ago."));
        }
        DateAnswers.Reading reading = DateAnswers.read(answer, today);
        if (reading.date().isEmpty()) {
            return reading.suggestion().map(s -> Parsed.<LocalDate>suggesting(reading.question().orElseThrow(), s))
                    .orElseGet(() -> Parsed.problem(reading.question().orElseThrow()));
        }
        LocalDate date = reading.date().get();
        Optional<String> problem = kind.check().problem(date, answers, today);
        if (problem.isPresent()) {
            return Parsed.problem(problem.get());
        }
        Parsed<LocalDate> read = Parsed.ok(date, date.toString());
        return reading.sayHowRead()
                ? read.saying(Texts.printable(Texts.abbreviate(answer.trim(), 40)) + ": " + DateAnswers.longDate(date, today) + ".")
                : read;
    }

    static Parsed<OptionalInt> whole(Question.Whole kind, String text) {
        String lower = kind.max() == 10 ? plain(text.replaceFirst("^(?:an? )?(\\d{1,2}) ?(?:/|out of) ?10$", "$1"))
                : plain(text);
        if (lower.isEmpty() && kind.defaultValue().isPresent()) {
            return Parsed.ok(kind.defaultValue(), String.valueOf(kind.defaultValue().getAsInt()));
        }
        if (kind.skippable() && (lower.equals("skip") || lower.equals("s") || lower.equals("-"))) {
            return Parsed.ok(OptionalInt.empty(), "skip");
        }
        if (kind.min() == 0 && Set.of("none", "no", "zero", "nothing", "not at all").contains(lower)) {
            return Parsed.ok(OptionalInt.of(0), "0");
        }
        if (Set.of("a few", "few", "several", "some", "many", "a lot", "lots", "loads", "a couple", "a couple of",
                "quite a few", "a handful", "not many", "too many").contains(lower)) {
            return Parsed.problem("A rough number is fine: please type it as a number, like 3"
                    + (kind.skippable() ? ", or skip" : "") + ".");
        }
        java.util.regex.Matcher between = java.util.regex.Pattern.compile("(\\d+) ?(?:or|-|to) ?(\\d+)").matcher(lower);
        if (between.matches()) {
            return Parsed.problem("Between " + between.group(1) + " and " + between.group(2)
                    + "? Please type one number; a guess is fine.");
        }
        Optional<Integer> number = wholeNumber(kind, lower);
        if (number.isPresent() && number.get() >= kind.min() && number.get() <= kind.max()) {
            return Parsed.ok(OptionalInt.of(number.get()), number.get().toString());
        }
        String range = kind.max() >= 1000 ? kind.min() + " or more" : "from " + kind.min() + " to " + kind.max();
        return Parsed.problem("Please give a whole number " + range + (kind.skippable() ? ", or skip" : "")
                + (kind.defaultValue().isPresent() ? "; Enter keeps " + kind.defaultValue().getAsInt() : "") + ".");
    }

    private static final java.util.Map<String, String> NUMBER_WORDS = java.util.Map.ofEntries(
            java.util.Map.entry("zero", "0"), java.util.Map.entry("one", "1"), java.util.Map.entry("two", "2"),
            java.util.Map.entry("three", "3"), java.util.Map.entry("four", "4"), java.util.Map.entry("five", "5"),
            java.util.Map.entry("six", "6"), java.util.Map.entry("seven", "7"), java.util.Map.entry("eight", "8"),
            java.util.Map.entry("nine", "9"), java.util.Map.entry("ten", "10"), java.util.Map.entry("a", "1"),
            java.util.Map.entry("an", "1"), java.util.Map.entry("once", "1"), java.util.Map.entry("twice", "2"));

    /** "30", "30 days" or "6 weeks" where the question counts days, "2 messages" where it counts messages. */
    private static Optional<Integer> wholeNumber(Question.Whole kind, String text) {
        String lower = text.replaceFirst("^an? (\\d)", "$1").replaceFirst("^(\\d{1,2}) ?(/|out of) ?10$", "$1");
        String[] parts = lower.split(" ");
        parts[0] = NUMBER_WORDS.getOrDefault(parts[0], parts[0]);
        try {
            int number = Integer.parseInt(parts[0]);
            if (parts.length == 1) {
                return Optional.of(number);
            }
            if (parts.length == 2 && kind.unit().isPresent()) {
                String unit = parts[1].endsWith("s") ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
                if (unit.equals(kind.unit().get())) {
                    return Optional.of(number);
                }
                if (unit.equals("week") && kind.unit().get().equals("day") && number <= 1000) {
                    return Optional.of(number * 7);
                }
            }
        } catch (NumberFormatException e) {
            // not a number
        }
        return Optional.empty();
    }
}
