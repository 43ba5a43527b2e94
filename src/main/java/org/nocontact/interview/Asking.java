package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nocontact.advice.WordsOfCrisis;

/**
 * Puts one question to the person and reads the answer, asking again until it reads: a line, or
 * a draft pasted over several lines. The one place where "?", "help", "why", "back", "quit" and
 * "exit" are heard, whatever the question.
 */
final class Asking {
    /** What can be typed at any question instead of an answer. */
    private enum Command {
        WHY, HELP, BACK, LEAVE;

        static Optional<Command> of(String typed) {
            return switch (typed.trim().toLowerCase(Locale.ROOT).replaceFirst("(?<=\\w)[.!]+$", "")) { // "Stop."
                case "?", "why" -> Optional.of(WHY);
                case "help" -> Optional.of(HELP);
                case "back" -> Optional.of(BACK);
                case "quit", "exit", "stop", "bye" -> Optional.of(LEAVE); // "stop" at a safety question: out, not unclear
                default -> Optional.empty();
            };
        }
    }

    private final Console console;
    private final AnswerReader reader;
    private final LocalDate today;
    /** The help lines for a safety question's concern ("help" typed there may be a call for help). */
    private final Function<Question<?>, String> safetyHelp;
    /** Whether a plan, as typed, is to turn up where they are ("wait for her outside her work"): going to see them. */
    private final Predicate<String> turnsUp;
    /** Whether an answer said their ex has died (then no advice here fits), and whether "gone" was asked back already. */
    private boolean theyDied;
    private boolean askedIfTheyDied;

    Asking(Console console, AnswerReader reader, LocalDate today, Function<Question<?>, String> safetyHelp,
            Predicate<String> turnsUp) {
        this.console = console;
        this.reader = reader;
        this.today = today;
        this.safetyHelp = safetyHelp;
        this.turnsUp = turnsUp;
    }

    /** Asks the question in the way its kind is asked. */
    <T> Step ask(Question<T> question, Optional<String> earlier, Answers answers) {
        return question.kind().ask(this, question, earlier, answers);
    }

    /**
     * The one loop every question is asked in: a command typed instead of an answer is obeyed here
     * (why is said and the question asked again; back and leaving end it), anything else is read as
     * an answer, until one reads. Ctrl-D leaves.
     */
    private Step until(Question<?> question, String prompt, Function<String, Optional<Step>> answer) {
        return until(question, () -> prompt, answer);
    }

    /** As above, with the prompt to show each time asked for anew (a draft asked for once more shows only "> "). */
    private Step until(Question<?> question, Supplier<String> prompt,
                       Function<String, Optional<Step>> answer) {
        while (true) {
            Optional<String> line = console.readLine(prompt.get());
            if (line.isEmpty()) {
                return new Step.Left(question.kind().safety());
            }
            Optional<Command> command = Command.of(line.get());
            boolean toldBefore = theyDied;
            Optional<Step> died = command.isPresent() ? Optional.empty() : heardTheyDied(question, line.get());
            if (died.isPresent()) {
                return died.get();
            }
            Optional<WordsOfCrisis.Concern> worry = command.isPresent() || question.kind().safety() ? Optional.empty()
                    : WordsOfCrisis.in(line.get()); // at a safety question, the answer is read as one (never a no)
            if (worry.isPresent()) {
                return new Step.Worried(worry.get(), question.kind() instanceof Draft);
            }
            Optional<Step> step = command.isPresent() ? obey(command.get(), question) : answer.apply(line.get());
            if (theyDied && !toldBefore && step.filter(Asking::unclearStop).isPresent()) {
                // "he passed away last year" to "Has your ex threatened you?": no clear no, and no yes either;
                // asked once more, plainly, and the next answer is read as any other (anything but a no: the safe path)
                console.say(TheyDied.SAFETY_ASKED_AGAIN);
                continue;
            }
            if (step.isPresent()) {
                return step.get();
            }
        }
    }

    /** Whether an answer in this conversation said their ex has died. */
    boolean theyDied() {
        return theyDied;
    }

