package org.nocontact.interview;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nocontact.interview.AnswerReader.Parsed;

/** Reads answers to number questions: digits or number words, with the question's unit, in its range. */
final class NumberAnswers {
    private NumberAnswers() {
    }

    /** When the messages were sent, said after their count ("the one from yesterday", "2 since last week"). */
    private static final String SENT_WHEN = " (?:from|since|sent|on|of) (?:yesterday|today|last night|this morning|tonight"
            + "|this week|last week|the other day|earlier|the weekend|last weekend)$";

    /** Two numbers the rules cannot tell apart, so either gets the same advice. */
    interface Alike {
        boolean alike(int low, int high);

        /** A range taken at its upper end, as said back: "9 (8 or 9 give the same advice here)". */
        default String saidBack(int low, int high) {
            return high + " (" + low + " or " + high + " give the same advice here)";
        }
    }

    /** As {@link #whole(Whole, String, Alike)}, where a range is always asked back (no rules to tell). */
    static Parsed<OptionalInt> whole(Whole kind, String text) {
        return whole(kind, text, (low, high) -> false);
    }

    /**
     * A whole number in range, in digits or words ("30 days", "6 weeks", "7/10"), or skip where it may
     * be skipped. A range ("2 or 3") whose ends the rules read alike is taken at its upper end and
     * said back; otherwise it is asked back once, with both numbers.
     */
    static Parsed<OptionalInt> whole(Whole kind, String text, Alike alike) {
        String scored = kind.max() == 10 ? text.trim().replaceFirst("(\\d{1,2}) ?(?:/|out of) ?10$", "$1") : text;
        String lower = AnswerReader.plain(scored).replaceFirst("^(?:a solid|solid|a good|a strong|just the|only the|like only|only|just|the) ", "")
                .replaceFirst(ROUGHLY, "$1");
        String when = lower;
        lower = lower.replaceFirst(SENT_WHEN, ""); // "just the one from yesterday": the count, not the day
        if (!lower.equals(when) && !lower.isEmpty() && kind.unit().filter("message"::equals).isPresent()) {
            Parsed<OptionalInt> counted = whole(kind, lower, alike);
            return counted.value().filter(OptionalInt::isPresent).isPresent() && counted.problem().isEmpty()
                    ? counted.saying("Read as: " + counted.shown() + ".") : counted;
        }
        if (lower.isEmpty() && kind.defaultValue().isPresent()) {
            return Parsed.ok(kind.defaultValue(), String.valueOf(kind.defaultValue().getAsInt()));
        }
        if (lower.isEmpty() && kind.skippable()) {
            return Parsed.ok(OptionalInt.empty(), "skip");
        }
        if (kind.defaultValue().isPresent() && kind.unit().filter("day"::equals).isPresent()
                && THE_USUAL.matcher(lower).matches()) {
            // "idk whatever ur supposed to": the length the guide suggests, asked for plainly; said back, so it can be changed
            int usual = kind.defaultValue().getAsInt();
            return Parsed.ok(kind.defaultValue(), String.valueOf(usual))
                    .saying("Read as: " + usual + " days, the usual guide.");
        }
        if (kind.defaultValue().isPresent() && kind.unit().filter("day"::equals).isPresent()) {
            Matcher months = MONTHS.matcher(lower);
            if (months.matches()) {
                int days = 30 * Integer.parseInt(NUMBER_WORDS.getOrDefault(months.group(1), months.group(1)));
                return Parsed.ok(OptionalInt.of(days), String.valueOf(days)).saying("Read as: " + days + " days.");
            }
            if (FOREVER.matcher(lower).matches()) { // "forever honestly": the longest counted, asked back, a yes takes it
                return Parsed.suggesting("The longest I count is " + kind.max() + " days. Did you mean " + kind.max()
                        + "? Type yes, or another number of days.", String.valueOf(kind.max()));
            }
            if (UNSURE.contains(lower)) {
                return Parsed.problem("That's all right: the usual guide is " + kind.defaultValue().getAsInt()
                        + " days. Press Enter to take it, or type another number of days.");
            }
        }
        if (kind.skippable() && (lower.equals("skip") || lower.equals("s") || lower.equals("-"))) {
            return Parsed.ok(OptionalInt.empty(), "skip");
        }
        if (kind.skippable() && UNSURE.contains(lower)) { // "idk" to a feeling: still unknown, asked back, never guessed
            return Parsed.problem("That's all right. A guess from " + kind.min() + " to " + kind.max()
                    + " is fine, or press Enter to skip.");
        }
        if (kind.min() == 0 && Set.of("none", "no", "zero", "nothing", "not at all").contains(lower)) {
            return Parsed.ok(OptionalInt.of(0), "0");
        }
        String sinceCut = lower.replaceFirst(" (?:since\\b.*|so far|yet|lately|recently)$", "");
        if (kind.min() == 0 && !sinceCut.equals(lower) && Set.of("none", "no", "zero", "nothing", "0").contains(sinceCut)) {
            return Parsed.ok(OptionalInt.of(0), "0").saying("Read as: 0."); // "none since the breakup"
        }
        if (kind.min() == 0 && NOT_AT_ALL.matcher(lower).matches()) { // "not angry at all", "none, she always replies"
            return Parsed.ok(OptionalInt.of(0), "0").saying("Read as: 0.");
        }
        if (Set.of("a few", "few", "several", "some", "many", "a lot", "lots", "loads", "a couple", "a couple of",
                "quite a few", "a handful", "not many", "too many").contains(lower)) {
            return Parsed.problem("A rough number is fine: please type it as a number, like 3"
                    + (kind.skippable() ? ", or skip" : "") + ".");
        }
        Matcher between = BETWEEN.matcher(lower);
        if (between.matches()) {
            Optional<Parsed<OptionalInt>> range = range(kind, between, alike);
            if (range.isPresent()) {
                return range.get();
            }
        }
        Optional<Integer> number = wholeNumber(kind, lower);
        if (number.isPresent() && number.get() >= kind.min() && number.get() <= kind.max()) {
            return Parsed.ok(OptionalInt.of(number.get()), number.get().toString());
        }
        Matcher reason = THEN_A_REASON.matcher(text.trim());
        if (reason.matches()) { // "like 4, she left me on read": the number, said back
            Parsed<OptionalInt> first = whole(kind, AnswerReader.unhedged(reason.group(1)), alike);
            if (first.value().filter(OptionalInt::isPresent).isPresent()) {
                return first.note().isPresent() ? first : first.saying("Read as: " + first.shown() + ".");
            }
        }
        String range = kind.max() >= 1000 ? kind.min() + " or more" : "from " + kind.min() + " to " + kind.max();
        return Parsed.problem("Please give a whole number " + range + (kind.skippable() ? ", or skip" : "")
                + (kind.defaultValue().isPresent() ? "; Enter keeps " + kind.defaultValue().getAsInt() : "") + ".");
    }

