package org.nocontact.interview;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Puts one question to the person and reads the answer, asking again until it reads: a line, or
 * a draft pasted over several lines. The one place where "?", "help", "why", "back", "quit" and
 * "exit" are heard, whatever the question.
 */
final class Asking {
    /** What can be typed at any question instead of an answer. */
    private enum Command {
        WHY, BACK, LEAVE;

        static Optional<Command> of(String typed) {
            return switch (typed.trim().toLowerCase(Locale.ROOT)) {
                case "?", "help", "why" -> Optional.of(WHY);
                case "back" -> Optional.of(BACK);
                case "quit", "exit" -> Optional.of(LEAVE);
                default -> Optional.empty();
            };
        }
    }

    private final Console console;
    private final AnswerReader reader;
    private final LocalDate today;

    Asking(Console console, AnswerReader reader, LocalDate today) {
        this.console = console;
        this.reader = reader;
        this.today = today;
    }

    /** Asks the question in the way its kind is asked. */
    <T> Step ask(Question<T> question, Optional<String> earlier, Answers answers) {
        return question.kind().ask(this, question, earlier, answers);
    }

    /** A command typed instead of an answer: the step it takes, or empty to ask again (after saying why). */
    private Optional<Step> obey(Command command, Question<?> question) {
        return switch (command) {
            case WHY -> {
                console.say(question.why(today));
                yield Optional.empty();
            }
            case BACK -> Optional.of(new Step.Back());
            case LEAVE -> Optional.of(new Step.Left(question.kind().safety()));
        };
    }

    /** One line, read as the question's kind reads it; a problem is said and the question asked again. */
    <T> Step line(Question<T> question, Optional<String> earlier, Answers answers) {
        String prompt = Prompts.prompt(question, earlier, today);
        Optional<String> suggested = Optional.empty();
        while (true) {
            Optional<String> line = console.readLine(prompt);
            if (line.isEmpty()) {
                return new Step.Left(question.kind().safety());
            }
            String text = line.get().trim();
            Optional<Command> command = Command.of(text);
            if (command.isPresent()) {
                Optional<Step> step = obey(command.get(), question);
                if (step.isPresent()) {
                    return step.get();
                }
                continue;
            }
            if (text.isEmpty() && earlier.isPresent()) {
                text = earlier.get();
            }
            if (suggested.isPresent() && SafetyAnswers.isClearYes(text)) {
                text = suggested.get(); // "Did you mean 2 weeks ago, ...?" "yes"
            }
            AnswerReader.Parsed<T> parsed = reader.parse(question, text, answers);
            if (parsed.problem().isPresent()) {
                console.say(parsed.problem().get());
                // Asked back once: a second miss hears the plain hint, not the same guess again.
                suggested = suggested.isPresent() ? Optional.empty() : parsed.suggestion();
                continue;
            }
            parsed.note().ifPresent(console::say);
            return new Step.Answered<>(question, parsed.value(), parsed.shown(), text);
        }
    }

    /**
     * Reads a pasted draft: lines until an empty one (or the end of input). An empty first line
     * keeps the draft given before, if any, and otherwise means there is none.
     */
    Step draft(Question<Optional<String>> question, Question.Draft kind, Optional<String> earlier) {
        String prompt = Prompts.prompt(question, Optional.empty(), today).replaceFirst("> $",
                earlier.isPresent() ? "(Enter keeps the draft you gave before)\n> " : "> ");
        while (true) {
            Optional<String> first = console.readLine(prompt);
            if (first.isEmpty()) {
                return new Step.Left(false);
            }
            if (first.get().strip().contains("\n")) {
                // A terminal paste (bracketed) brings the whole draft in one line: no empty line needed after it.
                return pasted(question, kind, first.get().strip().lines().map(String::stripTrailing)
                        .collect(Collectors.joining("\n")));
            }
            Optional<Command> command = Command.of(first.get());
            if (command.isPresent()) {
                Optional<Step> step = obey(command.get(), question);
                if (step.isPresent()) {
                    return step.get();
                }
                continue;
            }
            String lower = first.get().trim().toLowerCase(Locale.ROOT);
            if (lower.isEmpty() || lower.equals("no")) {
                return lower.isEmpty() && earlier.isPresent()
                        ? new Step.Answered<>(question, Optional.of(earlier), earlier.get(), "")
                        : new Step.Answered<>(question, Optional.of(Optional.empty()), "", "");
            }
            StringBuilder draft = new StringBuilder(first.get().stripTrailing());
            for (Optional<String> line = console.readLine(""); line.isPresent() && !line.get().isBlank();
                 line = console.readLine("")) {
                draft.append('\n').append(line.get().stripTrailing());
            }
            return pasted(question, kind, draft.toString());
        }
    }

    private Step pasted(Question<Optional<String>> question, Question.Draft kind, String pasted) {
        String text = pasted;
        if (text.length() > kind.maxCharacters()) {
            console.say("That is longer than " + kind.maxCharacters() + " characters; I'll read the first "
                    + kind.maxCharacters() + ".");
            text = text.substring(0, kind.maxCharacters());
        }
        return new Step.Answered<>(question, Optional.of(Optional.of(text)), text, "");
    }
}
