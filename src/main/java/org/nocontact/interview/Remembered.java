package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nocontact.situation.Situation;

/**
 * Answers given before, by question: earlier in this conversation (before going back, or before
 * changing an answer) or in a saved situation. When a question comes up again its remembered
 * answer is the default, so Enter keeps it; it is never taken without the question being shown,
 * and a safety question never offers one.
 */
public final class Remembered {
    private static final Remembered NONE = new Remembered(Map.of(), Set.of(), Set.of());

    /** The answer to each question as shown (words the person could type back), in the order given. */
    private final Map<Key<?>, String> answers;
    /** The questions whose remembered answer was only heard in another answer, never given to them. */
    private final Set<Key<?>> heard;
    /**
     * The questions the list of where things stand asked together when it was last answered (empty if it was not,
     * or for a saved file): changing the list asks these again, never a question asked alone beside it.
     */
    private final Set<Key<?>> listed;

    private Remembered(Map<Key<?>, String> answers, Set<Key<?>> heard, Set<Key<?>> listed) {
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        this.heard = Set.copyOf(heard);
        this.listed = Set.copyOf(listed);
    }

    public static Remembered none() {
        return NONE;
    }

    /** The answers a saved situation holds, for `ask --from FILE`. */
    public static Remembered from(Situation situation) {
        Answers values = Answers.of(situation);
        Map<Key<?>, String> shown = new LinkedHashMap<>();
        for (Question<?> question : Questions.all()) {
            question.shown(values).ifPresent(answer -> shown.put(question.key(), answer));
        }
        return new Remembered(shown, Set.of(), Set.of());
    }

    /**
     * With a no-contact period already under way (the tracker's) as the answer remembered for the
     * period question, so Enter keeps the tracker's day and length and every command counts the same day.
     */
    public Remembered holdingNoContactSince(LocalDate since, int days) {
        return with(Key.NO_CONTACT_STARTED, NoContactNow.heldSince(since, OptionalInt.of(days)).shown());
    }

    public Optional<String> answer(Key<?> question) {
        return Optional.ofNullable(answers.get(question));
    }

    Remembered with(Key<?> question, String shown) {
        Set<Key<?>> stillHeard = new HashSet<>(heard);
        stillHeard.remove(question);
        return new Remembered(adding(question, shown), stillHeard, listed);
    }

    /**
     * An answer heard in another one ("give her a bday present": their birthday), a default for its
     * question when it comes, but not an answer: a question never asked keeps nothing from it.
     */
    Remembered hearing(Key<?> question, String shown) {
        Set<Key<?>> moreHeard = new HashSet<>(heard);
        moreHeard.add(question);
        return new Remembered(adding(question, shown), moreHeard, listed);
    }

    /** With the questions the list of where things stand asked together, as just answered. */
    Remembered listing(Set<Key<?>> questions) {
        return new Remembered(answers, heard, questions);
    }

    /** The questions the list of where things stand asked together, as last answered; empty if unknown. */
    Set<Key<?>> listed() {
        return listed;
    }

    /** The answer the person gave to this question (not one only heard in another answer). */
    Optional<String> given(Key<?> question) {
        return heard.contains(question) ? Optional.empty() : answer(question);
    }

    private Map<Key<?>, String> adding(Key<?> question, String shown) {
        Map<Key<?>, String> more = new LinkedHashMap<>(answers);
        more.remove(question);
        more.put(question, shown);
        return more;
    }

    /** The answer to each question as shown, in the order the answers were given. */
    public Map<Key<?>, String> asMap() {
        return answers;
    }

    @Override
    public String toString() {
        return answers.toString();
    }
}
