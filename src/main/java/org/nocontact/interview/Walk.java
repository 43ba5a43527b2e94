package org.nocontact.interview;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
    private final Deque<Put> history = new ArrayDeque<>();
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
            Question<?> listed = together(questions.get(index));
            index = questions.indexOf(questionOf(listed.key()));
            Optional<Occasion> byTheDate = listed.key() == Key.OCCASION ? Facts.inferredOccasion(today) : Optional.empty();
            if (byTheDate.isPresent() && !changing) {
                interview.console().say(sayTheDay(byTheDate.get()));
            }
            Optional<Interview.Ending> end = step(WordedQuestions.onTheDay(listed, byTheDate)).take(this);
            if (end.isPresent()) {
                return end.get();
            }
        }
        return finished(Optional.empty());
    }

    /**
     * A question put, and the parts said with it; {@code shown}: asked on screen, not an answer that stood
     * (changing another answer) and was taken without being shown.
     */
    private record Put(int index, List<Key<?>> parts, boolean shown) {
    }

    /**
     * The feelings still open that can change the advice now, asked as one question where there are two or
     * more (the engine chose one of them); one alone, and every other question, is asked as listed. A feeling
     * whose answer stands (changing another answer) is not asked again.
     */
    private Question<?> together(Question<?> listed) {
        if (Standing.KEYS.contains(listed.key())) {
            return standingTogether(listed);
        }
        if (Questions.ASKED_AS_ONE.contains(listed.key())) {
            return whoAndGoal(listed);
        }
        if (!Questions.FEELINGS.contains(listed.key()) || standing.contains(listed.key())) {
            return listed;
        }
        List<Key<OptionalInt>> open = Questions.FEELINGS.stream()
                .filter(feeling -> !answers.has(feeling) && !standing.contains(feeling))
                .filter(feeling -> feeling == listed.key() || interview.shouldAsk(questionOf(feeling), answers)).toList();
        @SuppressWarnings("unchecked") // a feeling's question: its key is one of FEELINGS
        Question<OptionalInt> first = (Question<OptionalInt>) questionOf(open.get(0));
        return open.size() < 2 ? listed : Scales.question(open, first);
    }

    /**
     * Where things stand, still open and able to change the advice now, asked as one list where two or more
     * of its questions are (the engine chose one of them); never again once the list was answered (a line
     * ticked is asked back alone), and never for a question whose answer stands or was heard in another
     * answer ("she blocked me on insta": asked alone, that answer its default).
     */
    private Question<?> standingTogether(Question<?> listed) {
        if (answers.has(Key.STANDING) || standing.contains(listed.key()) || heardBefore(listed.key())) {
            return listed;
        }
        List<Key<?>> open = Standing.KEYS.stream()
                .filter(key -> !answers.has(key) && !standing.contains(key) && !heardBefore(key))
                .filter(key -> key == listed.key() || interview.shouldAsk(questionOf(key), answers)).toList();
        if (open.size() < 2) {
            return listed;
        }
        @SuppressWarnings("unchecked") // the list's own question
        Question<Standing.Ticks> base = (Question<Standing.Ticks>) questionOf(Key.STANDING);
        return Standing.question(Standing.linesFor(open), base, answers);
    }

    private boolean heardBefore(Key<?> key) {
        return remembered.answer(key).isPresent() && remembered.given(key).isEmpty();
    }

    /**
     * Who ended it and the goal as one question where both are open and both are asked now (each can change the
     * advice, or a file needs it and it was never asked); either alone, as listed, otherwise. An answer that stands
     * (changing another) is not asked again, unless the two were said as one answer, which is being changed.
     */
    private Question<?> whoAndGoal(Question<?> listed) {
        List<Key<?>> keys = Questions.ASKED_AS_ONE;
        if (keys.stream().anyMatch(answers::has) || standing.containsAll(keys)) {
            return listed;
        }
        boolean both = keys.stream().allMatch(key -> standing.contains(key) ? saidBefore.contains(Key.GOAL)
                : key == listed.key() || interview.shouldAsk(questionOf(key), answers) || alsoAsk.contains(key));
        if (!both) {
            return listed;
        }
        @SuppressWarnings("unchecked") // who ended it: its key is INITIATED_BY
        Question<InitiatedBy> who = (Question<InitiatedBy>) questionOf(Key.INITIATED_BY);
        return WhoAndGoal.question(who, !answers.has(Key.BREAKUP_DATE));
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
            earlier = earlier.filter(answer -> interview.reader().parse(question, answer, answers).problem().isEmpty());
        }
        if (interview.replay().isPresent()) {
            return new Step.Answered<>(question, interview.replay().get().answer(question), "", "");
        }
        Optional<Step.Answered<T>> kept = standing.contains(question.key())
                ? earlier.flatMap(answer -> kept(question, answer)) : Optional.empty();
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
                : withTheDaySaid(question, earlier));
    }

    /**
     * The default of a two-part question with the day heard for its day part in an earlier answer ("he texted me i
     * miss you last night": "[something personal, last night]"), so Enter keeps both parts and the day is not asked
     * again alone. A day given before (a saved file, a change) stays its own default, as it was given; who ended it,
     * when and the goal asked as one offer every part given before ("[they did, Sunday 3 January 2027, to move on]").
     */
    private Optional<String> withTheDaySaid(Question<?> asked, Optional<String> earlier) {
        if (earlier.isEmpty()) {
            return earlier;
        }
        Key<?> key = asked.key();
        StringBuilder words = new StringBuilder(earlier.get());
        for (Key<?> part : Parts.of(key)) {
            Optional<String> day = remembered.answer(part).filter(d -> questionOf(part).kind() instanceof Date);
            if (!answers.has(part) && day.isPresent() && remembered.given(part).isEmpty()) { // heard, never given alone
                words.append(", ").append(day.get());
            }
        }
        if (asked.kind() instanceof WhoAndGoal joined) { // "[they did, Sunday 3 January 2027, to move on]": Enter keeps all
            joined.parts().stream().filter(part -> !answers.has(part)) // given (a day only heard is in already)
                    .flatMap(part -> remembered.given(part).stream()).forEach(part -> words.append(", ").append(part));
        }
        return Optional.of(words.toString());
    }

    /** An answer given: remembered, and the walk goes on to the next question (or stops, for a safety concern). */
    <T> Optional<Interview.Ending> answered(Step.Answered<T> answered) {
        Question<T> put = answered.question();
        Key<T> key = put.key();
        answers = answered.into(answers);
        if (put.kind() instanceof Standing) {
            return listAnswered(answered);
        }
        List<String> partsRead = new ArrayList<>();
        List<String> days = new ArrayList<>();
        List<Key<?>> partsSaid = new ArrayList<>();
        for (Key<?> part : Parts.of(put)) {
            partSaid(put, questionOf(part), answered.typed(), days, partsSaid).ifPresent(partsRead::add);
        }
        notWritten(put, answered.typed(), partsSaid).ifPresent(partsRead::add);
        history.push(new Put(index, List.copyOf(partsSaid), shown));
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
        days.forEach(interview.console()::say); // "3 weeks ago: Wednesday 17 February."
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
        history.push(new Put(index, List.copyOf(settled), shown));
        answered.note().ifPresent(interview.console()::say);
        remembered = Overheard.in(questions, questions.get(index), answered.typed(), answers,
                remembered.with(Key.STANDING, answered.shown()));
        return Optional.empty();
    }

    private <T> void untickedOrWhole(Question<T> question, Standing.Ticks ticks) {
        Optional<T> value = question.key().read(Standing.settled(question.key(), ticks));
        value.ifPresent(v -> {
            answers = answers.with(question.key(), v);
            remembered = remembered.with(question.key(), question.kind().show(v));
        });
    }

    /**
     * The part of a two-part question its answer said ("text her happy birthday": a greeting, for their
     * birthday) is an answer to that part, which is then not asked; a replay says it from the file, as a
     * person answering the question as worded would. A part not said stays open (asked back if it matters).
     * Returns how a part that is not a day was read, in words to say back with the answer ("for their birthday");
     * how a day was read goes into {@code days}, said after the answer.
     */
    private <T> Optional<String> partSaid(Question<?> put, Question<T> listed, String typed, List<String> days,
                                          List<Key<?>> partsSaid) {
        if (answers.has(listed.key()) || !listed.applies().test(answers)) {
            return Optional.empty();
        }
        Question<T> part = WordedQuestions.worded(listed, answers);
        Optional<T> said;
        Optional<String> read = Optional.empty();
        if (interview.replay().isPresent()) {
            said = interview.replay().get().saidWith(part);
        } else {
            Optional<AnswerReader.Parsed<T>> heard = Parts.said(put, part, typed, answers, interview.reader());
            heard.ifPresent(p -> remembered = remembered.with(part.key(), p.shown()));
            if (heard.isEmpty()) {
                Parts.roughDayAtTheEnd(part, typed, answers, interview.reader())
                        .ifPresent(words -> remembered = remembered.hearing(part.key(), words));
            }
            if (part.kind() instanceof Date) {
                heard.flatMap(AnswerReader.Parsed::note).ifPresent(days::add); // "3 weeks ago: Wednesday 17 February."
            }
            said = heard.flatMap(AnswerReader.Parsed::value);
            if (said.isPresent() && !(part.kind() instanceof Date)) {
                read = heard.map(p -> ReadAs.part(part.key(), said.get(), p.shown()));
            }
        }
        said.ifPresent(value -> {
            answers = answers.with(part.key(), value);
            partsSaid.add(part.key());
        });
        return read.filter(words -> !words.isEmpty());
    }

    /**
     * "text him, he ghosted me": they have not written lately, said back with the answer and not asked (it is in
     * what this answer said, so back forgets it with the answer).
     */
    private Optional<String> notWritten(Question<?> put, String typed, List<Key<?>> partsSaid) {
        Key<Optional<org.nocontact.situation.ExContactAbout>> recent = Key.EX_CONTACT_RECENT;
        if (interview.replay().isPresent() || answers.has(recent) || !questionOf(recent).applies().test(answers)
                || !Overheard.sayTheyHaveNotWritten(put, typed)) {
            return Optional.empty();
        }
        answers = answers.with(recent, Optional.empty());
        remembered = remembered.with(recent, "no");
        partsSaid.add(recent);
        return Optional.of("they haven't written to you lately");
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

    /**
     * "back": the question shown before is asked again, its answer forgotten (but remembered as the default).
     * Answers that stood since (changing another answer) are taken again, unseen, where they still fit.
     */
    void back() {
        if (history.stream().noneMatch(Put::shown)) {
            interview.console().say(changing ? "This is the first question I asked again." : "This is the first question.");
            return;
        }
        Put put;
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
        List<Key<?>> asked = new ArrayList<>();
        history.descendingIterator().forEachRemaining(put -> {
            Key<?> key = questions.get(put.index()).key();
            if (answers.has(key) && !asked.contains(key)) { // a feeling not said with the others is asked alone later
                asked.add(key);
            }
            asked.addAll(put.parts());
        });
        if (!answers.toSituation(today).safety().anyConcern()) {
            keepEarlierAnswers(asked);
        }
        keepTheList(asked);
        Set<Key<?>> saidWith = new HashSet<>();
        history.forEach(put -> saidWith.addAll(put.parts()));
        askedAsOne.stream().filter(asked::contains).forEach(saidWith::add);
        for (Key<?> part : saidBefore) {
            // Said with its question before a change, and neither answer changed since: still one answer; so is a part
            // that stands where its question was asked as one again (the day, after who ended it and the goal changed).
            if (standing.contains(part) && asked.contains(part) && asked.stream().anyMatch(key -> Parts.of(key).contains(part)
                    && (standing.contains(key) || !askedAsOne.isEmpty()))) {
                saidWith.add(part);
            }
        }
        return Interview.Ending.finished(new Interview.Outcome(answers.toSituation(today), remembered, asked,
                safePath, saidWith));
    }

    /**
     * The list of where things stand, answered before a change that left it standing, is still one answer: its
     * questions stand with it (never asked here), so it stays in the change list with what was ticked.
     */
    private void keepTheList(List<Key<?>> asked) {
        if (standing.contains(Key.STANDING) && !asked.contains(Key.STANDING) && remembered.answer(Key.STANDING).isPresent()) {
            asked.stream().filter(Standing.KEYS::contains).findFirst()
                    .ifPresent(first -> asked.add(asked.indexOf(first), Key.STANDING));
        }
    }

    /**
     * Answers given earlier (before a change, or in the file started from) to questions this path
     * did not need stay in what is kept: a question is skipped only when no answer to it can change
     * the advice, so keeping its answer changes nothing now, and saving after a change does not drop
     * the no-contact period or the day that were said before. Each must still apply and still read.
     */
    private void keepEarlierAnswers(List<Key<?>> asked) {
        for (Question<?> question : questions) {
            if (answers.has(question.key()) || question.kind().safety() || !question.applies().test(answers)) {
                continue;
            }
            keepEarlier(question, asked);
        }
    }

    private <T> void keepEarlier(Question<T> question, List<Key<?>> asked) {
        Optional<Step.Answered<T>> earlier = remembered.given(question.key()).flatMap(a -> kept(question, a));
        earlier.ifPresent(answer -> {
            answers = answer.into(answers);
            asked.add(question.key());
        });
    }

    private <T> Optional<Step.Answered<T>> kept(Question<T> question, String earlier) {
        AnswerReader.Parsed<T> parsed = interview.reader().parse(question, earlier, answers);
        return parsed.problem().isPresent() ? Optional.empty()
                : Optional.of(new Step.Answered<>(question, parsed.value(), parsed.shown(), ""));
    }

    /**
     * What today's date already answers is said, not asked: on 14 February the special-day question
     * does not offer "an ordinary day" only to be overruled; it says "Today is Valentine's Day." and
     * asks only whether the plan is for another day as well.
     */
    private static String sayTheDay(Occasion occasion) {
        return switch (occasion) {
            case VALENTINES_DAY -> "\nToday is Valentine's Day.";
            case CHRISTMAS -> "\nIt is Christmas.";
            case NEW_YEAR -> "\nIt is New Year.";
            default -> "\nToday is a special day.";
        };
    }
}
