package org.nocontact.interview;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Choices of one question named together in an answer ("text him merry xmas and that i still love him": a greeting,
 * and my feelings), where the question takes one: offered back to pick from, never a default Enter could take, and
 * "both" said there is asked back with them.
 */
final class NamedTogether {
    private NamedTogether() {
    }

    /** Said where "both" answers a question that takes one choice. */
    private static final String BOTH_COUNT = "It can be both; the advice goes by the one that matters most.";

    /** "both", "both tbh", "a bit of both", "kinda both lol": the two things said, where one is asked for. */
    private static final Pattern BOTH = Pattern.compile("(?:(?:kind of|kinda|sort of|honestly|tbh|well|um|like|i mean|a bit of"
            + "|a little of|bit of|prob|probably|i guess|i think) )*both(?: of (?:them|those|these|it|things))?(?: (?:tbh|lol"
            + "|honestly|really|i guess|i think|haha|ngl|to be honest|tho|though|idk|i don't know))*");

    static boolean saysBoth(String text) {
        return BOTH.matcher(AnswerReader.plain(text)).matches();
    }

    /** "both" where no earlier answer named the choices: one is still needed. */
    static String oneNeeded(int choices) {
        return BOTH_COUNT + " Please choose one, by its number from 1 to " + choices + ".";
    }

    /**
     * The choices an answer names, none of them denied, where it names two or more; empty where it names one or none.
     */
    static <T> List<Option<T>> in(AnswerKind<T> kind, String text) {
        if (!(kind instanceof Choice<T> choice)) {
            return List.of();
        }
        String plain = AnswerReader.plain(text);
        List<Option<T>> named = Choices.within(choice.options(), plain).stream()
                .filter(o -> !ChoiceAnswers.denied(plain, o)).toList();
        return named.size() < 2 ? List.of() : named;
    }

    /**
     * The choices an earlier answer named together, where it is no answer as it is: offered to pick one from ("You
     * named ...: which is it mainly?"), in place of a default Enter could not take.
     */
    static <T> List<Option<T>> offered(Question<T> question, Optional<String> earlier, Answers answers, AnswerReader reader) {
        return earlier.filter(words -> reader.parse(question, words, answers).problem().isPresent())
                .map(words -> in(question.kind(), words)).orElse(List.of());
    }

    /**
     * The one to pick, asked with the choices named: "It can be both; ... Which is it mainly: "my feelings" (2) or "a
     * greeting" (4)? Type its number." ("both tbh"), or with another number allowed (Enter, or a miss).
     */
    static <T> String whichOfThem(Choice<T> choice, List<Option<T>> named, String text) {
        String which = "Which is it mainly: " + numbered(choice.options(), named, "or") + "? Type its number";
        return saysBoth(text) ? BOTH_COUNT + " " + which + "."
                : which + ", or another from 1 to " + choice.options().size() + ".";
    }

    /**
     * The choices an answer named together, each with its number, to pick one from: "my feelings" (2) and "a greeting"
     * (4). A label's example in brackets is left out ("a greeting (happy birthday, and so on)").
     */
    static <T> String numbered(List<Option<T>> options, List<Option<T>> named, String and) {
        List<String> each = named.stream().map(o -> "\"" + o.label().replaceFirst(" \\(.*\\)$", "") + "\" ("
                + (options.indexOf(o) + 1) + ")").toList();
        return each.size() < 2 ? String.join("", each)
                : String.join(", ", each.subList(0, each.size() - 1)) + " " + and + " " + each.get(each.size() - 1);
    }
}
