package org.nocontact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.nocontact.authoring.Finding;

/**
 * Lint findings as SARIF 2.1.0, the format code-scanning pages read (GitHub's upload-sarif action,
 * among others): one run, one result per finding with its kind (ruleId, listed in driver.rules), level,
 * message and file:line:column.
 */
final class Sarif {
    static final String VERSION = "2.1.0";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Sarif() {
    }

    static String of(List<Finding> findings, String toolVersion) throws IOException {
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
            g.writeStringField("name", "nocontact rules lint");
            g.writeStringField("version", toolVersion);
            rules(g);
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : findings) {
                result(g, f);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        return text + "\n";
    }

    /** Every kind of finding lint makes, in Kind order, so a result's ruleIndex is its kind's ordinal. */
    private static void rules(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("rules");
        for (Finding.Kind kind : Finding.Kind.values()) {
            g.writeStartObject();
            g.writeStringField("id", kind.id());
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", kind.description());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void result(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.kind().id());
        g.writeNumberField("ruleIndex", f.kind().ordinal());
        g.writeStringField("level", f.severity() == Finding.Severity.ERROR ? "error" : "warning");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", (f.path().isEmpty() ? "" : f.path() + ": ") + f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(f.file()));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.position().line());
        g.writeNumberField("startColumn", f.position().column());
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
