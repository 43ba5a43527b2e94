package org.nocontact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nocontact.authoring.Finding;
import org.nocontact.json.InputException;
import org.nocontact.json.Position;

/**
 * Results as SARIF 2.1.0, the format code-scanning pages read (GitHub's upload-sarif action, among
 * others): one run, one result per lint finding or diff change with its kind (ruleId, listed in
 * driver.rules), level, message and file:line:column.
 */
final class Sarif {
    static final String VERSION = "2.1.0";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Sarif() {
    }

    /** A kind of result (SARIF's reportingDescriptor): its id and one line saying what it means. */
    record Kind(String id, String description) {
    }

    /** One result: its kind (by place in the kinds given), level, message and file:line:column. */
    record Result(int kind, String level, String message, String file, Position position) {
    }

    /** Lint's findings; {@code notShownIn} counts, by file, the errors found beyond those listed (a flood cut short). */
    static String of(List<Finding> findings, Map<String, Integer> notShownIn, String toolVersion) throws IOException {
        List<Kind> kinds = java.util.Arrays.stream(Finding.Kind.values())
                .map(k -> new Kind(k.id(), k.description())).toList();
        List<Result> results = findings.stream().map(f -> new Result(f.kind().ordinal(),
                f.severity() == Finding.Severity.ERROR ? "error" : "warning",
                (f.path().isEmpty() ? "" : f.path() + ": ") + f.message(), f.file(), f.position())).toList();
        return of("nocontact rules lint", toolVersion, kinds, results, notShownIn);
    }

    /**
     * A SARIF log of one run of {@code tool}: its kinds listed in driver.rules (a result's ruleIndex is
     * its kind's place). When problems were found beyond the results ({@code notShownIn}, by file), the
     * run's invocation says so in a tool execution notification for each such file, at that file, and
     * that it did not finish.
     */
    static String of(String tool, String toolVersion, List<Kind> kinds, List<Result> results,
                     Map<String, Integer> notShownIn) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", VERSION);
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", tool);
            g.writeStringField("version", toolVersion);
            kinds(g, kinds);
            g.writeEndObject();
            g.writeEndObject();
            if (!notShownIn.isEmpty()) {
                notShown(g, notShownIn);
            }
            g.writeArrayFieldStart("results");
            for (Result r : results) {
                result(g, kinds.get(r.kind()).id(), r);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        return text + "\n";
    }

    private static void notShown(JsonGenerator g, Map<String, Integer> notShownIn) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", false);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (Map.Entry<String, Integer> file : notShownIn.entrySet()) {
            g.writeStartObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uri(file.getKey()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("level", "error");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", InputException.notShownLine(Map.of(file.getKey(), file.getValue())));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void kinds(JsonGenerator g, List<Kind> kinds) throws IOException {
        g.writeArrayFieldStart("rules");
        for (Kind kind : kinds) {
            g.writeStartObject();
            g.writeStringField("id", kind.id());
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", kind.description());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void result(JsonGenerator g, String ruleId, Result r) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", ruleId);
        g.writeNumberField("ruleIndex", r.kind());
        g.writeStringField("level", r.level());
        g.writeObjectFieldStart("message");
        g.writeStringField("text", r.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(r.file()));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", r.position().line());
        g.writeNumberField("startColumn", r.position().column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A relative path stays relative (with forward slashes), as code-scanning expects; an absolute one becomes a file: URI. */
    static String uri(String file) {
        Path path = Path.of(file);
        return path.isAbsolute() ? path.toUri().toString() : file.replace('\\', '/');
    }
}
