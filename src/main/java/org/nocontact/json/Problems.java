package org.nocontact.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The problems found in one input so far. A check that fails is noted and checking goes on, so
 * that an author with twelve mistakes sees all twelve in one run; {@link #throwIfAny()} then ends
 * the step with every problem as one {@link InputException}, in the order they were found.
 */
public final class Problems {
    private final List<InputException> found = new ArrayList<>();
    private final Set<String> messages = new HashSet<>();

    /** Runs one check; its problems (a check may find several) are noted and empty is returned. */
    public <T> Optional<T> attempt(Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (InputException e) {
            add(e);
            return Optional.empty();
        }
    }

    /** Runs a check with no result; true when it found nothing. */
    public boolean check(Runnable step) {
        return attempt(() -> {
            step.run();
            return true;
        }).isPresent();
    }

    /** Notes a problem; one already noted (such as a typo that also leaves a field missing) is not noted twice. */
    public void add(InputException problem) {
        for (InputException one : problem.all()) {
            if (messages.add(one.getMessage())) {
                found.add(one);
            }
        }
    }

    /** The first problem found, if any. */
    public Optional<InputException> first() {
        return found.stream().findFirst();
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    /** Ends the step when anything was found, with every problem so far. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw InputException.all(found);
        }
    }

    /**
     * Every problem so far as one exception, in reading order (file, line, column), at most
     * {@code max} of them and a last line saying how many more there were (more would bury the first ones).
     */
    public InputException capped(int max) {
        return InputException.capped(found, max);
    }
}
