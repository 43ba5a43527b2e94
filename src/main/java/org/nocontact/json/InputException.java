package org.nocontact.json;

import org.nocontact.text.Texts;

import java.util.ArrayList;
import java.util.List;
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
    /** The problems found after this one in the same input, when it was checked whole. */
    private final transient List<InputException> more;

    public InputException(String source, String path, Optional<Position> position, String problem) {
        this(source, path, position, problem, List.of());
    }

    private InputException(String source, String path, Optional<Position> position, String problem,
                           List<InputException> more) {
        super(format(source, path, position, problem, more), null, false, false);
        this.source = source;
        this.path = path;
        this.position = position;
        this.problem = problem;
        this.more = List.copyOf(more);
    }

    /**
     * Several problems as one exception: the first's place and wording, and a message of one line
     * per problem, so that an author with three mistakes sees all three in one run.
     */
    public static InputException all(List<InputException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems to report");
        }
        List<InputException> flat = new ArrayList<>();
        problems.forEach(p -> flat.addAll(p.all()));
        InputException first = flat.get(0);
        return flat.size() == 1 ? first
                : new InputException(first.source, first.path, first.position, first.problem, flat.subList(1, flat.size()));
    }

    /** This problem and any found after it, in the order they were found. */
    public List<InputException> all() {
        List<InputException> list = new ArrayList<>();
        list.add(more.isEmpty() ? this : new InputException(source, path, position, problem));
        list.addAll(more);
        return list;
    }

    public static InputException at(String source, String path, Position position, String problem) {
        return new InputException(source, path, Optional.of(position), problem);
    }

    public static InputException whole(String source, String problem) {
        return new InputException(source, "", Optional.empty(), problem);
    }

    /**
     * A file that could not be read, said in the reader's words: a folder is named as a folder, a
     * file without read permission as such, anything else without Java's class names.
     */
    public static InputException unreadable(String source, java.nio.file.Path path, String fix) {
        if (java.nio.file.Files.isDirectory(path)) {
            return whole(source, "this is a folder, not a file; " + fix);
        }
        if (java.nio.file.Files.exists(path) && !java.nio.file.Files.isReadable(path)) {
            return whole(source, "this file may not be read by you; check its permissions.");
        }
        return whole(source, "this file could not be read; check that it is an ordinary file.");
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

    private static String format(String source, String path, Optional<Position> position, String problem,
                                 List<InputException> more) {
        StringBuilder lines = new StringBuilder(format(source, path, position, problem));
        for (InputException next : more) {
            lines.append('\n').append(next.getMessage());
        }
        return lines.toString();
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
