package org.nocontact.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Used only by the build (src/build/make-cds-archive.sh, src/build/release.sh): one run that loads
 * what real runs load, a check in both formats, the start of an interview on a terminal and, given
 * the checkout's rules folder, `rules test` of its cases (the rule loader, the analysis and the
 * interview's replay), so that the class-data sharing archive covers those commands. Prints nothing
 * when every command ran as it should; otherwise says on standard error which one did not, with
 * what it printed, and exits 1: an archive trained on a command that stopped early would silently
 * miss that command's classes.
 */
final class CdsTraining {
    private CdsTraining() {
    }

    /** One command of the training and the exit codes that mean it ran through. */
    private record Step(List<String> args, Set<Integer> ranThrough) {
    }

    public static void main(String[] args) throws IOException {
        List<String> failures = train(args);
        if (!failures.isEmpty()) {
            System.err.println(String.join("\n", failures));
            System.exit(1);
        }
    }

    /** Runs the training; what went wrong, one message a command that did not run through. */
    static List<String> train(String[] args) throws IOException {
        String sample = args[0];
        List<String> failures = new ArrayList<>();
        // a check exits 0 or 1 by its verdict; a file that does not exist is bad input (2)
        run(new Step(List.of("check", "--color", "always", sample), Set.of(0, 1)), failures);
        run(new Step(List.of("check", "--format", "json", sample), Set.of(0, 1)), failures);
        run(new Step(List.of("check", "--profile", "strict", "does-not-exist.json"), Set.of(2)), failures);
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        System.setProperty("nocontact.stdin.tty", "1");
        try {
            // the person closes the interview at once (empty input): it ends without advice
            run(new Step(List.of("ask"), Set.of(0, 1)), failures);
        } finally {
            System.setIn(stdin);
        }
        if (args.length > 1) {
            // three times, into a memory of its own (RuleSetMemory): a first run, which notes the rule files, a
            // second, which keeps what it works out, and one that reads it; cases that fail still run through
            // (1); rules or cases that cannot be read (2) do not
            Path memory = Files.createTempDirectory("nocontact-cds");
            System.setProperty(RuleSetMemory.FOLDER_PROPERTY, memory.toString());
            try {
                Step test = new Step(List.of("rules", "test", "--rules", args[1]), Set.of(0, 1));
                for (int run = 0; run < 3; run++) {
                    run(test, failures);
                }
            } finally {
                try (Stream<Path> kept = Files.walk(memory)) {
                    for (Path path : kept.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        }
        return failures;
    }

    private static void run(Step step, List<String> failures) {
        StringWriter printed = new StringWriter();
        PrintWriter sink = new PrintWriter(printed);
        int code = Main.run(step.args().toArray(String[]::new), sink, sink);
        sink.flush();
        failure(step, code, printed.toString()).filter(message -> !failures.contains(message)).ifPresent(failures::add);
    }

    /** The message for a command that exited {@code code}, or none where that means it ran through. */
    private static Optional<String> failure(Step step, int code, String printed) {
        if (step.ranThrough().contains(code)) {
            return Optional.empty();
        }
        String lines = printed.lines().limit(10).map(line -> "  " + line).reduce((a, b) -> a + "\n" + b)
                .orElse("  (nothing)");
        return Optional.of("class-data training: 'nocontact " + String.join(" ", step.args()) + "' exited " + code
                + ", so the archive would miss what it loads. It printed:\n" + lines);
    }
}
