package org.nocontact.interview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One question of the interview: what it asks, why (shown for "?"), what answers it takes, and
 * the candidate answers used to decide from the rules whether it could change the advice.
 */
record Question(
        String id,
        String prompt,
        String why,
        Kind kind,
        Relevance relevance,
        Predicate<Map<String, Object>> applies) {

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

    sealed interface Kind {
        /**
         * An answer as it is shown, in words the person could type back: it is what a remembered
         * answer offers as the default when the question comes up again.
         */
        String show(Object value);
    }

    /** Numbered choices; the name or the words of a choice are accepted too. */
    record Choice(List<Option> options, Optional<Object> defaultValue) implements Kind {
        @Override
        public String show(Object value) {
            return options.stream().filter(o -> o.value().equals(value)).findFirst().map(Option::label).orElse("");
        }
    }

    /** Several of the choices, by number or name, separated by commas; "none" for none. */
    record Several(List<Option> options) implements Kind {
        @Override
        public String show(Object value) {
            List<String> names = options.stream().filter(o -> value instanceof java.util.Collection<?> chosen
                    && chosen.contains(o.value())).map(o -> o.names().get(0)).toList();
            return names.isEmpty() ? "none" : String.join(", ", names);
        }
    }

    /**
     * A safety question: no default (Enter is not an answer), and anything but a clear no takes the
     * safe path (see {@link SafetyAnswers}); {@code stop} is said when it does.
     */
    record Safety(String stop) implements Kind {
        @Override
        public String show(Object value) {
            return Boolean.TRUE.equals(value) ? "yes" : "no";
        }
    }

    record YesNo(boolean defaultValue) implements Kind {
        @Override
        public String show(Object value) {
            return Boolean.TRUE.equals(value) ? "yes" : "no";
        }
    }

    /** A date; "today" and relative forms are accepted. Checked against the answers so far. */
    record Date(Optional<String> defaultAnswer, DateCheck check) implements Kind {
        @Override
        public String show(Object value) {
            return value.toString();
        }
    }

    /**
     * A whole number in a range; "skip" leaves it unknown when skippable. With a unit ("day"), "30 days"
     * is read too (and weeks, for days).
     */
    record Whole(int min, int max, Optional<Integer> defaultValue, boolean skippable, Optional<String> unit) implements Kind {
        @Override
        public String show(Object value) {
            return value instanceof Integer number ? number.toString() : "skip";
        }
    }

    /**
     * The person's draft: pasted over as many lines as it has and ended by an empty line; an empty
     * first line means there is none. Its value is an {@code Optional<String>}; it is shown as the
     * draft itself.
     */
    record Draft(int maxCharacters) implements Kind {
        @Override
        public String show(Object value) {
            return value instanceof Optional<?> draft ? draft.map(Object::toString).orElse("") : "";
        }
    }

    record Option(String label, Object value, List<String> names) {
    }

    /** Returns a problem to tell the person, or empty when the date is fine. */
    interface DateCheck {
        Optional<String> problem(java.time.LocalDate date, Map<String, Object> answers, java.time.LocalDate today);
    }
}