    /**
     * An answer that says their ex has died ("none of those, he died") stops the questions, whatever was asked; "hes
     * gone" is asked back once. At a safety question the answer is still read as one (safety comes first): the walk
     * stops after the safety questions. Empty where the answer is read as usual.
     */
    private Optional<Step> heardTheyDied(Question<?> question, String line) {
        TheyDied.Said said = TheyDied.in(line);
        if (said == TheyDied.Said.MAYBE && !askedIfTheyDied && !theyDied) {
            askedIfTheyDied = true;
            Optional<String> reply = console.readLine(TheyDied.ASKED_BACK + "\n> ");
            if (reply.isEmpty()) {
                return Optional.of(new Step.Left(question.kind().safety()));
            }
            said = confirms(reply.get()) || SADLY_YES.matcher(AnswerReader.plain(reply.get())).lookingAt()
                    || TheyDied.in(reply.get()) == TheyDied.Said.DIED ? TheyDied.Said.DIED : TheyDied.Said.NOTHING;
        }
        theyDied = theyDied || said == TheyDied.Said.DIED;
        return said == TheyDied.Said.DIED && !question.kind().safety() ? Optional.of(new Step.TheyDied())
                : Optional.empty();
    }

    /** A safety answer that takes the safe path only for not being a clear no. */
    private static boolean unclearStop(Step step) {
        return step instanceof Step.Answered<?> answered && answered.safePath().filter(SafePath.UNCLEAR::equals).isPresent();
    }

    /** "yes last year", "yeah", "sadly", "he did": a yes to "Do you mean they have died?". */
    private static final Pattern SADLY_YES = Pattern.compile(
            "(?:yes|yeah|yea|ya|yep|yup|y|sadly|unfortunately|they did|he did|she did|they have|he has|she has)\\b");

    /** A command typed instead of an answer: the step it takes, or empty to ask again (after saying why). */
    private Optional<Step> obey(Command command, Question<?> question) {
        return switch (command) {
            case WHY -> {
                console.say(question.why(today));
                yield Optional.empty();
            }
            case HELP -> {
                if (question.kind().safety()) {
                    console.say(safetyHelp.apply(question)); // they may be asking for help: give it, then ask again
                }
                console.say(question.why(today));
                yield Optional.empty();
            }
            case BACK -> Optional.of(new Step.Back());
            case LEAVE -> Optional.of(new Step.Left(question.kind().safety()));
        };
    }

    /** One line, read as the question's kind reads it; a problem is said and the question asked again. */
    <T> Step line(Question<T> question, Optional<String> earlier, Answers answers) {
        List<Option<T>> named = NamedTogether.offered(question, earlier, answers, reader);
        LineAnswer<T> answer = new LineAnswer<>(question, earlier, answers, named);
        String prompt = question.kind() instanceof Choice<T> choice && !named.isEmpty()
                ? Prompts.whichOf(question, choice, named, today) : Prompts.prompt(question, answer.offered(), today);
        return until(question, prompt, answer);
    }

    /** Reads lines as answers to one question, remembering the reading it last suggested ("Did you mean ...?"). */
    private final class LineAnswer<T> implements Function<String, Optional<Step>> {
        private final Question<T> question;
        private Optional<String> earlier;
        private final Answers answers;
        /** The choices an earlier answer named together, to pick one from; empty for most questions. */
        private final List<Option<T>> named;
        private Optional<String> suggested = Optional.empty();
        /** The words last asked about ("last march": "Roughly which day in March?"), for a day typed alone after it. */
        private Optional<String> askedAbout = Optional.empty();

        LineAnswer(Question<T> question, Optional<String> earlier, Answers answers, List<Option<T>> named) {
            this.question = question;
            this.earlier = earlier;
            this.answers = answers;
            this.named = named;
        }

        /**
         * The default to offer in brackets. A day heard in an earlier answer that needs asking about ("he did, end of
         * october": "Did you mean the end of October, Saturday 31 October?") is asked about at once, before the
         * question, and never offered as a default that Enter would only answer with that question.
         */
        Optional<String> offered() {
            boolean aDay = question.kind() instanceof Date || question.kind() instanceof Period;
            boolean aGoalInDoubt = question.key() == Key.GOAL; // "idk maybe friends someday", heard with who ended it
            Optional<String> problem = earlier.filter(words -> aDay || aGoalInDoubt).flatMap(words -> {
                AnswerReader.Parsed<T> read = reader.parse(question, words, answers);
                suggested = read.suggestion();
                return read.problem();
            });
            if (problem.isPresent()) {
                console.say(problem.get());
                askedAbout = earlier;
                earlier = Optional.empty();
            }
            return earlier;
        }

