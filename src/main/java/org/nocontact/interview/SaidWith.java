package org.nocontact.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.nocontact.situation.ExContactAbout;

/**
 * What one answer said beyond its own question: the parts of a two-part question ("text her happy birthday": a
 * greeting, for their birthday), and that they have not written lately ("text him, he ghosted me"). Each is an
 * answer, then not asked; a part not said stays open (asked back alone where it matters). Heard once per answer,
 * from the answers and the remembered answers as they were before it; read them back after {@link #hear}.
 */
final class SaidWith {
    private final Interview interview;
    private Answers answers;
    private Remembered remembered;
    /** How each part that is not a day was read, to say back with the answer ("for their birthday"). */
    private final List<String> read = new ArrayList<>();
    /** How each day was read, said after the answer ("3 weeks ago: Wednesday 17 February."). */
    private final List<String> days = new ArrayList<>();
    /** The parts this answer said, in the order of its question's parts. */
    private final List<Key<?>> parts = new ArrayList<>();

    SaidWith(Interview interview, Answers answers, Remembered remembered) {
        this.interview = interview;
        this.answers = answers;
        this.remembered = remembered;
    }

    /** Hears what {@code typed}, the answer to {@code put}, said of its parts and of their writing. */
    SaidWith hear(Question<?> put, String typed) {
        for (Key<?> part : Parts.of(put)) {
            partSaid(put, questionOf(part), typed).ifPresent(read::add);
        }
        notWritten(put, typed).ifPresent(read::add);
        notWanted(put, typed).ifPresent(read::add);
        return this;
    }

    /** "i dont want her back", "not getting back together": a want said as not wanted. */
    private static final Pattern NOT_BACK = Pattern.compile("\\b(?:(?:don't|dont|do not)(?: really| even)? want (?:them|us) back"
            + "(?: together)?|(?:don't|dont|do not)(?: really| even)? want to get back together|not (?:trying to |going to )?"
            + "get(?:ting)? back together|not getting back with them)\\b");

    /**
     * "she did, a couple weeks ago. i dont want her back i just want her to know": where no want was read from the
     * words, the one they said they do not have is said back, so it is not dropped without a word; the answers hold
     * what they want, so it answers nothing (what they want is asked where it can change the advice).
     */
    private Optional<String> notWanted(Question<?> put, String typed) {
        return put.key() == Key.INITIATED_BY && !answers.has(Key.GOAL) && NOT_BACK.matcher(AnswerReader.plain(typed)).find()
                ? Optional.of("you don't want to get back together") : Optional.empty();
    }

    /**
     * "mutual i guess, end of october": the rough day is said back at once, never left silent until a save asks
     * about it; which day is asked only where it matters (the advice, or a save).
     */
    private static String roughDayNoted(String words) {
        return "When it ended: " + DateAnswers.monthsInFull(words) + ". I'll ask which day only if it matters.";
    }

    /**
     * "he did, last month. idk maybe friends someday": a goal said in doubt is asked back with the nearest choices
     * when the goal is asked ("Did you mean "to be friends" (3) or "I'm not sure" (4)?"), never dropped unsaid.
     */
    private <T> Optional<String> goalInDoubt(Question<?> put, Question<T> part, String typed) {
        if (!(put.kind() instanceof WhoAndGoal) || part.key() != Key.GOAL) {
            return Optional.empty();
        }
        return WhoAndGoal.clauses(typed).stream().map(String::trim).filter(clause -> interview.reader()
                .parse(part, clause, answers).problem().filter(p -> p.contains("\"I'm not sure\" (")).isPresent())
                .findFirst();
    }

    Answers answers() {
        return answers;
    }

    Remembered remembered() {
        return remembered;
    }

    List<String> read() {
        return List.copyOf(read);
    }

    List<String> days() {
        return List.copyOf(days);
    }

    List<Key<?>> parts() {
        return List.copyOf(parts);
    }

    /**
     * The part of a two-part question its answer said is an answer to that part; a replay says it from the file, as
     * a person answering the question as worded would. Returns how a part that is not a day was read, in words to
     * say back with the answer ("for their birthday"); how a day was read goes into {@code days}.
     */
    private <T> Optional<String> partSaid(Question<?> put, Question<T> listed, String typed) {
        if (answers.has(listed.key()) || !listed.applies().test(answers)) {
            return Optional.empty();
        }
        Question<T> part = WordedQuestions.worded(listed, answers);
        Optional<T> said;
        Optional<String> readAs = Optional.empty();
        if (interview.replay().isPresent()) {
            said = interview.replay().get().saidWith(part);
        } else {
            Optional<AnswerReader.Parsed<T>> heard = Parts.said(put, part, typed, answers, interview.reader())
                    .or(() -> dayHeardBefore(part));
            heard.ifPresent(p -> remembered = remembered.with(part.key(), p.shown()));
            if (heard.isEmpty()) {
                Optional<String> rough = Parts.roughDayAtTheEnd(part, typed, answers, interview.reader());
                rough.filter(words -> part.key() == Key.BREAKUP_DATE).map(SaidWith::roughDayNoted).ifPresent(days::add);
                rough.or(() -> Parts.purposesNamed(part, typed, answers, interview.reader()))
                        .or(() -> goalInDoubt(put, part, typed))
                        .ifPresent(words -> remembered = remembered.hearing(part.key(), words));
            }
            if (part.kind() instanceof Date) {
                heard.flatMap(AnswerReader.Parsed::note).ifPresent(days::add); // "3 weeks ago: Wednesday 17 February."
            }
            said = heard.flatMap(AnswerReader.Parsed::value);
            if (said.isPresent() && !(part.kind() instanceof Date)) {
                readAs = heard.map(p -> ReadAs.part(part.key(), said.get(), p.shown()));
            }
        }
        said.ifPresent(value -> {
            answers = answers.with(part.key(), value);
            parts.add(part.key());
        });
        return readAs.filter(words -> !words.isEmpty());
    }

    /**
     * "she texted me last night ... idk what to say back": a day heard for this part in an earlier answer, and not said
     * again in this one, is its answer, said back ("Last night: Tuesday 9 March."), never asked for again.
     */
    private <T> Optional<AnswerReader.Parsed<T>> dayHeardBefore(Question<T> part) {
        return part.kind() instanceof Date && remembered.given(part.key()).isEmpty()
                ? remembered.answer(part.key()).map(day -> interview.reader().parse(part, day, answers))
                        .filter(p -> p.problem().isEmpty() && p.value().isPresent())
                : Optional.empty();
    }

    /**
     * "text him, he ghosted me": they have not written lately, said back with the answer and not asked (it is in
     * what this answer said, so back forgets it with the answer).
     */
    private Optional<String> notWritten(Question<?> put, String typed) {
        Key<Optional<ExContactAbout>> recent = Key.EX_CONTACT_RECENT;
        if (interview.replay().isPresent() || answers.has(recent) || !questionOf(recent).applies().test(answers)
                || !Overheard.sayTheyHaveNotWritten(put, typed)) {
            return Optional.empty();
        }
        answers = answers.with(recent, Optional.empty());
        remembered = remembered.with(recent, "no");
        parts.add(recent);
        return Optional.of("they haven't written to you lately");
    }

    private Question<?> questionOf(Key<?> key) {
        return interview.questions().stream().filter(q -> q.key() == key).findFirst().orElseThrow();
    }
}
