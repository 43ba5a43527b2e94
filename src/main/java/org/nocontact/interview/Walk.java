package org.nocontact.interview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.nocontact.advice.WordsOfCrisis;
import org.nocontact.rules.Facts;
import org.nocontact.situation.InitiatedBy;
import org.nocontact.situation.Occasion;

/**
 * One walk through the questions, in the order QuestionOrder chooses. A question in {@code standing} takes its remembered
 * answer without being shown (it was just answered in this conversation), unless that answer no
 * longer fits the others. Each step (an answer, back, leaving) moves the walk on itself.
 */
final class Walk {
    private final Interview interview;
    private final List<Question<?>> questions;
    private final LocalDate today;
    private final Set<Key<?>> standing;
    private final boolean changing;
    /** Asked after the questions the advice needs, where still open: what a file needs (see Interview.forAFile). */
    private final List<Key<?>> alsoAsk;
    /** The questions put, latest first, each with the parts said with it (in the outcome's answers given, never asked alone). */
    private final History history = new History();
    private Remembered remembered;
    private Answers answers = Answers.none();
    private boolean introduced;
    private int index;
    /** Whether the step being taken put its question on screen (not a standing answer taken unseen). */
    private boolean shown;

    /** The parts said with their question in the conversation this walk changes (kept so while both answers stand). */
    private final Set<Key<?>> saidBefore;
    /** The goal, once asked with who ended it as one question: one answer with it, even where it was then asked back alone. */
    private final Set<Key<?>> askedAsOne = new HashSet<>();
    /** Changing the list of where things stand: lines ticked before, whose answer stands where the line is ticked again. */
    private Set<Key<?>> tickedBefore = Set.of();

    Walk(Interview interview, Remembered start, Set<Key<?>> standing, boolean changing, List<Key<?>> alsoAsk) {
        this(interview, start, standing, changing, alsoAsk, Set.of());
    }

    Walk(Interview interview, Remembered start, Set<Key<?>> standing, boolean changing, List<Key<?>> alsoAsk,
         Set<Key<?>> saidBefore) {
        this.saidBefore = Set.copyOf(saidBefore);
        this.interview = interview;
        this.questions = interview.questions();
        this.today = interview.today();
        this.remembered = start;
        this.standing = Set.copyOf(standing);
        this.changing = changing;
        this.alsoAsk = List.copyOf(alsoAsk);
        this.introduced = changing;
    }

    /** Changing the list: a line ticked before and ticked again keeps the answer it was followed up with, unseen. */
    Walk keepingWhatTickedLinesSaid(Set<Key<?>> ticked) {
        this.tickedBefore = Set.copyOf(ticked);
        return this;
    }

    /** Saving: the list stands as ticked, so a line ticked and never asked back is asked back now, worded from the tick. */
    Walk withTheList(Optional<Standing.Ticks> ticks) {
        ticks.ifPresent(list -> answers = answers.with(Key.STANDING, list));
        return this;
    }

    /** Asks the questions in the order QuestionOrder chooses, to the end, a safety stop, or the person leaving. */
    Interview.Ending run() {
        while (true) {
            OptionalInt next = interview.next(answers);
            if (next.isEmpty()) {
                next = alsoAsked();
            }
            if (next.isEmpty()) {
                break;
            }
            index = next.getAsInt();
            if (interview.heardTheyDied() && !questions.get(index).kind().safety()) {
                return theyDied(); // said at a safety question: the other safety questions were asked first
            }
            Question<?> listed = together(questions.get(index));
            index = questions.indexOf(questionOf(listed.key()));
            Optional<Occasion> byTheDate = listed.key() == Key.OCCASION ? Facts.inferredOccasion(today) : Optional.empty();
            if (byTheDate.isPresent() && !changing) {
                interview.console().say(WordedQuestions.sayTheDay(byTheDate.get()));
            }
            Optional<Interview.Ending> end = step(WordedQuestions.onTheDay(listed, byTheDate)).take(this);
            if (end.isPresent()) {
                return end.get();
            }
        }
        return finished(Optional.empty());
    }