        @Override
        public Optional<Step> apply(String line) {
            String text = line.trim();
            if (text.isEmpty() && earlier.isPresent()) {
                text = earlier.get();
            }
            Optional<String> sayAs = Optional.empty(); // a rough day given as it was asked for, said back as typed
            if ((question.kind() instanceof Date || question.kind() instanceof Period) && askedAbout.isPresent()) {
                // "15" (or "idk like the 10th") after "Roughly which day in March?"; "sat" after "Which day of Thanksgiving weekend?";
                // "mid july" after "Roughly which month of the summer?"
                String typed = AnswerReader.unhedged(text);
                Optional<String> day = askedAbout.flatMap(before -> DateAnswers.dayOfTheMonthSaid(before, typed, today)
                        .or(() -> RoughDays.monthAsAsked(before, typed, today)));
                sayAs = day.map(d -> RoughDays.saidBack(typed.split("[,;.]", 2)[0].trim()));
                text = day.or(() -> askedAbout.flatMap(before -> NamedDays.dayOfTheWeekendSaid(before, typed, today)))
                        .orElse(text);
            }
            Matcher correction = NO_THEN.matcher(text);
            if (question.kind() instanceof Date && suggested.isPresent() && correction.matches()) {
                text = correction.group(1); // "no, 3 march" after "Did you mean the 3rd, Thursday 3 December?": 3 March
            }
            if (askedAbout.isPresent()) { // "text" after "How would you reach them about it?": with the words said before
                text = PlanWithoutAWay.withTheWay(question, askedAbout.get(), text, answers, reader).orElse(text);
            }
            Matcher andMore = AND_MORE.matcher(text);
            boolean more = question.kind() instanceof Several && earlier.isPresent() && andMore.matches();
            if (more) {
                text = earlier.get() + ", " + andMore.group(1); // "[home, pets] > ya and money": those, and money too
            }
            if (suggested.isPresent() && confirms(text)) { // "ya", "yeah!", "yes lol", "i think so"
                text = suggested.get(); // "Did you mean 2 weeks ago, ...?" "yes"
            }
            // "wait for her outside her work": going where they are, however it is worded
            boolean turningUp = question.key() == Key.ACTION && turnsUp.test(text);
            AnswerReader.Parsed<T> parsed = reader.parse(question, turningUp ? "visit" : text, answers);
            if (parsed.problem().isPresent() && earlier.isPresent() && !earlier.get().startsWith("no")
                    && confirms(text)) {
                // "[their birthday] > ya": a yes to the answer offered in brackets (never to a "no ..." offered)
                parsed = reader.parse(question, earlier.get(), answers);
                text = earlier.get();
            }
            if (parsed.problem().isPresent() && earlier.isPresent() && !text.equals(earlier.get())) {
                // "[something practical] > this morning": the part offered is kept, and the day typed is its day
                Optional<String> both = Parts.dayAfterTheOffered(question.key(), earlier.get(), text, answers, reader);
                Optional<AnswerReader.Parsed<T>> read = both.map(words -> reader.parse(question, words, answers))
                        .filter(p -> p.problem().isEmpty());
                if (read.isPresent()) {
                    parsed = read.get();
                    text = both.get();
                }
            }
            Optional<Step> otherWay = PlanChanged.to(question, parsed, text, answers, reader); // "call him", the plan a text
            if (otherWay.isPresent()) {
                return otherWay;
            }
            if (parsed.problem().isPresent()) {
                askedAbout = Optional.of(text);
                if (question.kind() instanceof Choice<T> choice && !named.isEmpty() && parsed.suggestion().isEmpty()) {
                    console.say(NamedTogether.whichOfThem(choice, named, text)); // "both tbh", Enter or a miss: the two their words named
                } else if (parsed.suggestion().isEmpty() && suggested.isPresent()) {
                    // Asked back once; a second miss hears the plain hint, with the nearest reading still offered.
                    console.say(parsed.problem().get() + " " + stillOffered(suggested.get(), question, answers));
                } else {
                    console.say(parsed.problem().get());
                    suggested = parsed.suggestion();
                }
                return Optional.empty();
            }
            if (sayAs.isPresent() && parsed.value().orElse(null) instanceof LocalDate day) {
                parsed = parsed.saying(sayAs.get() + ": " + DateAnswers.longDate(day, today) + "."); // "The 10th: Tuesday 10 November."
            }
            if (more && parsed.note().isEmpty()) { // "ya and money, the rent": all it took, said back
                parsed = parsed.saying("Read as: " + parsed.shown() + ".");
            }
            boolean stops = parsed.value().flatMap(question.kind()::stop).isPresent(); // its note is said after the stop
            if (Parts.of(question).isEmpty() && !stops) {
                parsed.note().ifPresent(console::say);
                return Optional.of(new Step.Answered<>(question, parsed.value(), parsed.shown(), text));
            }
            // said back with the parts the words also said, once they are read (or after a safety stop)
            return Optional.of(new Step.Answered<>(question, parsed.value(), parsed.shown(), text, parsed.note()));
        }
    }

