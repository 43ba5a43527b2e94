package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nocontact.text.Texts;

/**
 * Reads what the person typed as an answer to one question, or says kindly what it needs instead:
 * the reading each kind of question does (yes or no, choices, numbers in their own classes; dates
 * here, since "since she left" needs the answers so far), and the plain words they all start from.
 */
final class AnswerReader {
    /** Compiled once: every answer of every `rules test` replay is read through {@link #plain}. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}' -]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final LocalDate today;
    private final AlikeNumbers alike;
    /** The question being read, for the numbers its rules cannot tell apart. */
    private final Optional<Key<?>> asking;

    AnswerReader(LocalDate today) {
        this(today, AlikeNumbers.NONE);
    }

    /** Reading with the rules' thresholds: a range of numbers they read alike ("2 or 3") is taken. */
    AnswerReader(LocalDate today, AlikeNumbers alike) {
        this(today, alike, Optional.empty());
    }

    private AnswerReader(LocalDate today, AlikeNumbers alike, Optional<Key<?>> asking) {
        this.today = today;
        this.alike = alike;
        this.asking = asking;
    }

    /** Whether the rules give the same advice for either number as the answer to the question being read. */
    boolean alike(int low, int high) {
        return asking.isPresent() && alike.alike(asking.get(), low, high);
    }

    /** The day answers are read on ("2 weeks ago" counts back from it). */
    LocalDate today() {
        return today;
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
        AnswerReader reader = new AnswerReader(today, alike, Optional.of(question.key()));
        Parsed<T> read = question.kind().read(reader, text, answers);
        if (read.problem().isPresent() && !Parts.of(question).isEmpty()) {
            // "me, last month" to "Who ended it, and when?": the first part reads without the day said after it
            Optional<Parsed<T>> alone = Parts.withoutTheDay(question.key(), text, answers, this)
                    .map(words -> question.kind().read(reader, words, answers)).filter(p -> p.problem().isEmpty());
            // "i want my hoodie back lol" at the plan: what it is for is read, and only the way asked back
            return alone.or(() -> PlanWithoutAWay.askBack(question, read, text, answers, this).map(Parsed::<T>problem))
                    .orElse(read);
        }
        return read;
    }

    /** The answer without the hedges around it ("like 2 weeks ago lol"), for the kinds that read words. */
    static String unhedged(String text) {
        return text.isBlank() ? "" : Everyday.unhedged(text);
    }

    /** Lower case, one space between words, no punctuation but apostrophes; him and her read as them, idk as i don't know. */
    static String plain(String text) {
        String words = NOT_A_WORD.matcher(Everyday.words(text).replace('\u2019', '\'')).replaceAll(" ").trim();
        words = SPACES.matcher(words).replaceAll(" ");
        return (" " + words + " ").replace(" him ", " them ").replace(" her ", " them ").replace(" idk ", " i don't know ")
                .trim();
    }

    /**
     * "in 70 days" where the day asked has passed (when it ended, when they wrote): most likely "70 days ago", asked
     * back with its day ("Did you mean 70 days ago, Tuesday 29 September?"), never taken as a day to come.
     */
    private Optional<Parsed<LocalDate>> aheadAskedBack(Date kind, String answer, Answers answers) {
        return DateAnswers.backInsteadOfAhead(answer).flatMap(back -> DateAnswers.parse(back, today)
                .filter(day -> kind.check().problem(day, answers, today).isEmpty())
                .map(day -> Parsed.<LocalDate>suggesting("Did you mean " + back + ", " + DateAnswers.longDate(day, today)
                        + "? Type yes, or give the day another way.", back)));
    }

    /** Days and months named in words said back ("last sunday", "14 oct"): "Last Sunday", "14 Oct". */
    static String properCase(String said) {
        Matcher names = NAMES.matcher(said);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            names.appendReplacement(out, Matcher.quoteReplacement(Texts.capitalised(names.group())));
        }
        return Texts.capitalised(names.appendTail(out).toString());
    }

    private static final Pattern NAMES = Pattern.compile("\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\\b"
            + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b|\\bwednesday\\b|\\bsaturday\\b");

    /** "yes since she left", "since i broke up with her": the answer to "Since when?" said before it is asked. */
    static boolean saysSinceTheBreakup(String words) {
        return SINCE_THE_BREAKUP.matcher(plain(words)).find();
    }

    /** "since she left", "same day": the day of the breakup, once it is known. */
    private static final Pattern SINCE_THE_BREAKUP = Pattern.compile(
            "(?:ever )?(?:since|from|when) (?:she|he|they|them|my ex) (?:left|moved out|dumped me|ended it|broke up with me)"
                    + "|(?:ever )?(?:since|from|when) i (?:left|moved out|ended it|ended things|broke it off|called it off"
                    + "|broke up with them|dumped them|left them)"
                    + "|(?:since|from) (?:the breakup|we broke up|it ended|we split|we split up|then)"
                    + "|(?:the )?same day|(?:on )?the day (?:it ended|we broke up|of the breakup)|(?:right )?after (?:the breakup|we broke up)"
                    + "|(?:since|from) (?:the start|day one)");

    /** A date, read from the answer without its hedges; a misread quotes what was typed ("ya", not "yeah"). */
    Parsed<LocalDate> date(Date kind, String typed, Answers answers) {
        String text = unhedged(typed);
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
        DateAnswers.Reading reading = DateAnswers.read(answer, typed.isBlank() ? answer : typed.trim(), today);
        if (reading.date().isEmpty()) {
            return reading.suggestion().map(s -> Parsed.<LocalDate>suggesting(reading.question().orElseThrow(), s))
                    .orElseGet(() -> Parsed.problem(reading.question().orElseThrow()));
        }
        LocalDate date = reading.date().get();
        Optional<String> problem = kind.check().problem(date, answers, today);
        if (problem.isPresent()) {
            return date.isAfter(today) ? aheadAskedBack(kind, answer, answers).orElseGet(() -> Parsed.problem(problem.get()))
                    : Parsed.problem(problem.get());
        }
        Parsed<LocalDate> read = Parsed.ok(date, date.toString());
        return reading.sayHowRead()
                ? read.saying(reading.said().orElseGet(() -> properCase(Texts.printable(Texts.abbreviate(answer.trim(), 40))))
                        + ": "
                        + DateAnswers.longDate(date, today) + ".")
                : read;
    }
}