    /**
     * The question to put for the one the engine chose: where two or more questions of a group are open and can
     * change the advice now, the group asked as one (the feelings, where things stand, who ended it with the goal).
     */
    private Question<?> together(Question<?> listed) {
        Key<?> key = listed.key();
        if (Standing.KEYS.contains(key)) {
            @SuppressWarnings("unchecked") // the list's own question
            Question<Standing.Ticks> base = (Question<Standing.Ticks>) questionOf(Key.STANDING);
            return Standing.together(listed, base, answers, k -> standing.contains(k) || heardBefore(k) && !heardWithTheList(k),
                    this::worthAsking);
        }
        if (Questions.ASKED_AS_ONE.contains(key)) {
            @SuppressWarnings("unchecked") // who ended it: its key is INITIATED_BY
            Question<InitiatedBy> who = (Question<InitiatedBy>) questionOf(Key.INITIATED_BY);
            return WhoAndGoal.together(listed, who, answers, standing::contains, saidBefore.contains(Key.GOAL),
                    k -> worthAsking(k) || alsoAsk.contains(k));
        }
        // A feeling stands only with an answer to keep: one never given (urge, whose kept answers have none) is asked
        // with the others, as in ask.
        return Scales.together(listed, answers, k -> standing.contains(k) && remembered.answer(k).isPresent(),
                this::worthAsking, this::questionOf);
    }

    private boolean worthAsking(Key<?> key) {
        return interview.shouldAsk(questionOf(key), answers);
    }

    private boolean heardBefore(Key<?> key) {
        return remembered.answer(key).isPresent() && remembered.given(key).isEmpty();
    }

    /**
     * Heard in the list's own answer ("5 since like 2 months. 6 mutual friends"): asked again after "back" or in a
     * change, the list keeps that line, so its numbers and the ticks remembered still mean what they meant.
     */
    private boolean heardWithTheList(Key<?> key) {
        return remembered.listed().contains(key);
    }

