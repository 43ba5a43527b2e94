package org.nocontact.interview;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Country;
import org.nocontact.advice.Help;
import org.nocontact.advice.HelpLines;
import org.nocontact.advice.WordsOfCrisis;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationWriter;

/**
 * The conversation: one question at a time, safety first; later questions only when the rules say
 * their answer could change the advice. "?" explains, "back" returns to the previous question, a
 * wrong answer is explained and asked again. Every answer given is remembered: when a question comes
 * up again (after "back", when changing an answer, or starting from a saved situation) its earlier
 * answer is the default. Ends with the situation, or empty if the person left.
 */
public final class Interview {
    static final String INTRO = """
            Let's look at this together: a few short questions, one at a time.
            Type ? to hear why I ask, back to change your last answer, Ctrl-D to leave.
            Nothing you type leaves this computer.
            """;

    private final Console console;
    private final LocalDate today;
    private final Relevance relevance;
    private final QuestionOrder order;
    private final AnswerReader reader;
    private final List<Question<?>> questions = Questions.all();
    private final Asking asking;
    /** Whether a plan, as typed, is to turn up where they are (read with the draft rules' phrases). */
    private final TurningUp turningUp;
    private final Optional<Replay> replay;
    private final Optional<NextQuestions> remembered;
    /**
     * Whether a safety question is on the screen now (read by the Ctrl-C hook, on another thread); true
     * before the first question too, since no safety question has had its answer yet.
     */
    private volatile boolean atSafety = true;
    /** The last safety question put to the person: the one they left, when they leave at one (none yet: self-harm's). */
    private volatile Key<?> lastSafety = Key.SELF_HARM;
    /** Where the person lives, for the help lines shown when they type help at a safety question. */
    private Optional<Country> country = Optional.empty();
    /** Outcomes completed for a file in this conversation (each is asked for once, whichever saves it). */
    private final Map<Outcome, Outcome> forAFile = new HashMap<>();

    public Interview(Advisor advisor, LocalDate today, Console console) {
        this(advisor, today, console, Optional.empty(), Optional.empty());
    }

    private Interview(Advisor advisor, LocalDate today, Console console, Optional<Replay> replay,
            Optional<NextQuestions> remembered) {
        this.console = console;
        this.today = today;
        this.relevance = new Relevance(advisor, today, remembered);
        this.order = new QuestionOrder(questions, relevance);
        this.reader = new AnswerReader(today, AlikeNumbers.of(advisor.rules()));
        this.turningUp = new TurningUp(advisor.rules().drafts());
        this.asking = new Asking(console, reader, today, this::helpFor, turningUp);
        this.replay = replay;
        this.remembered = remembered;
    }

    /**
     * An interview whose questions are answered from a situation file, truthfully, with each
     * question's field named on {@code asked} as it is asked; today is the file's.
     */
    public static Interview replaying(Advisor advisor, Situation file, PrintWriter asked) {
        return new Interview(advisor, file.today(), Console.SILENT, Optional.of(new Replay(file, asked)), Optional.empty());
    }

    /**
     * As {@link #replaying(Advisor, Situation, PrintWriter)}, under the advisor of {@code next}, taking the
     * question to ask after a set of answers from it where an earlier replay worked it out (and
     * leaving there what this one works out).
     */
    public static Interview replaying(NextQuestions next, Situation file, PrintWriter asked) {
        return new Interview(next.advisor(), file.today(), Console.SILENT, Optional.of(new Replay(file, asked)),
                Optional.of(next));
    }

