package org.nocontact.json;

import java.util.Optional;

/**
 * Input that nocontact refuses: a situation file, a rule file, an option or an answer.
 * It always says where (file, field path, line:column) and how to put it right.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final transient Optional<Position> position;
    private final String problem;

    public InputException(String source, String path, Optional<Position> position, String problem) {
        super(format(source, path, position, problem), null, false, false);
        this.source = source;
        this.path = path;
        this.position = position;
        this.problem = problem;
    }

    public static InputException at(String source, String path, Position position, String problem) {
        return new InputException(source, path, Optional.of(position), problem);
    }

    public static InputException whole(String source, String problem) {
        return new InputException(source, "", Optional.empty(), problem);
    }

    public String source() {
        return source;
    }

    /** The field path, such as {@code emotions.anger}; empty when the fault is the file as a whole. */
    public String path() {
        return path;
    }

    public Optional<Position> position() {
        return position;
    }

    public String problem() {
        return problem;
    }

    private static String format(String source, String path, Optional<Position> position, String problem) {
        StringBuilder text = new StringBuilder(source);
        position.ifPresent(p -> text.append(':').append(p));
        text.append(": ");
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return Texts.printable(text.append(problem).toString());
    }
}