    private OptionalInt alsoAsked() {
        for (int i = 0; i < questions.size(); i++) {
            Key<?> key = questions.get(i).key();
            if (alsoAsk.contains(key) && !answers.has(key)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private <T> Step step(Question<T> listed) {
        Question<T> question = Standing.afterATick(WordedQuestions.worded(listed, answers), answers);
        shown = true;
        Optional<String> earlier = question.kind() instanceof Scales scales ? scales.remembered(remembered)
                : question.kind() instanceof Standing list ? list.remembered(remembered)
                : remembered.answer(question.key());
        if (question != listed && answers.has(Key.STANDING)) { // asked back after a tick: no default that takes it back
            // (choices named together are kept: they are no default, but the two to pick from)
            earlier = earlier.filter(answer -> interview.reader().parse(question, answer, answers).problem().isEmpty()
                    || !NamedTogether.in(question.kind(), answer).isEmpty());
        }
        if (question.kind() instanceof Choice<T>) { // "[a practical matter]" at what a gift is for: Enter would loop
            earlier = earlier.filter(answer -> !notAChoice(question, answer));
        }
        if (interview.replay().isPresent()) {
            return new Step.Answered<>(question, interview.replay().get().answer(question), "", "");
        }
        boolean tickedAgain = tickedBefore.contains(question.key())
                && answers.get(Key.STANDING).filter(ticks -> ticks.ticks(question.key())).isPresent();
        Optional<Step.Answered<T>> kept = standing.contains(question.key()) || tickedAgain
                ? earlier.flatMap(answer -> EarlierAnswers.kept(interview.reader(), question, answer, answers)) : Optional.empty();
        shown = kept.isEmpty();
        if (kept.isPresent()) {
            return kept.get();
        }
        if (!introduced && !question.kind().safety()) {
            interview.console().say("\nThank you. Now, about what you have in mind.");
            introduced = true;
        }
        interview.console().asking(Optional.of(question.key()));
        return interview.ask(question, answers, question.kind().safety() ? Optional.empty()
                : Parts.withTheDaySaid(question, earlier, answers, remembered,
                standing::contains, interview.reader(), this::questionOf));
    }

    /** Words heard earlier that name none of the question's choices, so they cannot be offered as its default. */
    private <T> boolean notAChoice(Question<T> question, String answer) {
        AnswerReader.Parsed<T> read = interview.reader().parse(question, answer, answers);
        return read.problem().filter(p -> p.startsWith("Please choose a number")).isPresent()
                && read.suggestion().isEmpty() && NamedTogether.in(question.kind(), answer).isEmpty();
    }

    /** An answer given: remembered, and the walk goes on to the next question (or stops, for a safety concern). */
    <T> Optional<Interview.Ending> answered(Step.Answered<T> answered) {
        Question<T> put = answered.question();
        Key<T> key = put.key();
        answers = answered.into(answers);
        if (put.kind() instanceof Standing) {
            return listAnswered(answered);
        }
        SaidWith heard = new SaidWith(interview, answers, remembered).hear(put, answered.typed());
        answers = heard.answers();
        remembered = heard.remembered();
        List<String> partsRead = heard.read();
        history.push(new History.Put(index, heard.parts(), shown));
        if (put.kind() instanceof WhoAndGoal) {
            askedAsOne.add(Key.GOAL);
        }
        boolean said = !(put.kind() instanceof Scales scales) || scales.saysTheFirst(answered.typed());
        if (!said) {
            answers = answers.without(key); // "sad 8, rest idk": the first feeling, not said, stays open (asked alone)
        }
        if (put.kind() instanceof Scales) {
            ReadAs.together(said ? ReadAs.part(key, answered.shown(), answered.shown()) : "", partsRead)
                    .ifPresent(interview.console()::say);
        } else if (answered.stop().isEmpty()) {
            ReadAs.line(answered.shown(), answered.note(), partsRead).ifPresent(interview.console()::say);
        }
        heard.days().forEach(interview.console()::say); // "3 weeks ago: Wednesday 17 February."
        keepTurningUpAsTheDraft(key, answered.typed());
        remembered = Overheard.in(questions, questions.get(index), answered.typed(), answers,
                said ? remembered.with(key, answered.shown()) : remembered);
        Optional<String> stop = answered.stop();
        if (stop.isPresent()) {
            SafePath why = answered.safePath().orElseThrow();
            // Thanks only for a clear yes: a typo or "not really" told us nothing to thank them for.
            interview.console().say(why == SafePath.CLEAR_YES ? "Thank you for telling me."
                    : "You didn't give a clear no, so, just in case, I'll take the careful path.");
            interview.console().say(stop.get());
            answered.note().ifPresent(interview.console()::say); // the question they came with, answered in one line
            if (interview.heardTheyDied()) {
                interview.console().say(TheyDied.AFTER_A_SAFETY_STOP);
            }
            return Optional.of(finished(Optional.of(why)));
        }
        return Optional.empty();
    }

    /**
     * The list of where things stand answered: each line not ticked is a no (or none) for its question, a block
     * and a request are whole once ticked, and a ticked line that needs more stays open, asked back alone where
     * it can change the advice. Each answer is kept as given (saved, shown in the change list, replayed).
     */
    private <T> Optional<Interview.Ending> listAnswered(Step.Answered<T> answered) {
        Standing.Ticks ticks = answers.get(Key.STANDING).orElseThrow();
        List<Key<?>> settled = new ArrayList<>();
        for (Standing.Line line : ticks.listed()) {
            Key<?> key = line.key();
            if (settled.contains(key) || ticks.ticks(key) && !Standing.WHOLE.contains(key) || ticks.unsure(key)) {
                continue;
            }
            settled.add(key);
            untickedOrWhole(questionOf(key), ticks);
        }
        history.push(new History.Put(index, settled, shown));
        answered.note().ifPresent(interview.console()::say);
        remembered = Overheard.in(questions, questions.get(index), answered.typed(), answers,
                remembered.with(Key.STANDING, answered.shown()).listing(ticks.listed().stream().map(Standing.Line::key)
                        .collect(Collectors.toSet())));
        return Optional.empty();
    }

    private <T> void untickedOrWhole(Question<T> question, Standing.Ticks ticks) {
        Optional<T> value = question.key().read(Standing.settled(question.key(), ticks));
        value.ifPresent(v -> {
            answers = answers.with(question.key(), v);
            remembered = remembered.with(question.key(), question.kind().show(v));
        });
    }

    private Question<?> questionOf(Key<?> key) {
        return questions.stream().filter(q -> q.key() == key).findFirst().orElseThrow();
    }

    /**
     * A plan typed as turning up where they are ("show up at her place tonight") is what the draft
     * rule on turning up decides: the words, as said to them, are kept as the draft where none is given, and said back.
     */
    private void keepTurningUpAsTheDraft(Key<?> key, String typed) {
        Optional<String> said = key == Key.ACTION && !answers.has(Key.MESSAGE) ? interview.turnsUp(typed) : Optional.empty();
        if (said.isPresent()) {
            answers = answers.with(Key.MESSAGE, said);
            interview.console().say("That is going to where they are without being asked. I'll read it as if you "
                    + "told them: \"" + said.get() + "\"");
        }
    }

    /** Words of suicide, self-harm or danger typed in an answer or a draft: the safe path, as a yes there takes it. */
    Interview.Ending worried(WordsOfCrisis.Concern concern, boolean inADraft) {
        Key<Boolean> key = concern == WordsOfCrisis.Concern.SELF_HARM ? Key.SELF_HARM : Key.UNSAFE;
        answers = answers.with(key, true);
        remembered = remembered.with(key, "yes");
        WorryingWords.say(interview.console(), concern, inADraft);
        return finished(Optional.of(SafePath.CLEAR_YES));
    }

    /** An answer said their ex has died: the questions stop, and no verdict follows (the command says why). */
    Interview.Ending theyDied() {
        interview.console().asking(Optional.empty());
        return Interview.Ending.died();
    }

    /**
     * "back": the question shown before is asked again, its answer forgotten (but remembered as the default).
     * Answers that stood since (changing another answer) are taken again, unseen, where they still fit.
     */
    void back() {
        if (!history.anyShown()) {
            interview.console().say(changing ? "This is the first question I asked again." : "This is the first question.");
            return;
        }
        History.Put put;
        do {
            put = history.pop();
            answers = answers.without(questions.get(put.index()).key());
            if (questions.get(put.index()).key() == Key.INITIATED_BY) {
                askedAsOne.clear();
            }
            for (Key<?> part : put.parts()) {
                answers = answers.without(part);
            }
        } while (!put.shown());
    }

    private Interview.Ending finished(Optional<SafePath> safePath) {
        interview.console().asking(Optional.empty());
        List<Key<?>> asked = new ArrayList<>(history.asked(questions, answers));
        if (!answers.toSituation(today).safety().anyConcern()) {
            answers = EarlierAnswers.keep(questions, answers, remembered, interview.reader(), asked);
        }
        EarlierAnswers.keepTheList(asked, standing, remembered);
        return Interview.Ending.finished(new Interview.Outcome(answers.toSituation(today), remembered, asked,
                safePath, saidWithTheirQuestion(asked)));
    }

    /**
     * The parts said with their question: on this path, and before a change where neither answer changed since (still
     * one answer); so is a part that stands where its question was asked as one again (the day, after who ended it and
     * the goal changed).
     */
    private Set<Key<?>> saidWithTheirQuestion(List<Key<?>> asked) {
        Set<Key<?>> saidWith = history.partsSaid();
        askedAsOne.stream().filter(asked::contains).forEach(saidWith::add);
        for (Key<?> part : saidBefore) {
            if (standing.contains(part) && asked.contains(part) && asked.stream().anyMatch(key -> Parts.of(key).contains(part)
                    && (standing.contains(key) || !askedAsOne.isEmpty()))) {
                saidWith.add(part);
            }
        }
        return saidWith;
    }
}
