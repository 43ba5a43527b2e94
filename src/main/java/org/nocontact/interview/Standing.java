package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.nocontact.situation.Situation;

/**
 * "Where things stand", asked as one list ("Which of these are true now? Type the numbers, or none."):
 * a block, a request for no contact, a message from them, messages of yours unanswered, a period of no
 * contact held, something shared. Only the lines still open that can change the advice are listed (the
 * engine decides, as for the feelings asked together); where fewer than two are, each is asked as its own
 * question. A line not ticked is a no (or none) for its facts; a block and a request are whole once
 * ticked; a line that needs more (when they wrote, how many, since when, what you share) is asked back
 * alone, where that can change the advice, never offering a default that takes the tick back.
 *
 * @param listed the lines asked, in the order listed (at least two)
 * @param theyWrote whether they wrote to the person (a reply): a block is then one somewhere else
 */
record Standing(List<Standing.Line> listed, boolean theyWrote) implements AnswerKind<Standing.Ticks> {
    /** The questions whose facts the list asks about, in the order of the question list. */
    static final List<Key<?>> KEYS = List.of(Key.EX_CONTACT_RECENT, Key.TIES, Key.BOUNDARIES, Key.NO_CONTACT_STARTED,
            Key.UNANSWERED_MESSAGES, Key.FEELINGS_EXPRESSED);

    /** The questions a tick answers whole (no more to ask back). */
    static final Set<Key<?>> WHOLE = Set.of(Key.BOUNDARIES, Key.FEELINGS_EXPRESSED);

    static final String PROMPT = "Which of these are true now? Type the numbers, or none.";

    Standing {
        listed = List.copyOf(listed);
    }

    /** One line of the list: the question whose facts it settles, and how it reads. */
    enum Line {
        BLOCKED(Key.BOUNDARIES, "They blocked you (on one app or more)"),
        ASKED(Key.BOUNDARIES, "They asked you not to contact them"),
        WROTE(Key.EX_CONTACT_RECENT, "They wrote to you recently"),
        UNANSWERED(Key.UNANSWERED_MESSAGES, "Some of your messages are unanswered"),
        TOLD(Key.FEELINGS_EXPRESSED, "You told them you would like to try again"),
        HOLDING(Key.NO_CONTACT_STARTED, "You are holding no contact"),
        SHARE(Key.TIES, "You still share something (children, a home, pets, belongings, money, friends)");

        private final Key<?> key;
        private final String text;

        Line(Key<?> key, String text) {
            this.key = key;
            this.text = text;
        }

        Key<?> key() {
            return key;
        }

        String text() {
            return text;
        }
    }

    /**
     * What was ticked, out of the lines listed, and the lines the person is not sure of ("1 3, not sure about 5"):
     * those are neither yes nor no, asked alone where they matter.
     */
    record Ticks(List<Line> listed, Set<Line> ticked, Set<Line> unsure, Optional<String> exceptAbout) {
        Ticks {
            listed = List.copyOf(listed);
            ticked = Set.copyOf(ticked);
            unsure = Set.copyOf(unsure);
            // the matter their request left open goes with the request, never without it
            exceptAbout = ticked.contains(Line.ASKED) ? exceptAbout : Optional.empty();
        }

        Ticks(List<Line> listed, Set<Line> ticked, Set<Line> unsure) {
            this(listed, ticked, unsure, Optional.empty());
        }

        Ticks(List<Line> listed, Set<Line> ticked) {
            this(listed, ticked, Set.of());
        }

        /** Whether the person is unsure of a line of this question (then it is asked alone, as it is). */
        boolean unsure(Key<?> key) {
            return unsure.stream().anyMatch(line -> line.key() == key);
        }

        boolean ticks(Line line) {
            return ticked.contains(line);
        }

        /** Whether a line of this question was ticked (a question ticked is asked back alone for what it needs). */
        boolean ticks(Key<?> key) {
            return ticked.stream().anyMatch(line -> line.key() == key);
        }
    }

    /**
     * Where things stand, still open and able to change the advice now, asked as one list where two or more
     * of its questions are (the engine chose one of them); never again once the list was answered (a line
     * ticked is asked back alone), and never for a question {@code notAgain} (its answer stands, or was heard
     * in another answer: "she blocked me on insta" is asked alone, that answer its default). "You told them you
     * would like to try again" is listed only once the goal is known: before, it would say what they want for them.
     */
    static Question<?> together(Question<?> listed, Question<Ticks> base, Answers answers, Predicate<Key<?>> notAgain,
                                Predicate<Key<?>> worthAsking) {
        if (answers.has(Key.STANDING) || notAgain.test(listed.key())) {
            return listed;
        }
        List<Key<?>> open = KEYS.stream().filter(key -> !answers.has(key) && !notAgain.test(key))
                .filter(key -> key == listed.key() || worthAsking.test(key))
                .filter(key -> key != Key.FEELINGS_EXPRESSED || answers.has(Key.GOAL)).toList();
        return open.size() < 2 ? listed : question(linesFor(open), base, answers);
    }

