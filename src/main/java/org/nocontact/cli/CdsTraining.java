package org.nocontact.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Used only by the build (src/build/make-cds-archive.sh): one run that loads what real runs load,
 * a check in both formats, the start of an interview on a terminal and, given the checkout's rules
 * folder, `rules test` of its cases (the rule loader, the analysis and the interview's replay), so
 * that the class-data sharing archive covers those commands. Prints nothing.
 */
final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        PrintWriter sink = new PrintWriter(new StringWriter());
        String sample = args[0];
        Main.run(new String[] {"check", "--color", "always", sample}, sink, sink);
        Main.run(new String[] {"check", "--format", "json", sample}, sink, sink);
        Main.run(new String[] {"check", "--profile", "strict", "does-not-exist.json"}, sink, sink);
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(new byte[0]));
        System.setProperty("nocontact.stdin.tty", "1");
        try {
            Main.run(new String[] {"ask"}, sink, sink);
        } finally {
            System.setIn(stdin);
        }
        if (args.length > 1) {
            // twice, into a memory of its own: a first run and one on rules that did not change (RuleSetMemory)
            Path memory = Files.createTempDirectory("nocontact-cds");
            System.setProperty(RuleSetMemory.FOLDER_PROPERTY, memory.toString());
            try {
                Main.run(new String[] {"rules", "test", "--rules", args[1]}, sink, sink);
                Main.run(new String[] {"rules", "test", "--rules", args[1]}, sink, sink);
            } finally {
                try (Stream<Path> kept = Files.walk(memory)) {
                    for (Path path : kept.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        }
    }
}