    /** "no, 3 march", "nope it was the 5th": the day asked back is not it, and the day after the no is. */
    private static final Pattern NO_THEN = Pattern.compile("(?i)(?:no|nope|nah|not that)[,.!]?\\s+(?:it was |it's |its |i mean )?"
            + "(.*\\d.*|.*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*)");

    /** "ya and money, the rent", "all that plus the car": the ties offered in brackets, and more. */
    private static final Pattern AND_MORE = Pattern.compile(
            "(?i)(?:ya|yes|yeah|yea|yep|yup|y|those|that|all (?:of )?(?:those|that|them|of it)|all that|both|all three)"
                    + ",? (?:and|plus|\\+|&|and also|also) (.+)");

    /** "yes", "ya", "yeah!", "yes lol", "i think so", "that's it": a yes to "Did you mean ...?". */
    private static boolean confirms(String text) {
        String plain = Everyday.unhedged(text);
        return SafetyAnswers.isClearYes(plain) || CONFIRMS.matcher(AnswerReader.plain(text)).matches();
    }

    private static final Pattern CONFIRMS = Pattern.compile(
            "(?:yes|yeah|yep|yup|y|ok|okay|sure)?(?: ?(?:i think so|i guess so|i think|that's it|thats it|that's right"
                    + "|thats right|that one|correct|right|exactly|that's the one|thats the one|pretty much|sounds right))"
                    + "(?: lol| haha| thanks)?|(?:yes|yeah|yep|yup) (?:please|pls|thanks|that|that one)");

    /** The nearest reading asked back before, offered again in a word: "(Type yes for 2 weeks ago, Wednesday 24 February.)". */
    private <T> String stillOffered(String suggestion, Question<T> question, Answers answers) {
        AnswerReader.Parsed<T> nearest = reader.parse(question, suggestion, answers);
        String reading = nearest.note().map(note -> note.replaceFirst("\\.$", "").replace(": ", ", "))
                .or(() -> nearest.value().filter(LocalDate.class::isInstance)
                        .map(day -> DateAnswers.longDate((LocalDate) day, reader.today()))) // never "2026-11-23"
                .orElseGet(() -> "\"" + nearest.shown() + "\"");
        return "(Type yes for " + reading + ".)";
    }

    /**
     * Reads a pasted draft: lines until an empty one (or the end of input). An empty first line
     * keeps the draft given before, if any, and otherwise means there is none.
     */
    Step draft(Question<Optional<String>> question, Draft kind, Optional<String> earlier) {
        String prompt = Prompts.prompt(question, Optional.empty(), today).replaceFirst("> $",
                earlier.isPresent() ? "(Enter keeps the draft you gave before)\n> " : "> ");
        String[] next = {prompt};
        return until(question, () -> next[0], first -> {
            Optional<Step> step = draftFrom(question, kind, earlier, first);
            next[0] = MORE; // "ok": told what to do, the paste is waited for under a bare prompt, not the question again
            return step;
        });
    }

