package org.nocontact.interview;

import java.util.Optional;
import org.nocontact.advice.WordsOfCrisis;

/** What one question produced; each kind of step moves the walk through the questions its own way. */
sealed interface Step permits Step.Answered, Step.Back, Step.Left, Step.TheyDied, Step.Worried {
    /** Moves the walk on; the ending when this step ends the conversation. */
    Optional<Interview.Ending> take(Walk walk);

    /**
     * An answer: its value (empty when a replayed file does not say, which leaves it unknown), how it
     * is shown, the words typed (which may say more than was asked), and how it was read, still to be
     * said back where the parts it also said are said with it ("Read as: send a text, a greeting, for their birthday.").
     */
    record Answered<T>(Question<T> question, Optional<T> value, String shown, String typed, Optional<String> note)
            implements Step {
        /** An answer with nothing to say back about how it was read. */
        Answered(Question<T> question, Optional<T> value, String shown, String typed) {
            this(question, value, shown, typed, Optional.empty());
        }

        @Override
        public Optional<Interview.Ending> take(Walk walk) {
            return walk.answered(this);
        }

        /** The answers with this one in. */
        Answers into(Answers answers) {
            return value.map(v -> answers.with(question.key(), v)).orElseGet(() -> answers.withUnknown(question.key()));
        }

        /** What to say when this answer stops the questions (a safety concern). */
        Optional<String> stop() {
            return value.flatMap(question.kind()::stop);
        }

        /** Why this answer stops the questions (a clear yes, or not a clear no); empty when it does not. */
        Optional<SafePath> safePath() {
            return stop().map(said -> SafePath.of(question.key(), typed.isBlank() ? shown : typed));
        }
    }

    /** "back": to the question before. */
    record Back() implements Step {
        @Override
        public Optional<Interview.Ending> take(Walk walk) {
            walk.back();
            return Optional.empty();
        }
    }

    /** Ctrl-D, quit or exit: the conversation ends here, at a safety question or not. */
    record Left(boolean atSafety) implements Step {
        @Override
        public Optional<Interview.Ending> take(Walk walk) {
            return Optional.of(Interview.Ending.left(atSafety));
        }
    }

    /** An answer said their ex has died: the questions stop there, since no advice here fits. */
    record TheyDied() implements Step {
        @Override
        public Optional<Interview.Ending> take(Walk walk) {
            return Optional.of(walk.theyDied());
        }
    }

    /**
     * An answer (or a draft) in words of suicide, self-harm or danger from the ex: the questions stop there, as a yes
     * at a safety question stops them, whatever was asked.
     */
    record Worried(WordsOfCrisis.Concern concern, boolean inADraft) implements Step {
        @Override
        public Optional<Interview.Ending> take(Walk walk) {
            return Optional.of(walk.worried(concern, inADraft));
        }
    }
}