    /**
     * "idk like 6?", "6 maybe", "prob 6", "6ish": a number said with a hedge is that number, said back ("Read as: 6."),
     * so a reading the person did not mean is seen, as every other reading is; a number typed plainly ("6", "30 days",
     * "7/10") is taken silently.
     */
    static Parsed<OptionalInt> saidBack(Whole kind, Parsed<OptionalInt> parsed, String typed) {
        if (parsed.note().isPresent() || parsed.value().filter(OptionalInt::isPresent).isEmpty()) {
            return parsed;
        }
        String plain = AnswerReader.plain(typed);
        boolean hedged = typed.trim().endsWith("?") || !AnswerReader.plain(AnswerReader.unhedged(typed)).equals(plain)
                || plain.matches(ROUGHLY);
        int number = parsed.value().get().getAsInt();
        String unit = kind.unit().filter("day"::equals).map(u -> number == 1 ? " day" : " days").orElse("");
        return hedged ? parsed.saying("Read as: " + number + unit + ".") : parsed;
    }

    /** "4, she left me on read", "6 - im so mad": a number, then a reason after a comma or a dash. */
    private static final Pattern THEN_A_REASON = Pattern.compile("([^,;]*?\\d[^,;]*?)(?:[,;]| - | because | bc | cuz | cause | lol | lmao | haha "
            + "| (?=(?:he|she|they|i|i've|ive|im|i'm|my ex|but|not|never|she's|he's|shes|hes) ))"
            + "(?=.*\\p{L}).+");

    /** "4ish", "4 maybe", "4-ish": a number said roughly is that number ("maybe 4" is read the same way). */
    private static final String ROUGHLY = "^(\\d{1,4}|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
            + "(?: ?-? ?ish| maybe| or so| probably| i'd say| roughly)$";

    /** "2 or 3", "2-3 texts", "two or three", "5 to 6", "8 maybe 9": a range, each end a number, a unit after both. */
    private static final Pattern BETWEEN = Pattern.compile("(\\w+) ?(?:or maybe|or|-|to|maybe even|maybe|probably|prob)"
            + " ?(\\w+)( [a-z]+)?");

