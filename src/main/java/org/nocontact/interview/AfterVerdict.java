package org.nocontact.interview;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.nocontact.advice.Projection;
import org.nocontact.advice.WordsOfCrisis;

/**
 * "More?" after the verdict: how it was decided, what would change it, the days ahead (each shown
 * on standard output, rendered by the command), changing one answer, starting over, saving. Enter
 * (or Ctrl-D) finishes.
 */
public final class AfterVerdict {
    /**
     * What "More?" can show about a verdict, rendered by the command (its colours and width): the
     * verdict in brief, said again just above the menu (a long verdict has scrolled its headline
     * away, and under SEEK_SUPPORT the help lines with it), and each view worked out on request.
     */
    public record Views(String brief, Supplier<String> how, Supplier<String> whatIf, Supplier<String> ahead) {
    }

    /** What the person chose: to finish, to change the answer to one question, or to start over. */
    public record Next(Optional<Key<?>> questionToChange, boolean startOver) {
        public static final Next FINISH = new Next(Optional.empty(), false);

        static Next change(Key<?> question) {
            return new Next(Optional.of(question), false);
        }

        static Next over() {
            return new Next(Optional.empty(), true);
        }

        public boolean finish() {
            return equals(FINISH);
        }
    }

    private final Console console;
    private final PrintWriter out;
    private final SaveDialogue saving;

    /** @param out where the views go (standard output), apart from the conversation */
    public AfterVerdict(Console console, PrintWriter out, SaveDialogue saving) {
        this.console = console;
        this.out = out;
        this.saving = saving;
    }

    /** Offers the menu until the person finishes, chooses an answer to change, or starts over. */
    public Next ask(Interview interview, Interview.Outcome outcome, Views views) {
        boolean offerSave = saving.worthOffering(outcome);
        String menu = "\nMore? Type how, what if, ahead, change" + (offerSave ? ", start over or save" : " or start over")
                + ". Press Enter to finish.\n> ";
        boolean showVerdict = true;
        Deque<String> pasted = new ArrayDeque<>();
        boolean helped = false;
        while (true) {
            boolean fromPaste = !pasted.isEmpty();
            Optional<String> line = fromPaste ? Optional.of(pasted.poll())
                    : nextLine(console.readLine((showVerdict ? views.brief() : "") + menu), pasted);
            helped = helped && fromPaste;
            showVerdict = true;
            switch (line.map(s -> s.trim().toLowerCase(Locale.ROOT)).orElse("")) {
                case "", "done", "quit", "exit", "q", "no" -> {
                    return Next.FINISH;
                }
                case "how" -> out.print(views.how().get());
                case "what if", "whatif", "what-if" -> out.print(views.whatIf().get());
                case "ahead", "days ahead", "the days ahead" -> out.print(views.ahead().get());
                case "change", "change an answer", "back" -> {
                    Optional<Key<?>> question = interview.chooseAnswerToChange(outcome);
                    if (question.isPresent()) {
                        return Next.change(question.get());
                    }
                }
                case "start over", "start again", "restart", "over" -> {
                    return Next.over();
                }
                case "save" -> saving.offer(outcome);
                default -> {
                    Optional<WordsOfCrisis.Concern> worry = line.flatMap(WordsOfCrisis::in);
                    if (worry.isPresent()) { // "i just want to die": heard here too, never answered with the menu
                        console.say(interview.worried(worry.get()));
                        showVerdict = false;
                        continue;
                    }
                    if (helped) {
                        showVerdict = false;
                        continue; // another pasted line that is not a choice: the help was just said
                    }
                    helped = true;
                    console.say("You can type how (why this verdict), what if (what would change it), "
                            + "ahead (what the next " + Projection.DEFAULT_AHEAD + " days hold), "
                            + "change (to change an answer), start over" + (offerSave ? ", save (to keep your answers)" : "")
                            + ", or press Enter to finish.");
                    showVerdict = false;
                }
            }
            out.flush();
        }
    }

    /**
     * The line read, or for several lines pasted at once the first of them, the others kept in
     * {@code pasted} to be taken in turn, as if typed one after the other (none is lost).
     */
    private static Optional<String> nextLine(Optional<String> read, Deque<String> pasted) {
        if (read.isEmpty() || !read.get().contains("\n")) {
            return read;
        }
        read.get().lines().filter(l -> !l.isBlank()).forEach(pasted::add);
        return Optional.of(pasted.isEmpty() ? "" : pasted.poll());
    }
}
