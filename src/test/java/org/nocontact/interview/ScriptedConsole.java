package org.nocontact.interview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A console for tests: each prompt takes the next scripted line (the end of the script is Ctrl-D),
 * and everything shown, prompts and what is said, is recorded in order.
 */
class ScriptedConsole implements Console {
    private final Deque<String> lines;
    private final List<String> prompts = new ArrayList<>();
    private final StringBuilder shown = new StringBuilder();

    ScriptedConsole(String... lines) {
        this.lines = new ArrayDeque<>(List.of(lines));
    }

    @Override
    public Optional<String> readLine(String prompt) {
        prompts.add(prompt);
        shown.append(prompt);
        Optional<String> line = Optional.ofNullable(lines.poll());
        line.ifPresent(typed -> shown.append(typed).append('\n'));
        return line;
    }

    @Override
    public void say(String text) {
        shown.append(text).append('\n');
    }

    @Override
    public int width() {
        return org.nocontact.terminal.Screen.DEFAULT_WIDTH;
    }

    @Override
    public void close() {
        // nothing to close
    }

    /** Everything shown so far, prompts and answers and what was said, in order. */
    String shown() {
        return shown.toString();
    }

    /** The prompts shown, one per line read. */
    List<String> prompts() {
        return List.copyOf(prompts);
    }

    /** The scripted lines not read yet. */
    int unread() {
        return lines.size();
    }
}
