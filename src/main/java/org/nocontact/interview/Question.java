package org.nocontact.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.nocontact.situation.Tie;

/**
 * One question of the interview: the key its answer fills in, what it asks, why (shown for "?"),
 * what answers it takes, and when it is worth asking.
 *
 * @param <T> the type of its answer's value
 */
record Question<T>(
        Key<T> key,
        String prompt,
        String why,
        Kind<T> kind,
        Relevance relevance,
        Predicate<Answers> applies) {

    /** How the question decides whether it is worth asking. */
    enum Relevance {
        /** Always asked (safety, and what the situation cannot do without). */
        ALWAYS,
        /** Asked only when its candidate answers lead to different deciding rules. */
        WHEN_IT_COULD_CHANGE_THE_ADVICE,
        /** Part of a group whose first question was asked. */
        WITH_ITS_GROUP,
        /** Asked only when the verdict the answers so far give would read a draft line by line. */
        WHEN_THE_VERDICT_READS_A_DRAFT
    }

    /** The same question, asked in other words. */
    Question<T> worded(String words) {
        return words.equals(prompt) ? this : new Question<>(key, words, why, kind, relevance, applies);
    }

    /** The same question with another way of answering it (fewer choices, or one worded for the case). */
    Question<T> withKind(Kind<T> other) {
        return other.equals(kind) ? this : new Question<>(key, prompt, why, other, relevance, applies);
    }

    /** The answer given to this question, as it is shown (and offered again as the default). */
    Optional<String> shown(Answers answers) {
        return answers.get(key).map(kind::show);
    }

    /** Why it is asked, with how to answer when that needs saying (the ways to write a date). */
    String why(LocalDate today) {
        return kind.explained(why, today);
    }

    /** What kind of answer a question takes: how it is read, shown and asked. */
    sealed interface Kind<T> {
        /**
         * An answer as it is shown, in words the person could type back: it is what a remembered
         * answer offers as the default when the question comes up again.
         */
        String show(T value);

        /** Reads what was typed (never empty of meaning: Enter is read as the default, where there is one). */
        AnswerReader.Parsed<T> read(AnswerReader reader, String text, Answers answers);

        /** Below the question: how to answer it (numbered choices, "yes or no", the forms of a date). */
        void describe(StringBuilder out, LocalDate today);

        /** The answer Enter gives, as shown in brackets; empty when Enter is no answer. */
        String fallback();

        /** Asks the question: a line, or (for a draft) lines pasted. */
        default Step ask(Asking asking, Question<T> question, Optional<String> earlier, Answers answers) {
            return asking.line(question, earlier, answers);
        }

        /** What to say when this answer stops the questions (a safety concern); empty to go on. */
        default Optional<String> stop(T value) {
            return Optional.empty();
        }

        /** A safety question: no default ever, and leaving at it gets the help line. */
        default boolean safety() {
            return false;
        }

        /** Whether the words typed as an answer may name the answers to later questions (a choice's do). */
        default boolean wordsNameChoices() {
            return false;
        }

        /** The label of the one choice named in the words, if they name exactly one. */
        default Optional<String> labelNamedIn(String plain) {
            return Optional.empty();
        }

        /** Pasted only where the verdict reads it, so what it decides counts as absent until then. */
        default boolean pasted() {
            return false;
        }

        default String explained(String why, LocalDate today) {
            return why;
        }
    }

    /** Numbered choices; the name or the words of a choice are accepted too. */
    record Choice<T>(List<Option<T>> options, Optional<T> defaultValue) implements Kind<T> {
        @Override
        public String show(T value) {
            return options.stream().filter(o -> o.value().equals(value)).findFirst().map(Option::label).orElse("");
        }

        @Override
        public AnswerReader.Parsed<T> read(AnswerReader reader, String text, Answers answers) {
            return ChoiceAnswers.choice(this, AnswerReader.unhedged(text));
        }

        @Override
        public void describe(StringBuilder out, LocalDate today) {
            Option.numbered(out, options);
        }

        @Override
        public String fallback() {
            return defaultValue.map(this::show).orElse(""); // in words ("no, an ordinary day"), never "[1]"
        }

        @Override
        public boolean wordsNameChoices() {
            return true;
        }

        @Override
        public Optional<String> labelNamedIn(String plain) {
            List<Option<T>> named = Choices.within(options, plain);
            return named.size() == 1 ? Optional.of(named.get(0).label()) : Optional.empty();
        }
    }

    /** Several of the ties, by number or name, separated by commas; "none" for none. */
    record Several(List<Option<Tie>> options) implements Kind<Set<Tie>> {
        @Override
        public String show(Set<Tie> value) {
            List<String> names = options.stream().filter(o -> value.contains(o.value())).map(o -> o.names().get(0)).toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        }

        @Override
        public AnswerReader.Parsed<Set<Tie>> read(AnswerReader reader, String text, Answers answers) {
            return ChoiceAnswers.several(this, AnswerReader.unhedged(text));
        }

        @Override
        public void describe(StringBuilder out, LocalDate today) {
            Option.numbered(out, options);
        }

        @Override
        public String fallback() {
            return "none";
        }
    }

    /**
     * A safety question: no default (Enter is not an answer), and anything but a clear no takes the
     * safe path (see {@link SafetyAnswers}); {@code stop} is said when it does. With
     * {@code onlyLookingOnline}, an answer about looking at their social media and nothing past it
     * is not the concern this question asks about: it reads as no, and that note is said instead.
     */
    record Safety(String stop, Optional<String> onlyLookingOnline) implements Kind<Boolean> {
        @Override
        public String show(Boolean value) {
            return value ? "yes" : "no";
        }

        @Override
        public AnswerReader.Parsed<Boolean> read(AnswerReader reader, String text, Answers answers) {
            return YesNoAnswers.safety(this, text);
        }

        @Override
        public void describe(StringBuilder out, LocalDate today) {
            out.append("  (yes or no, or in your own words)\n");
        }

        @Override
        public String fallback() {
            return "";
        }

        @Override
        public Optional<String> stop(Boolean concern) {
            return concern ? Optional.of(stop) : Optional.empty();
        }

        @Override
        public boolean safety() {
            return true;
        }
    }

    record YesNo(boolean defaultValue) implements Kind<Boolean> {
        @Override
        public String show(Boolean value) {
            return value ? "yes" : "no";
        }

        @Override
        public AnswerReader.Parsed<Boolean> read(AnswerReader reader, String text, Answers answers) {
            return YesNoAnswers.yesNo(text, defaultValue);
        }

        @Override
        public void describe(StringBuilder out, LocalDate today) {
            out.append("  (yes or no)\n");
        }

        @Override
        public String fallback() {
            return defaultValue ? "yes" : "no";
        }
    }

    /** A date; "today" and relative forms are accepted. Checked against the answers so far. */
    record Date(Optional<String> defaultAnswer, DateCheck check) implements Kind<LocalDate> {
        @Override
        public String show(LocalDate value) {
            return value.toString();
        }

        @Override
        public AnswerReader.Parsed<LocalDate> read(AnswerReader reader, String text, Answers answers) {
            return reader.date(this, AnswerReader.unhedged(text), answers);
        }

        @Override
        public void describe(StringBuilder out, LocalDate today) {
            out.append("  (").append(DateAnswers.forms(today)).append(")\n");
        }

        @Override
        public String fallback() {
            return defaultAnswer.orElse("");
        }

        @Override
        public String explained(String why, LocalDate today) {
            return why + " You can write " + DateAnswers.forms(today) + ".";
        }
    }

    /**
     * A whole number in a range; "skip" leaves it unknown when skippable. With a unit ("day"), "30 days"
     * is read too (and weeks, for days).
     */
    record Whole(int min, int max, OptionalInt defaultValue, boolean skippable, Optional<String> unit)
            implements Kind<OptionalInt> {
        @Override
        public String show(OptionalInt value) {
            return value.isPresent() ? String.valueOf(value.getAsInt()) : "skip";
        }

        @Override
        public AnswerReader.Parsed<OptionalInt> read(AnswerReader reader, String text, Answers answers) {
            return NumberAnswers.whole(this, AnswerReader.unhedged(text));
        }

        @Override
        public void describe(StringBuilder out, LocalDate today) {
            out.append("  (").append(max >= 1000 ? min + " or more" : min + " to " + max)
                    .append(skippable ? ", or skip" : "").append(")\n");
        }

        @Override
        public String fallback() {
            return defaultValue.isPresent() ? String.valueOf(defaultValue.getAsInt()) : "";
        }
    }

    /**
     * The person's draft: pasted over as many lines as it has and ended by an empty line; an empty
     * first line means there is none. It is shown as the draft itself.
     */
    record Draft(int maxCharacters) implements Kind<Optional<String>> {
        @Override
        public String show(Optional<String> value) {
            return value.orElse("");
        }

        @Override
        public AnswerReader.Parsed<Optional<String>> read(AnswerReader reader, String text, Answers answers) {
            return AnswerReader.Parsed.ok(text.isBlank() ? Optional.empty() : Optional.of(text), text);
        }

        @Override
        public void describe(StringBuilder out, LocalDate today) {
            // the question says how: paste it, then an empty line
        }

        @Override
        public String fallback() {
            return "";
        }

        @Override
        public Step ask(Asking asking, Question<Optional<String>> question, Optional<String> earlier, Answers answers) {
            return asking.draft(question, this, earlier.filter(text -> !text.isBlank()));
        }

        @Override
        public boolean pasted() {
            return true;
        }
    }

    record Option<T>(String label, T value, List<String> names) {
        static <T> void numbered(StringBuilder out, List<Option<T>> options) {
            for (int i = 0; i < options.size(); i++) {
                out.append(String.format("  %d) %s%n", i + 1, options.get(i).label()));
            }
        }

        static <T> Optional<Integer> indexOf(List<Option<T>> options, T value) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).value().equals(value)) {
                    return Optional.of(i + 1);
                }
            }
            return Optional.empty();
        }
    }

    /** Returns a problem to tell the person, or empty when the date is fine. */
    interface DateCheck {
        Optional<String> problem(LocalDate date, Answers answers, LocalDate today);
    }
}
