package org.nocontact.interview;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nocontact.advice.Advisor;
import org.nocontact.json.Texts;
import org.nocontact.situation.Situation;

/**
 * The conversation: one question at a time, safety first; later questions only when the rules say
 * their answer could change the advice. "?" explains, "back" returns with the answer kept, a wrong
 * answer is explained and asked again. Ends with the situation, or empty if the person left.
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
    private final List<Question> questions = Questions.all();

    public Interview(Advisor advisor, LocalDate today, Console console) {
        this.console = console;
        this.today = today;
        this.relevance = new Relevance(advisor, today);
    }

    private record Asked(int index, Object value, String shown) {
    }

    /** What one question produced. */
    private sealed interface Step {
    }

    private record Answered(Object value, String shown) implements Step {
    }

    private record Back() implements Step {
    }

    private record Left() implements Step {
    }

    /** @return the situation the answers describe, or empty when the person left early */
    public Optional<Situation> run() {
        console.say(INTRO);
        console.say("First, your safety.");
        Deque<Asked> history = new ArrayDeque<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        Optional<Asked> redo = Optional.empty();
        int index = 0;
        while (index < questions.size()) {
            Question question = questions.get(index);
            boolean redoing = redo.isPresent() && redo.get().index() == index;
            if (!redoing && !shouldAsk(question, answers)) {
                index++;
                continue;
            }
            if (question.id().equals("breakup.initiatedBy") && !redoing) {
                console.say("\nThank you. Now, about the breakup.");
            }
            Step step = ask(question, answers, redoing ? Optional.of(redo.get().shown()) : Optional.empty());
            redo = Optional.empty();
            if (step instanceof Left) {
                return Optional.empty();
            }
            if (step instanceof Back) {
                if (history.isEmpty()) {
                    console.say("This is the first question.");
                    continue;
                }
                Asked previous = history.pop();
                answers = replay(history);
                redo = Optional.of(previous);
                index = previous.index();
                continue;
            }
            Answered answered = (Answered) step;
            history.push(new Asked(index, answered.value(), answered.shown()));
            answers.put(question.id(), answered.value());
            if (question.id().startsWith(Questions.SAFETY_GROUP) && Boolean.TRUE.equals(answered.value())) {
                console.say("Thank you for telling me. Let's stop the questions here: your safety comes first.");
                break;
            }
            index++;
        }
        return Optional.of(Answers.toSituation(answers, today));
    }

    private boolean shouldAsk(Question question, Map<String, Object> answers) {
        if (!question.applies().test(answers)) {
            return false;
        }
        return switch (question.relevance()) {
            case ALWAYS, WITH_ITS_GROUP -> true;
            case WHEN_IT_COULD_CHANGE_THE_ADVICE -> relevance.couldChangeTheAdvice(question, answers);
        };
    }

    /** The answers as they were before the last one: kept answers, in the order they were given. */
    private Map<String, Object> replay(Deque<Asked> history) {
        Map<String, Object> answers = new LinkedHashMap<>();
        java.util.Iterator<Asked> oldestFirst = history.descendingIterator();
        while (oldestFirst.hasNext()) {
            Asked asked = oldestFirst.next();
            answers.put(questions.get(asked.index()).id(), asked.value());
        }
        return answers;
    }

    private Step ask(Question question, Map<String, Object> answers, Optional<String> previous) {
        String prompt = Prompts.prompt(question, previous);
        while (true) {
            Optional<String> line = console.readLine(prompt);
            if (line.isEmpty()) {
                return new Left();
            }
            String text = line.get().trim();
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.equals("?") || lower.equals("help") || lower.equals("why")) {
                console.say(Texts.wrap(question.why(), 78, "", "").stripTrailing());
                continue;
            }
            if (lower.equals("back")) {
                return new Back();
            }
            if (lower.equals("quit") || lower.equals("exit")) {
                return new Left();
            }
            if (text.isEmpty() && previous.isPresent()) {
                text = previous.get();
            }
            Parsed parsed = parse(question, text, answers);
            if (parsed.problem().isPresent()) {
                console.say(parsed.problem().get());
                continue;
            }
            return new Answered(parsed.value(), parsed.shown());
        }
    }

    private record Parsed(Object value, String shown, Optional<String> problem) {
        static Parsed ok(Object value, String shown) {
            return new Parsed(value, shown, Optional.empty());
        }

        static Parsed problem(String text) {
            return new Parsed(null, "", Optional.of(text));
        }
    }

    private Parsed parse(Question question, String text, Map<String, Object> answers) {
        Question.Kind kind = question.kind();
        if (text.length() > 200) {
            return Parsed.problem("That answer is very long; a short one is all I need.");
        }
        if (kind instanceof Question.YesNo yesNo) {
            return parseYesNo(text, yesNo.defaultValue());
        }
        if (kind instanceof Question.Choice choice) {
            return parseChoice(choice, text);
        }
        if (kind instanceof Question.Several several) {
            return parseSeveral(several, text);
        }
        if (kind instanceof Question.Date date) {
            return parseDate(date, text, answers);
        }
        return parseWhole((Question.Whole) kind, text);
    }

    private static Parsed parseYesNo(String text, boolean fallback) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return Parsed.ok(fallback, fallback ? "yes" : "no");
        }
        if (Set.of("y", "yes", "yeah", "yep").contains(lower)) {
            return Parsed.ok(true, "yes");
        }
        if (Set.of("n", "no", "nope", "not really").contains(lower)) {
            return Parsed.ok(false, "no");
        }
        return Parsed.problem("Please answer yes or no (y or n). Type ? if you'd like to know why I ask.");
    }

    private static Parsed parseChoice(Question.Choice choice, String text) {
        List<Question.Option> options = choice.options();
        if (text.isEmpty()) {
            if (choice.defaultValue().isPresent()) {
                Object value = choice.defaultValue().get();
                return options.stream().filter(o -> o.value().equals(value)).findFirst()
                        .map(o -> Parsed.ok(o.value(), o.label())).orElse(Parsed.ok(value, ""));
            }
            return Parsed.problem(choicesHint(options));
        }
        return option(options, text).map(o -> Parsed.ok(o.value(), o.label()))
                .orElseGet(() -> Parsed.problem(choicesHint(options)));
    }

    private static Optional<Question.Option> option(List<Question.Option> options, String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        try {
            int number = Integer.parseInt(lower);
            return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            // not a number: try the names
        }
        for (Question.Option o : options) {
            if (o.label().equalsIgnoreCase(lower) || o.names().contains(lower)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private static String choicesHint(List<Question.Option> options) {
        return "Please choose a number from 1 to " + options.size() + " (or type the words of a choice, such as \""
                + options.get(0).names().get(0) + "\").";
    }

    private static Parsed parseSeveral(Question.Several several, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || Set.of("none", "no", "nothing", "0", "n").contains(lower)) {
            return Parsed.ok(EnumSet.noneOf(org.nocontact.situation.Tie.class), "none");
        }
        Set<org.nocontact.situation.Tie> chosen = EnumSet.noneOf(org.nocontact.situation.Tie.class);
        StringBuilder shown = new StringBuilder();
        for (String part : lower.split("\\s*,\\s*|\\s+and\\s+")) {
            Optional<Question.Option> match = option(several.options(), part.trim());
            if (match.isEmpty()) {
                return Parsed.problem("I didn't recognise \"" + Texts.printable(Texts.abbreviate(part.trim(), 40))
                        + "\". Type the numbers (like 1, 5) or names "
                        + "(like children, pets), separated by commas, or none.");
            }
            if (chosen.add((org.nocontact.situation.Tie) match.get().value())) {
                shown.append(shown.length() == 0 ? "" : ", ").append(match.get().names().get(0));
            }
        }
        return Parsed.ok(chosen, shown.toString());
    }

    private Parsed parseDate(Question.Date kind, String text, Map<String, Object> answers) {
        String answer = text.isEmpty() ? kind.defaultAnswer().orElse("") : text;
        if (answer.isEmpty()) {
            return Parsed.problem("Please give " + DateAnswers.FORMS + ".");
        }
        Optional<LocalDate> date = DateAnswers.parse(answer, today);
        if (date.isEmpty()) {
            return Parsed.problem("I couldn't read \"" + Texts.printable(Texts.abbreviate(answer, 40))
                    + "\" as a date. Please give " + DateAnswers.FORMS + ".");
        }
        Optional<String> problem = kind.check().problem(date.get(), answers, today);
        return problem.map(Parsed::problem).orElseGet(() -> Parsed.ok(date.get(), date.get().toString()));
    }

    private static Parsed parseWhole(Question.Whole kind, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() && kind.defaultValue().isPresent()) {
            return Parsed.ok(kind.defaultValue().get(), kind.defaultValue().get().toString());
        }
        if (kind.skippable() && (lower.equals("skip") || lower.equals("s") || lower.equals("-"))) {
            return Parsed.ok(Optional.empty(), "skip");
        }
        try {
            int number = Integer.parseInt(lower);
            if (number >= kind.min() && number <= kind.max()) {
                return Parsed.ok(number, Integer.toString(number));
            }
        } catch (NumberFormatException e) {
            // explained below
        }
        String range = kind.max() >= 1000 ? kind.min() + " or more" : "from " + kind.min() + " to " + kind.max();
        return Parsed.problem("Please give a whole number " + range + (kind.skippable() ? ", or skip" : "") + ".");
    }
}
