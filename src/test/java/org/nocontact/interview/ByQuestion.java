package org.nocontact.interview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A console for tests that answers BY QUESTION: each question takes the next line given for its key,
 * whatever the order the engine asks them in, so a script does not break when questions are merged or
 * reordered. Safety questions are answered "no" unless the script says otherwise. A question the
 * script does not answer fails the test, naming it (or takes Enter where the script says so); a
 * question asked again once its lines are used up reads as the end of input (Ctrl-D). Lines read once
 * the questions are over (the verdict's menu, saving) come from {@link #then}. Everything shown is
 * recorded in order, as by {@link ScriptedConsole}. The feelings asked together are answered with each
 * one's line, by name, as the two-part questions are answered part by part.
 */
final class ByQuestion implements Console {
    private final Map<Key<?>, Deque<String>> lines = new LinkedHashMap<>();
    private final Deque<String> after = new ArrayDeque<>();
    private final List<Key<?>> asked = new ArrayList<>();
    private final StringBuilder shown = new StringBuilder();
    private final List<String> prompts = new ArrayList<>();
    private final Map<Key<?>, Integer> restGiven = new LinkedHashMap<>();
    private Optional<Key<?>> current = Optional.empty();
    private Rest rest = Rest.FAIL;
    private int width = org.nocontact.terminal.Screen.DEFAULT_WIDTH;
    private boolean fitted;

    /** What a question the script does not answer gets. */
    private enum Rest { FAIL, ENTER, LEAVE }

    private ByQuestion() {
        for (Question<?> question : Questions.all()) {
            if (question.kind().safety()) {
                lines.put(question.key(), new ArrayDeque<>(List.of("no")));
            }
        }
    }

    /** A script: every safety question answered "no", nothing else answered yet. */
    static ByQuestion script() {
        return new ByQuestion();
    }

    /** The lines typed, in turn, each time this question is asked (its first answer, then after back or a re-ask). */
    ByQuestion answer(Key<?> key, String... typed) {
        lines.put(key, new ArrayDeque<>(List.of(typed)));
        return this;
    }

    /** Lines read after the questions (the menu after the verdict, the save dialogue). */
    ByQuestion then(String... typed) {
        after.addAll(List.of(typed));
        return this;
    }

    /**
     * Any question the script does not answer takes Enter (its default), or skip where Enter is no answer,
     * instead of failing the test; asked a third time, it fails the test (never a loop).
     */
    ByQuestion enterForTheRest() {
        rest = Rest.ENTER;
        return this;
    }

    /** Any question the script does not answer is met with the end of input (Ctrl-D): the person leaves there. */
    ByQuestion leaveAtTheRest() {
        rest = Rest.LEAVE;
        return this;
    }

    /** Text is fitted to this many columns, as a terminal or a pipe of that width shows it. */
    ByQuestion fittedTo(int columns) {
        width = columns;
        fitted = true;
        return this;
    }

    private String fit(String text) {
        return fitted ? LineWrapping.fit(text, width) : text;
    }

    @Override
    public void asking(Optional<Key<?>> question) {
        current = question;
        question.ifPresent(asked::add);
    }

    @Override
    public Optional<String> readLine(String prompt) {
        shown.append(fit(prompt));
        prompts.add(prompt);
        Optional<String> line = current.isEmpty() ? Optional.ofNullable(after.poll())
                : current.get() == Key.STANDING ? forTheList(prompt)
                : together(prompt).isEmpty() ? forQuestion(current.get()) : forTheFeelings(together(prompt));
        // Echoed as a pipe echoes it, so a transcript reads as a conversation and never carries escape codes.
        line.ifPresent(typed -> shown.append(org.nocontact.text.Texts.printable(org.nocontact.text.Texts.abbreviate(typed, 200)))
                .append('\n'));
        return line;
    }

    /** The feelings a question asks together ("From 0 to 10, how angry, how sad and how confident do you feel?"); none for another. */
    private static List<Key<?>> together(String prompt) {
        return prompt.contains("\nFrom 0 to 10, how ") ? Questions.FEELINGS.stream()
                .filter(feeling -> prompt.contains("how " + ScaleAnswers.name(feeling) + " ") || prompt.contains("how "
                        + ScaleAnswers.name(feeling) + ","))
                .<Key<?>>map(feeling -> feeling).toList() : List.of();
    }

    /**
     * The feelings asked together are answered as a person would, each named with the script's next line for it
     * ("angry 3, sad 5, confident skip"; Enter in the script is skip); a feeling the script does not answer is
     * left out (so asked back alone), or, with Enter for the rest, skipped.
     */
    private Optional<String> forTheFeelings(List<Key<?>> feelings) {
        List<String> said = new ArrayList<>();
        for (Key<?> feeling : feelings) {
            Deque<String> queue = lines.get(feeling);
            if (queue == null && rest == Rest.LEAVE) {
                return Optional.empty();
            }
            String typed = queue != null ? queue.poll() : rest == Rest.ENTER ? "skip" : null;
            if (typed == null && queue != null) {
                return Optional.empty(); // its lines used up: the end of input
            }
            if (typed != null) {
                said.add(ScaleAnswers.name(feeling) + " " + (typed.isEmpty() ? "skip" : typed));
            }
        }
        if (said.isEmpty()) {
            return forQuestion(feelings.get(0)); // fails the test naming it, as an unanswered question does
        }
        return Optional.of(String.join(", ", said));
    }

    /**
     * Where things stand, asked as one list, is answered from each line's question as a person would tick it: a
     * line whose question the script answers no (none, 0) is not ticked, a block or a request as the script says,
     * a line the script answers otherwise is ticked (that answer kept for the question asked back), "not sure" as
     * not sure about it. A line the script does not answer is not ticked where Enter is the rest, fails the test
     * otherwise; the list itself answered by the script takes its line as typed.
     */
    private Optional<String> forTheList(String prompt) {
        if (lines.containsKey(Key.STANDING)) {
            return forQuestion(Key.STANDING);
        }
        List<Standing.Line> listed = new ArrayList<>();
        for (String row : prompt.lines().filter(row -> row.matches("\\s+\\d+\\) .*")).toList()) {
            String text = row.replaceFirst("\\s+\\d+\\) ", "");
            listed.add(text.startsWith("They blocked you") ? Standing.Line.BLOCKED : java.util.Arrays.stream(Standing.Line.values())
                    .filter(l -> l.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError("not a line: " + text)));
        }
        if (rest == Rest.ENTER && listed.stream().noneMatch(l -> lines.containsKey(l.key()))) {
            // nothing scripted for any line: Enter, as for any question (the default, where there is one), then none
            return Optional.of(restGiven.merge(Key.STANDING, 1, Integer::sum) == 1 ? "" : "none");
        }
        List<String> ticked = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        java.util.Set<Key<?>> polled = new java.util.HashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            Standing.Line l = listed.get(i);
            Deque<String> queue = lines.get(l.key());
            if (queue == null && rest != Rest.ENTER) {
                return rest == Rest.LEAVE ? Optional.empty() : forQuestion(l.key());
            }
            String typed = queue == null || queue.isEmpty() ? "" : org.nocontact.interview.AnswerReader.plain(queue.peek());
            boolean whole = Standing.WHOLE.contains(l.key()) || (Set.of("", "n", "no", "none", "0", "nope", "nah").contains(typed)
                    || queue != null && !queue.isEmpty() && YesNoAnswers.saysNo(queue.peek()));
            boolean tick = switch (l) {
                case BLOCKED -> typed.contains("block") || typed.equals("both") || typed.equals("4") || typed.equals("2");
                case ASKED -> typed.contains("asked") || typed.equals("both") || typed.equals("4") || typed.equals("3");
                case TOLD -> Set.of("yes", "y", "yeah", "1", "i did", "i have").contains(typed);
                default -> !whole;
            };
            if (l == Standing.Line.TOLD && Set.of("not sure", "3", "idk", "unsure", "").contains(typed)
                    && !typed.isEmpty()) {
                unsure.add("not sure about " + (i + 1));
            } else if (tick) {
                ticked.add(String.valueOf(i + 1));
            }
            if (whole && queue != null && polled.add(l.key())) {
                queue.poll();
            }
        }
        List<String> said = new ArrayList<>(ticked.isEmpty() ? List.of("none") : ticked);
        said.addAll(unsure);
        return Optional.of(String.join(", ", said));
    }

    private Optional<String> forQuestion(Key<?> key) {
        Deque<String> queue = lines.get(key);
        if (queue == null) {
            if (rest == Rest.LEAVE) {
                return Optional.empty();
            }
            int given = restGiven.merge(key, 1, Integer::sum);
            if (rest == Rest.ENTER && given <= 2) {
                return Optional.of(given == 1 ? "" : "skip"); // where Enter is no answer (a feeling), skip is
            }
            throw new AssertionError("the interview asked " + key + ", which the script does not answer"
                    + (rest == Rest.ENTER ? " with Enter or skip" : "") + "; asked so far: "
                    + asked + "\n" + shown);
        }
        return Optional.ofNullable(queue.poll());
    }

    @Override
    public void say(String text) {
        shown.append(fit(text)).append('\n');
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void close() {
        // nothing to close
    }

    /** Everything shown so far, prompts and answers and what was said, in order. */
    String shown() {
        return shown.toString();
    }

    /** The lines given by {@link #then} not read yet. */
    int unread() {
        return after.size();
    }

    /** The lines given for this question not read yet. */
    int unread(Key<?> key) {
        return lines.containsKey(key) ? lines.get(key).size() : 0;
    }

    /** The prompts shown, one per line read. */
    List<String> prompts() {
        return List.copyOf(prompts);
    }

    /** The questions asked, in order, a question asked again counted again. */
    List<Key<?>> asked() {
        return List.copyOf(asked);
    }
}