    /** A range with both ends in the question's range: taken where the rules read it alike, else asked back. */
    private static Optional<Parsed<OptionalInt>> range(Whole kind, Matcher between, Alike alike) {
        String unit = between.group(3) == null ? "" : between.group(3);
        Optional<Integer> first = wholeNumber(kind, between.group(1) + unit);
        Optional<Integer> second = wholeNumber(kind, between.group(2) + unit);
        if (first.isEmpty() || second.isEmpty() || Math.min(first.get(), second.get()) < kind.min()
                || Math.max(first.get(), second.get()) > kind.max()) {
            return Optional.empty();
        }
        int low = Math.min(first.get(), second.get());
        int high = Math.max(first.get(), second.get());
        if (low == high) {
            return Optional.of(Parsed.ok(OptionalInt.of(low), String.valueOf(low)));
        }
        if (alike.alike(low, high)) {
            return Optional.of(Parsed.ok(OptionalInt.of(high), String.valueOf(high))
                    .saying("Read as: " + alike.saidBack(low, high) + "."));
        }
        String units = kind.unit().map(u -> " " + u + "s").orElse("");
        return Optional.of(Parsed.problem("Which is nearer, " + low + " or " + high + units + "? Here the advice can "
                + "differ between them; a guess is fine."));
    }

    /**
     * "whatever you're supposed to", "the usual", "what's recommended", "you tell me": the person asks
     * for the length the guide suggests (the question's default, shown in brackets). Only for a length
     * of days: a count of messages has no usual value to ask for.
     */
    private static final Pattern THE_USUAL = Pattern.compile(
            "(?:whatever|what|however long|as long as|how ever long|how long) (?:you're|youre|your|you are|i'm|i am|one is"
                    + "|people are|we're|you)(?: supposed| meant| advised| told| recommended)? to(?: do| hold it| be| go)?"
                    + "|(?:whatever|what)(?:'s| is)? (?:normal|usual|recommended|best|standard|advised|typical|right|suggested)"
                    + "|(?:the )?(?:usual|normal|standard|default|recommended|typical|suggested)(?: one| amount| length"
                    + "| number| time| period)?"
                    + "|(?:whatever|what) (?:you|u) (?:say|suggest|recommend|think)|you tell me|you decide|up to you"
                    + "|what do you (?:recommend|suggest)|whatever works|whatever it is|whatever the guide says"
                    + "|whatever|idc|i don't care|don't care|doesn't matter|it doesn't matter|i don't mind|don't mind"
                    + "|no preference|whatever's best|whatever is best|however long");
    /** "a month", "2 months": a length in months where days are counted, read as 30 days a month and said back. */
    private static final Pattern MONTHS = Pattern.compile("(a|an|one|1|two|2|three|3|four|4|five|5|six|6) months?");
    /** "not angry at all", "none, she always replies": nothing, said with a reason that does not take it back. */
    private static final Pattern NOT_AT_ALL = Pattern.compile("not (?:angry|sad|confident|sure of myself|upset|mad)"
            + " at all|(?:none|zero|nothing)(?: at all)?,? (?:she|he|they) (?:always )?(?:replies|replied|answers|answered"
            + "|writes back|wrote back|texts back|texted back)(?: to (?:everything|all of them))?");

    /** "forever", "for good", "as long as it takes": longer than any period counted. */
    private static final Pattern FOREVER = Pattern.compile("(?:for )?(?:ever|forever|good|life|always|eternity)|indefinitely"
            + "|as long as it takes|however long it takes|never (?:talk|speak|contact them|text them) again|permanently"
            + "|(?:for )?(?:a )?(?:year|whole year)(?: or more)?|no end|until i'm over them|till i'm over them");

    /** "idk", "not sure": the usual length is offered, not guessed. */
    private static final Set<String> UNSURE = Set.of("i don't know", "not sure", "no idea", "dunno", "unsure",
            "i'm not sure", "no clue");

    /** Messages as people count them: "3 texts", "2 dms". */
    private static final Set<String> MESSAGES = Set.of("text", "msg", "dm", "snap", "message", "call", "voicemail", "email");

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"),
            Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("a", "1"),
            Map.entry("an", "1"), Map.entry("once", "1"), Map.entry("twice", "2"));

    /** "30", "30 days" or "6 weeks" where the question counts days, "2 messages" where it counts messages. */
    private static Optional<Integer> wholeNumber(Whole kind, String text) {
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
                if (unit.equals(kind.unit().get()) || kind.unit().get().equals("message") && MESSAGES.contains(unit)) {
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