    /**
     * What a conversation produced: the situation, every answer remembered (those on the path
     * finally taken and those left behind by going back), the questions answered on that path, and,
     * after a safety stop, why that answer took the safe path (a clear yes, or not a clear no).
     */
    public record Outcome(Situation situation, Remembered answers, List<Key<?>> asked, Optional<SafePath> safePath,
                          Set<Key<?>> saidWithTheirQuestion) {
        public Outcome {
            asked = List.copyOf(asked);
            saidWithTheirQuestion = Set.copyOf(saidWithTheirQuestion);
        }

        /** With no part of a two-part question said in its answer (or none known). */
        public Outcome(Situation situation, Remembered answers, List<Key<?>> asked, Optional<SafePath> safePath) {
            this(situation, answers, asked, safePath, Set.of());
        }

        /** An outcome that did not stop at a safety answer, or whose reason is not known (a situation read from a file). */
        public Outcome(Situation situation, Remembered answers, List<Key<?>> asked) {
            this(situation, answers, asked, situation.safety().anyConcern() ? Optional.of(SafePath.CLEAR_YES)
                    : Optional.empty());
        }

        /** The conversation ended at a safety answer (any yes stops it), so most questions were never asked. */
        public boolean safetyStop() {
            return situation.safety().anyConcern();
        }

        /** The first feeling asked and left unsaid (skipped), if any: the person may still say it. */
        public Optional<Key<?>> feelingSkipped() {
            Answers said = Answers.of(situation);
            return Questions.FEELINGS.stream().filter(asked::contains)
                    .filter(feeling -> said.get(feeling).filter(OptionalInt::isPresent).isEmpty())
                    .<Key<?>>map(feeling -> feeling).findFirst();
        }

        /** The situation fields the person answered, as named in the file ("noContact" for "have you started"). */
        public Set<String> given() {
            return asked.stream().flatMap(key -> key.fields().stream()).collect(Collectors.toUnmodifiableSet());
        }

        /**
         * The situation file to keep: only the fields the person answered (the rest left out, so they
         * read as the file's defaults, as they did here). Empty after a safety stop: then most
         * questions were never asked, and a file would only hold guesses beside a painful answer.
         */
        public Optional<String> file() {
            return safetyStop() ? Optional.empty() : Optional.of(SituationWriter.write(situation, given()::contains));
        }
    }

    /**
     * How a conversation ended: with its outcome, or with the person leaving before the end; and
     * whether they left at a safety question, so before every safety question had a clear no (they
     * may need help they did not get to ask for).
     */
    public record Ending(Optional<Outcome> outcome, boolean leftAtSafety, boolean theyDied) {
        static Ending finished(Outcome outcome) {
            return new Ending(Optional.of(outcome), false, false);
        }

        static Ending left(boolean atSafety) {
            return new Ending(Optional.empty(), atSafety, false);
        }

        /** An answer said their ex has died: no verdict, since the advice is for an ex who is alive (see TheyDied). */
        static Ending died() {
            return new Ending(Optional.empty(), false, true);
        }
    }

    /** @return the situation the answers describe, or empty when the person left early */
    public Optional<Situation> run() {
        return talk(Remembered.none()).outcome().map(Outcome::situation);
    }

    /** The country whose help lines "help" at a safety question shows (unknown: the general lines). */
    public Interview helpFrom(Optional<Country> where) {
        this.country = where;
        return this;
    }

    /**
     * What the last safety question asked about, alone: for someone who leaves at it, the help that fits it (the
     * domestic-abuse line at "Do you feel unsafe because of your ex?", the crisis line at thoughts of self-harm).
     * Before any question, self-harm's: no safety question has had its answer yet.
     */
    public Situation.Safety concernLeft() {
        Key<?> left = lastSafety;
        return new Situation.Safety(left == Key.UNSAFE, left == Key.THREATENED, left == Key.SELF_HARM,
                left == Key.URGE_TO_MONITOR, left == Key.PROTECTION_ORDER);
    }

    /** Whether a safety question is waiting for its answer right now (for Ctrl-C before the line editor is ready). */
    public boolean atASafetyQuestion() {
        return atSafety;
    }

    /** The whole conversation; each question offers its remembered answer (if any) as the default. */
    public Ending talk(Remembered remembered) {
        console.say(INTRO);
        console.say("First, your safety.");
        return new Walk(this, remembered, Set.of(), false, List.of()).run();
    }

    /**
     * The moment of an urge ({@code nocontact urge}): the safety questions as always (no default;
     * anything but a clear no takes the safe path), then only the questions named in {@code ask}
     * (and any newly worth asking that {@code kept} does not answer); every other answer is the
     * kept one, taken without being shown.
     */
    public Ending quick(Situation kept, Set<Key<?>> ask) {
        console.say("First, your safety.");
        Set<Key<?>> standing = questions.stream().filter(q -> !q.kind().safety() && !ask.contains(q.key()))
                .map(Question::key).collect(Collectors.toSet());
        return new Walk(this, Remembered.from(kept), standing, true, List.of()).run();
    }

    /**
     * Changes one answer of a finished conversation: that question is asked again (its answer as the
     * default), the other answers given stand, and only questions newly worth asking are asked.
     */
    public Ending change(Outcome finished, Key<?> question) {
        Set<Key<?>> standing = new ChangeList(questions).standingWhileChanging(finished, question);
        return new Walk(this, finished.answers(), standing, true, List.of(), finished.saidWithTheirQuestion())
                .keepingWhatTickedLinesSaid(question == Key.STANDING ? Standing.tickedBefore(finished) : Set.of()).run();
    }