    /** The lines that ask about these questions, in the order listed. */
    static List<Line> linesFor(List<Key<?>> keys) {
        return Arrays.stream(Line.values()).filter(line -> keys.contains(line.key())).toList();
    }

    /** The question asking these lines together; its key is the list's own, which decides no fact itself. */
    static Question<Ticks> question(List<Line> listed, Question<Ticks> base, Answers answers) {
        return new Question<>(Key.STANDING, base.prompt(), base.why(), new Standing(listed, Questions.exWrote(answers)),
                base.relevance(), base.applies());
    }

    @Override
    public String show(Ticks value) {
        return StandingAnswers.shown(value);
    }

    @Override
    public AnswerReader.Parsed<Ticks> read(AnswerReader reader, String text, Answers answers) {
        return HeldWithTheList.saidBack(StandingAnswers.read(listed, text), reader, text, answers);
    }

    @Override
    public void describe(StringBuilder out, LocalDate today) {
        for (int i = 0; i < listed.size(); i++) {
            Line line = listed.get(i);
            out.append(String.format("  %d) %s%n", i + 1, line == Line.BLOCKED && theyWrote
                    ? "They blocked you somewhere else (another app, your number)" : line.text()));
        }
    }

    @Override
    public String fallback() {
        return "";
    }

    /** "none, its for her birthday", "she blocked me and we have kids": words said for later questions are heard. */
    @Override
    public boolean maySayMore() {
        return true;
    }

    @Override
    public boolean mayNameChoices() {
        return true;
    }

