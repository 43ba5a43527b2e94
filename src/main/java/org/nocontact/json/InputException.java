package org.nocontact.json;

import org.nocontact.text.Texts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

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
    /**
     * How many more problems were found than are listed (a flood is cut short), by file (source), in
     * file order; empty when all are listed.
     */
    private final transient SortedMap<String, Integer> notShownIn;

    /**
     * Problems in reading order: by file, line and column (a problem with the whole file first), then
     * by wording. Sorting is stable, so problems at one place keep the order they were found in.
     */
    public static final Comparator<InputException> READING_ORDER = Comparator.comparing(InputException::source)
            .thenComparingInt(p -> p.position().map(Position::line).orElse(0))
            .thenComparingInt(p -> p.position().map(Position::column).orElse(0))
            .thenComparing(InputException::problem);

    public InputException(String source, String path, Optional<Position> position, String problem) {
        this(source, path, position, problem, List.of(), Map.of());
    }

    private InputException(String source, String path, Optional<Position> position, String problem,
                           List<InputException> more, Map<String, Integer> notShownIn) {
        super(format(source, path, position, problem, more, notShownIn), null, false, false);
        this.source = source;
        this.path = path;
        this.position = position;
        this.problem = problem;
        this.more = List.copyOf(more);
        this.notShownIn = Collections.unmodifiableSortedMap(new TreeMap<>(notShownIn));
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
        SortedMap<String, Integer> notShownIn = new TreeMap<>();
        for (InputException p : problems) {
            flat.addAll(p.all());
            p.notShownIn.forEach((file, n) -> notShownIn.merge(file, n, Integer::sum));
        }
        return listed(flat, notShownIn);
    }

    /**
     * Several problems as one exception, in reading order ({@link #READING_ORDER}), at most {@code max}
     * of them listed: the rest are counted by file ({@link #notShownIn()}) and the message's last line
     * says how many more there were and where, so a flood does not bury the first mistakes. Each file
     * with problems keeps its first one among those listed (while there are fewer files than
     * {@code max}), so a flood in one file cannot hide a typo in another that sorts after it.
     */
    public static InputException capped(List<InputException> problems, int max) {
        InputException every = all(problems);
        List<InputException> sorted = new ArrayList<>(every.all());
        sorted.sort(READING_ORDER);
        Set<InputException> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, InputException> firstOfEachFile = new LinkedHashMap<>();
        sorted.forEach(p -> firstOfEachFile.putIfAbsent(p.source, p));
        firstOfEachFile.values().stream().limit(max).forEach(kept::add);
        for (InputException p : sorted) {
            if (kept.size() >= max) {
                break;
            }
            kept.add(p);
        }
        List<InputException> listed = new ArrayList<>();
        SortedMap<String, Integer> notShownIn = new TreeMap<>(every.notShownIn);
        for (InputException p : sorted) {
            if (kept.contains(p)) {
                listed.add(p);
            } else {
                notShownIn.merge(p.source, 1, Integer::sum);
            }
        }
        return listed(listed, notShownIn);
    }

    private static InputException listed(List<InputException> flat, Map<String, Integer> notShownIn) {
        InputException first = flat.get(0);
        return flat.size() == 1 && notShownIn.isEmpty() ? first : new InputException(first.source, first.path,
                first.position, first.problem, flat.subList(1, flat.size()), notShownIn);
    }

    /** This problem and any listed after it, in the order they were found (or sorted in); never the ones not shown. */
    public List<InputException> all() {
        List<InputException> list = new ArrayList<>();
        list.add(more.isEmpty() && notShownIn.isEmpty() ? this : new InputException(source, path, position, problem));
        list.addAll(more);
        return list;
    }

    /** How many problems were found beyond those listed by {@link #all()}: 0 unless a flood was cut short. */
    public int notShown() {
        return notShownIn.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The problems found beyond those listed, counted by file (source), in file order: empty unless a flood was cut short. */
    public SortedMap<String, Integer> notShownIn() {
        return notShownIn;
    }

    /** Every problem found: those listed and those not shown. */
    public int total() {
        return more.size() + 1 + notShown();
    }

    /**
     * "and 10 more problems not shown (8 in rules/a.json, 2 in rules/b.json); fix these first.", the
     * last line of a flood cut short.
     */
    public static String notShownLine(Map<String, Integer> notShownIn) {
        int all = notShownIn.values().stream().mapToInt(Integer::intValue).sum();
        return "and " + Texts.count(all, "more problem", "more problems") + " not shown (" + where(notShownIn)
                + "); fix these first.";
    }

    /** "8 in rules/a.json, 2 in rules/b.json": how many problems of each file were not shown. */
    public static String where(Map<String, Integer> notShownIn) {
        return String.join(", ", notShownIn.entrySet().stream().map(e -> e.getValue() + " in " + e.getKey()).toList());
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
                                 List<InputException> more, Map<String, Integer> notShownIn) {
        StringBuilder lines = new StringBuilder(format(source, path, position, problem));
        for (InputException next : more) {
            lines.append('\n').append(next.getMessage());
        }
        if (!notShownIn.isEmpty()) {
            lines.append('\n').append(Texts.printable(notShownLine(notShownIn)));
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
