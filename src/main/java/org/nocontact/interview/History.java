package org.nocontact.interview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The questions put in one walk, latest first, each with the parts said with it (in the outcome's answers given,
 * never asked alone): what "back" returns through, and what the outcome lists as asked.
 */
final class History {
    /**
     * A question put, and the parts said with it; {@code shown}: asked on screen, not an answer that stood
     * (changing another answer) and was taken without being shown.
     */
    record Put(int index, List<Key<?>> parts, boolean shown) {
        Put {
            parts = List.copyOf(parts);
        }
    }

    private final Deque<Put> puts = new ArrayDeque<>();

    void push(Put put) {
        puts.push(put);
    }

    /** The latest question put, taken off (back). */
    Put pop() {
        return puts.pop();
    }

    /** Whether any question was put on screen (else back has nowhere to go). */
    boolean anyShown() {
        return puts.stream().anyMatch(Put::shown);
    }

    /** The questions answered on this path, in the order put, each followed by the parts said with it. */
    List<Key<?>> asked(List<Question<?>> questions, Answers answers) {
        List<Key<?>> asked = new ArrayList<>();
        puts.descendingIterator().forEachRemaining(put -> {
            Key<?> key = questions.get(put.index()).key();
            if (answers.has(key) && !asked.contains(key)) { // a feeling not said with the others is asked alone later
                asked.add(key);
            }
            asked.addAll(put.parts());
        });
        return asked;
    }

    /** Every part said with its question on this path. */
    Set<Key<?>> partsSaid() {
        Set<Key<?>> said = new HashSet<>();
        puts.forEach(put -> said.addAll(put.parts()));
        return said;
    }
}
