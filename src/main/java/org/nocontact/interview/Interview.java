package org.nocontact.interview;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Facts;
import org.nocontact.situation.Occasion;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationWriter;

/**
 * The conversation: one question at a time, safety first; later questions only when the rules say
 * their answer could change the advice. "?" explains, "back" returns to the previous question, a
 * wrong answer is explained and asked again. Every answer given is remembered: when a question comes
 * up again (after "back", when changing an answer, or starting from a saved situation) its earlier
 * answer is the default. Ends with the situation, or empty if the person left.
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
    private final AnswerReader reader;
    private final List<Question> questions = Questions.all();
    private final Optional<Replay> replay;
    /** Whether the last conversation ended with the person leaving at a safety question. */
    private boolean leftAtSafety;

    public Interview(Advisor advisor, LocalDate today, Console console) {
        this(advisor, today, console, Optional.empty());
    }

    private Interview(Advisor advisor, LocalDate today, Console console, Optional<Replay> replay) {
        this.console = console;
        this.today = today;
        this.relevance = new Relevance(advisor, today);
        this.reader = new AnswerReader(today);
        this.replay = replay;
    }

    /**
     * An interview whose questions are answered from a situation file, truthfully, with each
     * question's field named on {@code asked} as it is asked; today is the file's.
     */
    public static Interview replaying(Advisor advisor, Situation file, PrintWriter asked) {
        return new Interview(advisor, file.today(), Console.SILENT, Optional.of(new Replay(file, asked)));
    }

    /**
     * What a conversation produced: the situation, every answer remembered (those on the path
     * finally taken and those left behind by going back), and the questions answered on that path.
     */
    public record Outcome(Situation situation, Remembered answers, List<String> asked) {
        public Outcome {
            asked = List.copyOf(asked);
        }

        /** The conversation ended at a safety answer (any yes stops it), so most questions were never asked. */
        public boolean safetyStop() {
            return situation.safety().anyConcern();
        }

        /** The situation fields the person answered, as named in the file ("noContact" for "have you started"). */
        public Set<String> given() {
            return asked.stream().map(Answers::field).collect(Collectors.toUnmodifiableSet());
        }

        /**
         * The situation file to keep: only the fields the person answered (the rest left out, so they
         * read as the file's defaults, as they did here). Empty after a safety stop: then most
         * questions were never asked, and a file would only hold guesses beside a painful answer.
         */
        public Optional<String> file() {
            return safetyStop() ? Optional.empty() : Optional.of(SituationWriter.write(situation, given()::contains));
        }
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
        return talk(Remembered.none()).map(Outcome::situation);
    }

    /**
     * Whether the person left (Ctrl-D) at a safety question, so before every safety question had a
     * clear no: they may need help they did not get to ask for.
     */
    public boolean leftAtASafetyQuestion() {
        return leftAtSafety;
    }

    /** The whole conversation; each question offers its remembered answer (if any) as the default. */
    public Optional<Outcome> talk(Remembered remembered) {
        console.say(INTRO);
        console.say("First, your safety.");
        return walk(remembered, Set.of(), false);
    }

    /**
     * Changes one answer of a finished conversation: that question is asked again (its answer as the
     * default), the other answers given stand, and only questions newly worth asking are asked.
     */
    public Optional<Outcome> change(Outcome finished, String questionId) {
        Set<String> standing = new java.util.HashSet<>(finished.asked());
        standing.remove(questionId);
        return walk(finished.answers(), standing, true);
    }

    /**
     * Asks which answer of a finished conversation to change.
     * @return the question chosen, or empty when the person changed nothing (Enter, or Ctrl-D)
     */
    public Optional<String> chooseAnswerToChange(Outcome finished) {
        List<String> ids = finished.asked();
        StringBuilder prompt = new StringBuilder("\nWhich answer would you like to change?\n");
        for (int i = 0; i < ids.size(); i++) {
            Question question = questionById(ids.get(i)).orElseThrow();
            prompt.append(String.format(ids.size() < 10 ? "  %d) %s [%s]%n" : "  %2d) %s [%s]%n", i + 1, question.prompt(),
                    finished.answers().answer(question.id()).orElse("")));
        }
        prompt.append("(the number of the answer; Enter to keep them all)\n> ");
        while (true) {
            Optional<String> line = console.readLine(prompt.toString());
            String text = line.map(String::trim).orElse("").toLowerCase(Locale.ROOT);
            if (Set.of("", "no", "none", "nothing", "cancel", "keep").contains(text)) {
                return Optional.empty();
            }
            try {
                int number = Integer.parseInt(text);
                if (number >= 1 && number <= ids.size()) {
                    return Optional.of(ids.get(number - 1));
                }
            } catch (NumberFormatException e) {
                // explained below
            }
            console.say("Please type " + (ids.size() == 1 ? "1" : "a number from 1 to " + ids.size())
                    + " for the answer to change, or press Enter to keep them all.");
        }
    }

    private Optional<Question> questionById(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * Asks the questions in order. A question in {@code standing} takes its remembered answer
     * without being shown (it was just answered in this conversation), unless that answer no longer
     * fits the others.
     */
    private Optional<Outcome> walk(Remembered start, Set<String> standing, boolean changing) {
        leftAtSafety = false;
        Remembered remembered = start;
        Deque<Integer> history = new ArrayDeque<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        boolean introduced = changing;
        int index = 0;
        while (index < questions.size()) {
            Question listed = questions.get(index);
            if (!shouldAsk(listed, answers)) {
                index++;
                continue;
            }
            Optional<Occasion> byTheDate = listed.id().equals(Questions.OCCASION) ? Facts.inferredOccasion(today)
                    : Optional.empty();
            if (byTheDate.isPresent() && !changing) {
                console.say(sayTheDay(byTheDate.get()));
            }
            Question question = byTheDate.map(day -> Questions.occasionOn(listed, day)).orElse(listed);
            Optional<String> earlier = remembered.answer(question.id());
            Optional<Answered> kept = standing.contains(question.id()) ? earlier.flatMap(a -> kept(question, a, answers))
                    : Optional.empty();
            Step step;
            if (replay.isPresent()) {
                step = new Answered(replay.get().answer(question), "");
            } else if (kept.isPresent()) {
                step = kept.get();
            } else {
                if (!introduced && !question.id().startsWith(Questions.SAFETY_GROUP)) {
                    console.say("\nThank you. Now, about the breakup.");
                    introduced = true;
                }
                step = ask(question, answers, question.kind() instanceof Question.Safety ? Optional.empty() : earlier);
            }
            if (step instanceof Left) {
                leftAtSafety = question.kind() instanceof Question.Safety;
                return Optional.empty();
            }
            if (step instanceof Back) {
                if (history.isEmpty()) {
                    console.say("This is the first question.");
                    continue;
                }
                index = history.pop();
                answers.remove(questions.get(index).id());
                continue;
            }
            Answered answered = (Answered) step;
            history.push(index);
            answers.put(question.id(), answered.value());
            remembered = remembered.with(question.id(), answered.shown());
            if (question.kind() instanceof Question.Safety safety && Boolean.TRUE.equals(answered.value())) {
                // Thanks only for a clear yes: a typo or "not really" told us nothing to thank them for.
                console.say(SafetyAnswers.isClearYes(answered.shown()) ? "Thank you for telling me."
                        : "When the answer is not a clear no, I take the careful path.");
                console.say(safety.stop());
                break;
            }
            index++;
        }
        List<String> asked = new ArrayList<>();
        history.descendingIterator().forEachRemaining(i -> asked.add(questions.get(i).id()));
        return Optional.of(new Outcome(Answers.toSituation(answers, today), remembered, asked));
    }

    /**
     * Reads a pasted draft: lines until an empty one (or the end of input). An empty first line
     * keeps the draft given before, if any, and otherwise means there is none.
     */
    private Step askForDraft(Question question, Question.Draft kind, Optional<String> earlier) {
        String prompt = Prompts.prompt(question, Optional.empty(), today).replaceFirst("> $",
                earlier.isPresent() ? "(Enter keeps the draft you gave before)\n> " : "> ");
        while (true) {
            Optional<String> first = console.readLine(prompt);
            if (first.isEmpty()) {
                return new Left();
            }
            String lower = first.get().trim().toLowerCase(Locale.ROOT);
            if (lower.equals("?") || lower.equals("help") || lower.equals("why")) {
                console.say(why(question));
                continue;
            }
            if (lower.equals("back")) {
                return new Back();
            }
            if (lower.isEmpty() || lower.equals("no")) {
                return lower.isEmpty() && earlier.isPresent() ? new Answered(Optional.of(earlier.get()), earlier.get())
                        : new Answered(Optional.empty(), "");
            }
            StringBuilder draft = new StringBuilder(first.get().stripTrailing());
            for (Optional<String> line = console.readLine(""); line.isPresent() && !line.get().isBlank();
                 line = console.readLine("")) {
                draft.append('\n').append(line.get().stripTrailing());
            }
            String text = draft.toString();
            if (text.length() > kind.maxCharacters()) {
                console.say("That is longer than " + kind.maxCharacters() + " characters; I'll read the first "
                        + kind.maxCharacters() + ".");
                text = text.substring(0, kind.maxCharacters());
            }
            return new Answered(Optional.of(text), text);
        }
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

    private Optional<Answered> kept(Question question, String earlier, Map<String, Object> answers) {
        AnswerReader.Parsed parsed = reader.parse(question, earlier, answers);
        return parsed.problem().isPresent() ? Optional.empty() : Optional.of(new Answered(parsed.value(), parsed.shown()));
    }

    private boolean shouldAsk(Question question, Map<String, Object> answers) {
        if (!question.applies().test(answers)) {
            return false;
        }
        return switch (question.relevance()) {
            case ALWAYS, WITH_ITS_GROUP -> true;
            case WHEN_IT_COULD_CHANGE_THE_ADVICE -> relevance.couldChangeTheAdvice(question, answers);
            case WHEN_THE_VERDICT_READS_A_DRAFT -> relevance.verdictReadsADraft(answers);
        };
    }

    private Step ask(Question question, Map<String, Object> answers, Optional<String> earlier) {
        if (question.kind() instanceof Question.Draft draft) {
            return askForDraft(question, draft, earlier.filter(text -> !text.isBlank()));
        }
        String prompt = Prompts.prompt(question, earlier, today);
        while (true) {
            Optional<String> line = console.readLine(prompt);
            if (line.isEmpty()) {
                return new Left();
            }
            String text = line.get().trim();
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.equals("?") || lower.equals("help") || lower.equals("why")) {
                console.say(why(question));
                continue;
            }
            if (lower.equals("back")) {
                return new Back();
            }
            if (lower.equals("quit") || lower.equals("exit")) {
                return new Left();
            }
            if (text.isEmpty() && earlier.isPresent()) {
                text = earlier.get();
            }
            AnswerReader.Parsed parsed = reader.parse(question, text, answers);
            if (parsed.problem().isPresent()) {
                console.say(parsed.problem().get());
                continue;
            }
            parsed.note().ifPresent(console::say);
            return new Answered(parsed.value(), parsed.shown());
        }
    }

    private String why(Question question) {
        return question.kind() instanceof Question.Date
                ? question.why() + " You can write " + DateAnswers.forms(today) + "."
                : question.why();
    }
}
