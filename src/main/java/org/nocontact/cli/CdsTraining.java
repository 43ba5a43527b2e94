package org.nocontact.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Used only by the build (src/build/make-cds-archive.sh): one run that loads what real runs load,
 * a check in both formats, the start of an interview on a terminal and, given the checkout's rules
 * folder, `rules test` of its cases (the rule loader, the analysis and the interview's replay), so
 * that the class-data sharing archive covers those commands. Prints nothing.
 */
final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) {
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
            Main.run(new String[] {"rules", "test", "--rules", args[1]}, sink, sink);
        }
    }
}