    /**
     * The lines ticked before, as the default: the list's own answer where it was given (changing it), else
     * what the answers remembered for its questions say (a saved file); empty when none is remembered.
     */
    Optional<String> remembered(Remembered answers) {
        Optional<String> given = answers.answer(Key.STANDING).filter(words -> StandingAnswers.read(listed, words)
                .problem().isEmpty());
        if (given.isPresent()) {
            return given;
        }
        if (listed.stream().noneMatch(line -> answers.given(line.key()).isPresent())) {
            return Optional.empty();
        }
        Set<Line> ticked = listed.stream().filter(line -> answers.given(line.key()).filter(a -> ticked(line, a)).isPresent())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Line.class)));
        Optional<String> except = answers.given(Key.BOUNDARIES).flatMap(TheirException::in).map(TheirException::matter);
        return Optional.of(StandingAnswers.shown(new Ticks(listed, ticked, Set.of(), except)));
    }

    /** Whether a question's answer, as shown, ticks the line ("no", "none" and "0" do not). */
    private static boolean ticked(Line line, String shown) {
        return switch (line) {
            case BLOCKED -> shown.contains("blocked") || shown.equals("both");
            case ASKED -> shown.contains("asked") || shown.equals("both");
            default -> !Set.of("no", "none", "0").contains(shown);
        };
    }

    /**
     * The list as answered in a finished conversation, where it was answered on its path (its lines are those it asked
     * when last answered); empty otherwise.
     */
    static Optional<Ticks> answered(Interview.Outcome finished) {
        Set<Key<?>> asked = finished.answers().listed();
        if (!finished.asked().contains(Key.STANDING) || asked.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = linesFor(List.copyOf(asked));
        return finished.answers().answer(Key.STANDING).map(words -> StandingAnswers.read(lines, words))
                .flatMap(AnswerReader.Parsed::value);
    }

    /**
     * The questions of lines ticked in a finished conversation and never asked back, since no answer to them could
     * change its advice ("You still share something" beside a request for no contact): what the person said, which
     * only the follow-up's answer can hold in a file.
     */
    static List<Key<?>> tickedNotAskedBack(Interview.Outcome finished) {
        return answered(finished).map(ticks -> KEYS.stream().filter(key -> ticks.ticks(key) && !ticks.unsure(key)
                && !WHOLE.contains(key) && !finished.asked().contains(key)).toList()).orElse(List.of());
    }

    /**
     * The questions of lines the person ticked when the list was last answered, each followed up with an answer that
     * keeps the tick: changing the list, a line ticked again keeps that answer (not asked back again).
     */
    static Set<Key<?>> tickedBefore(Interview.Outcome finished) {
        return answered(finished).map(ticks -> KEYS.stream().filter(key -> ticks.ticks(key) && !WHOLE.contains(key)
                && finished.asked().contains(key)).collect(Collectors.<Key<?>>toSet())).orElse(Set.of());
    }

    /** What the list settles for a question: a block and a request as ticked, and no (or none) for a line not ticked. */
    static Object settled(Key<?> key, Ticks ticks) {
        if (key == Key.BOUNDARIES) {
            return new Situation.Boundaries(ticks.ticks(Line.ASKED), ticks.ticks(Line.BLOCKED), ticks.exceptAbout());
        }
        if (key == Key.FEELINGS_EXPRESSED) {
            return Optional.of(ticks.ticks(Line.TOLD));
        }
        if (key == Key.TIES) {
            return EnumSet.noneOf(org.nocontact.situation.Tie.class);
        }
        if (key == Key.UNANSWERED_MESSAGES) {
            return OptionalInt.of(0);
        }
        return key == Key.NO_CONTACT_STARTED ? NoContactNow.NOT_HOLDING : Optional.empty();
    }

    /** The lines a situation file makes true (for a replay, answering as a person would). */
    Ticks in(Answers file) {
        Set<Line> ticked = EnumSet.noneOf(Line.class);
        Set<Line> unsure = EnumSet.noneOf(Line.class);
        if (listed.contains(Line.TOLD) && file.get(Key.FEELINGS_EXPRESSED).filter(Optional::isEmpty).isPresent()) {
            unsure.add(Line.TOLD); // the file does not say: a person who is not sure says so
        }
        Situation.Boundaries boundaries = file.get(Key.BOUNDARIES).orElse(Situation.Boundaries.NONE);
        for (Line line : listed) {
            boolean is = switch (line) {
                case BLOCKED -> boundaries.blocked();
                case ASKED -> boundaries.exAskedNoContact();
                case WROTE -> file.get(Key.EX_CONTACT_RECENT).flatMap(recent -> recent).isPresent();
                case UNANSWERED -> file.get(Key.UNANSWERED_MESSAGES).orElse(OptionalInt.empty()).orElse(0) > 0;
                case HOLDING -> file.get(Key.NO_CONTACT_STARTED).filter(NoContactNow::holding).isPresent();
                case SHARE -> !file.get(Key.TIES).orElse(Set.of()).isEmpty();
                case TOLD -> file.get(Key.FEELINGS_EXPRESSED).flatMap(told -> told).orElse(false);
            };
            if (is) {
                ticked.add(line);
            }
        }
        return new Ticks(listed, ticked, unsure, boundaries.exceptAbout());
    }

    /**
     * A question whose line was ticked, asked back alone for what it needs: worded from the tick, and never
     * offering an answer that takes the tick back ("no", "none", 0 are not choices and Enter is not one).
     * Any other question is as it is.
     */
    static <T> Question<T> afterATick(Question<T> question, Answers answers) {
        boolean ticked = !WHOLE.contains(question.key()) // a block, a request and what you told them: whole once ticked
                && answers.get(Key.STANDING).filter(ticks -> ticks.ticks(question.key()) && !ticks.unsure(question.key()))
                .isPresent();
        return ticked ? askedBack(question) : question;
    }

    /**
     * As the change list shows a question of the list answered after it (not with it): worded as asked back after
     * a tick where its answer is one (anything but no, none or 0), as it is otherwise.
     */
    static <T> Question<T> asListed(Question<T> question, Interview.Outcome finished) {
        Key<T> key = question.key();
        boolean tick = finished.asked().contains(Key.STANDING) && KEYS.contains(key) && !WHOLE.contains(key)
                && !finished.saidWithTheirQuestion().contains(key)
                && finished.answers().answer(key).filter(shown -> !Set.of("no", "none", "0").contains(shown)).isPresent();
        return tick ? askedBack(question) : question;
    }

    @SuppressWarnings("unchecked") // each kind below is the kind of the question it replaces
    private static <T> Question<T> askedBack(Question<T> question) {
        AnswerKind<T> kind = question.kind();
        if (kind instanceof Choice<T> choice) {
            return question.worded("When did they write to you, and was it practical or personal?").withKind(new Choice<>(
                    choice.options().stream().filter(o -> !(o.value() instanceof Optional<?> none && none.isEmpty()))
                            .map(o -> new Option<>(o.label().replaceFirst("^yes, ", ""), o.value(), o.names())).toList(),
                    Optional.empty(), choice.saysBack()));
        }
        if (kind instanceof Several several) {
            return question.worded("What do you still share? (numbers or names, separated by commas)")
                    .withKind((AnswerKind<T>) new Several(several.options(), false));
        }
        if (kind instanceof Whole whole) {
            return question.worded("How many of your messages are still unanswered?")
                    .withKind((AnswerKind<T>) new Whole(1, whole.max(), OptionalInt.empty(), false, whole.unit()));
        }
        if (kind instanceof Period period) {
            return question.worded("Since when have you held no contact?")
                    .withKind((AnswerKind<T>) new Period(period.since(), true));
        }
        return question;
    }
}