    /** A draft's first line alone that is an answer about the draft, not a draft: "idk", "not sure", "dunno". */
    private static final Pattern UNSURE_OF_A_DRAFT = Pattern.compile(
            "(?:i don't know|i dont know|idk|dunno|not sure|no idea|unsure|maybe|kind of|sort of|\\?+)[.!?]*");
    /** ... or a yes to keeping the draft given before: "keep it", "same", "yes". */
    private static final Pattern KEEPS_THE_DRAFT = Pattern.compile(
            "(?:keep|keep it|keep that|keep that one|same|the same|same one|same as before|that one|yes|yeah|ya|yep|yup"
                    + "|yes i have|yeah i have|i have|i did|ok|okay|k|kk|sure|alright|got it)[.!]*");
    /** ... or a no: "nope", "not yet", "no i haven't", "havent written it" (a draft is never these words alone). */
    private static final Pattern NO_DRAFT = Pattern.compile(
            "(?:no|nope|nah|na|n|not yet|no not yet|nope not yet|nah not yet|no i haven't|no i havent|i haven't|i havent"
                    + "|haven't|havent|no i haven't yet|no i havent yet|not really|none|no draft|nothing|nothing yet"
                    + "|(?:no |nope |nah )?(?:i )?(?:haven't|havent|didn't|didnt) (?:written|write|wrote) (?:it|one|anything)"
                    + "(?: yet)?)[.!]*");

    /** The step a draft's first line takes, or empty to ask again (said what to type) after a line that is no draft. */
    private Optional<Step> draftFrom(Question<Optional<String>> question, Draft kind, Optional<String> earlier, String first) {
        if (!first.isBlank() && first.contains("\n")) {
            // A terminal paste (bracketed) brings the whole draft in one line, a one-line paste with its line
            // break at the end: no empty line needed after it.
            return Optional.of(pasted(question, kind,
                    first.strip().lines().map(String::stripTrailing).collect(Collectors.joining("\n"))));
        }
        String lower = first.trim().toLowerCase(Locale.ROOT);
        if (KEEPS_THE_DRAFT.matcher(lower).matches()) {
            if (earlier.isEmpty()) { // "yes", "ok": the draft itself is still to come, or there is none
                console.say("Go ahead: paste it here, then an empty line. If you haven't written one, just press Enter.");
                return Optional.empty();
            }
            lower = "";
        }
        if (NO_DRAFT.matcher(lower).matches()) { // "nope", "not yet": none, or none now (a draft given before is dropped)
            lower = "no";
        }
        if (lower.isEmpty() || lower.equals("no")) {
            return Optional.of(lower.isEmpty() && earlier.isPresent()
                    ? new Step.Answered<>(question, Optional.of(earlier), earlier.get(), "")
                    : new Step.Answered<>(question, Optional.of(Optional.empty()), "", ""));
        }
        if (UNSURE_OF_A_DRAFT.matcher(lower).matches()) {
            // A kept draft is only replaced by another draft, never by a word about it.
            console.say(earlier.isPresent()
                    ? "I'll keep the draft you gave before unless you paste a new one. Press Enter to keep it, "
                            + "type no if there is none now, or paste the new draft, then an empty line."
                    : "If you have written it, paste it here, then an empty line. If not, just press Enter.");
            return Optional.empty();
        }
        StringBuilder draft = new StringBuilder(first.stripTrailing());
        for (Optional<String> line = console.readLine(MORE); line.isPresent() && !line.get().isBlank();
             line = console.readLine(MORE)) {
            if (line.get().contains("\n")) {
                // a paste after a line typed by hand is the rest of the draft: no empty line needed after it
                draft.append('\n').append(line.get().strip().lines().map(String::stripTrailing)
                        .collect(Collectors.joining("\n")));
                break;
            }
            draft.append('\n').append(line.get().stripTrailing());
        }
        return Optional.of(pasted(question, kind, draft.toString()));
    }

    /** The prompt for a draft's next line typed by hand: a prompt like every other, so the screen shows it waits. */
    private static final String MORE = "> ";

    private Step pasted(Question<Optional<String>> question, Draft kind, String pasted) {
        String text = pasted;
        if (text.length() > kind.maxCharacters()) {
            console.say("That is longer than " + kind.maxCharacters() + " characters; I'll read the first "
                    + kind.maxCharacters() + ".");
            text = text.substring(0, kind.maxCharacters());
        }
        Optional<WordsOfCrisis.Concern> worry = WordsOfCrisis.in(text); // a line after the first may say it
        return worry.isPresent() ? new Step.Worried(worry.get(), true)
                : new Step.Answered<>(question, Optional.of(Optional.of(text)), text, "");
    }
}