    /**
     * Before a finished conversation is kept in a file: what every situation file must hold (who ended
     * it, when, the goal) and this conversation did not ask, since no answer to it could change the
     * advice here, is asked now, saying why, rather than invented. The other answers stand, so the
     * advice is the one given. Asked once per outcome, however many places keep it.
     *
     * @return the outcome with those answers in, or empty when the person left instead of answering
     */
    public Optional<Outcome> forAFile(Outcome finished) {
        List<Key<?>> missing = new ArrayList<>(Questions.NEEDED_IN_A_FILE.stream().filter(key -> !finished.asked().contains(key))
                .toList());
        missing.addAll(Standing.tickedNotAskedBack(finished));
        if (finished.safetyStop() || missing.isEmpty()) {
            return Optional.of(finished);
        }
        Outcome done = forAFile.get(finished);
        if (done != null) {
            return Optional.of(done);
        }
        console.say("\nTo keep your answers in a file I need " + (missing.size() == 1 ? "one more" : missing.size() + " more")
                + ". I didn't ask before, as the answer makes no difference to this advice.");
        Optional<Outcome> completed = new Walk(this, finished.answers(), new HashSet<>(finished.asked()), true, missing,
                finished.saidWithTheirQuestion()).withTheList(Standing.answered(finished)).run().outcome();
        completed.ifPresent(outcome -> forAFile.put(finished, outcome));
        return completed;
    }

    /**
     * Asks which answer of a finished conversation to change.
     * @return the question chosen, or empty when the person changed nothing (Enter, or Ctrl-D)
     */
    public Optional<Key<?>> chooseAnswerToChange(Outcome finished) {
        return new ChangeList(questions).choose(console, finished);
    }

    List<Question<?>> questions() {
        return questions;
    }

    /** The index of the question to ask after these answers, or empty when none is left worth asking. */
    OptionalInt next(Answers answers) {
        Supplier<OptionalInt> workedOut = () -> order.next(answers, q -> shouldAsk(q, answers));
        return remembered.map(r -> r.after(today, answers, workedOut)).orElseGet(workedOut);
    }

    LocalDate today() {
        return today;
    }

    /** Whether an answer in this conversation said their ex has died. */
    boolean heardTheyDied() {
        return asking.theyDied();
    }

    /** The plan as said to them, where it is to turn up where they are, wait for them or find them. */
    Optional<String> turnsUp(String plan) {
        return turningUp.saidToThem(plan);
    }

    Console console() {
        return console;
    }

    AnswerReader reader() {
        return reader;
    }

    Optional<Replay> replay() {
        return replay;
    }

    boolean shouldAsk(Question<?> question, Answers answers) {
        if (!question.applies().test(answers)) {
            return false;
        }
        return switch (question.relevance()) {
            case ALWAYS, WITH_ITS_GROUP -> true;
            case WHEN_IT_COULD_CHANGE_THE_ADVICE -> relevance.couldChangeTheAdvice(question, answers);
            case WHEN_THE_VERDICT_READS_A_DRAFT -> relevance.verdictReadsADraft(answers)
                    || relevance.draftCouldChangeTheAdvice(question, answers);
        };
    }

    /**
     * Puts the question to the person. While a safety question waits, the Ctrl-C hook can see it;
     * Ctrl-C there ends the conversation saying so.
     */
    <T> Step ask(Question<T> question, Answers answers, Optional<String> earlier) {
        atSafety = question.kind().safety();
        if (atSafety) {
            lastSafety = question.key();
        }
        try {
            return asking.ask(question, earlier, answers);
        } catch (Console.Interrupted e) {
            throw new Console.Interrupted(atSafety);
        } finally {
            atSafety = false;
        }
    }

    /** The help lines for the concern a safety question asks about, in plain words for a person. */
    private String helpFor(Question<?> question) {
        Key<?> key = question.key();
        return helpFor(new Situation.Safety(key == Key.UNSAFE, key == Key.THREATENED, key == Key.SELF_HARM,
                key == Key.URGE_TO_MONITOR, key == Key.PROTECTION_ORDER)) + "\nWhen you are ready, answer the question in your own words.";
    }

    /** Words of crisis typed where no question waits (at "More?"): what worries us, and the help lines that fit. */
    String worried(WordsOfCrisis.Concern concern) {
        return WorryingWords.opening(concern) + "\n" + helpFor(concern.safety());
    }

    private String helpFor(Situation.Safety safety) {
        Help help = HelpLines.builtIn().forSafety(safety, country);
        boolean urgent = help.lines().stream().anyMatch(line -> line.kind() == Help.Kind.EMERGENCY);
        return (urgent ? "If you need help now:" : "Support for you:") + help.lines().stream()
                .map(line -> "\n  - " + line.text()).collect(Collectors.joining());
    }
}
