package org.nocontact.cli;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the command line in this JVM (fast), or as a real process (exit codes, streams, environment). */
final class Cli {
    record Result(int exitCode, String out, String err) {
    }

    static final Path ROOT = Path.of(System.getProperty("nocontact.root", "."));

    static Path example(String name) {
        return ROOT.resolve("docs/examples").resolve(name);
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    static synchronized Result runWithStdin(String stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(original);
        }
    }

    /** A separate JVM on the test class path: what a shell user sees, environment included. */
    static Result process(Map<String, String> env, List<String> jvmOptions, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("NO_COLOR");
        builder.environment().putAll(env);
        File out = File.createTempFile("nocontact-out", ".txt");
        File err = File.createTempFile("nocontact-err", ".txt");
        builder.redirectOutput(out).redirectError(err);
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nocontact did not finish in 60 s");
        }
        Result result = new Result(process.exitValue(),
                java.nio.file.Files.readString(out.toPath()), java.nio.file.Files.readString(err.toPath()));
        out.delete();
        err.delete();
        return result;
    }
}
