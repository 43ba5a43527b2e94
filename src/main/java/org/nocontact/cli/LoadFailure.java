package org.nocontact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.nocontact.authoring.Finding;
import org.nocontact.json.InputException;
import org.nocontact.text.Texts;

/**
 * A rule set or case file that does not load, said in the format a CI system asked for: the same
 * problems standard error lists (the exit status stays 2), as workflow annotations or JSON on
 * standard output, each at its file:line:column, so that a typo still becomes an annotation.
 */
final class LoadFailure {
    private LoadFailure() {
    }

    /** One error annotation per problem listed, then a summary line that counts every problem found. */
    static void github(PrintWriter out, String title, InputException problems) {
        List<Finding> findings = Finding.notLoaded(problems);
        for (Finding f : findings) {
            out.println(GithubAnnotations.at("error", f.file(), f.position(), title,
                    (f.path().isEmpty() ? "" : f.path() + ": ") + f.message()));
        }
        out.println(summary(problems));
        out.flush();
    }

    /**
     * {"loaded": false, "errors": N, "notShown": M, "notShownByFile": {FILE: K}, "problems": [{file, line,
     * column, path, message}]}: N counts every problem found, the list holds the first N - M (M is 0
     * unless a flood was cut short, K of them in FILE).
     */
    static void json(PrintWriter out, InputException problems) throws IOException {
        List<Finding> findings = Finding.notLoaded(problems);
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeBooleanField("loaded", false);
            g.writeNumberField("errors", problems.total());
            g.writeNumberField("notShown", problems.notShown());
            notShownByFile(g, problems.notShownIn());
            g.writeArrayFieldStart("problems");
            for (Finding f : findings) {
                g.writeStartObject();
                place(g, f);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.print(text + "\n");
        out.flush();
    }

    /** "notShownByFile": {FILE: N, ...}, the problems not listed by file, in file order (empty when all are listed). */
    static void notShownByFile(JsonGenerator g, Map<String, Integer> notShownIn) throws IOException {
        g.writeObjectFieldStart("notShownByFile");
        for (Map.Entry<String, Integer> file : notShownIn.entrySet()) {
            g.writeNumberField(file.getKey(), file.getValue());
        }
        g.writeEndObject();
    }

    /** A finding's place and words as JSON fields: file, line, column, path, message. */
    static void place(JsonGenerator g, Finding f) throws IOException {
        g.writeStringField("file", f.file());
        g.writeNumberField("line", f.position().line());
        g.writeNumberField("column", f.position().column());
        g.writeStringField("path", f.path());
        g.writeStringField("message", f.message());
    }

    /**
     * "the rule set or its cases did not load: 3 problems (see above; fix them, then run again)", or
     * with a flood cut short "...: 61 problems, the first 50 above, 11 not shown: 11 in rules/a.json (fix these
     * first, then run again)"; each file with problems has at least its first one above.
     */
    static String summary(InputException problems) {
        String found = "the rule set or its cases did not load: " + Texts.count(problems.total(), "problem", "problems");
        return problems.notShown() == 0 ? found + " (see above; fix them, then run again)"
                : found + ", the first " + (problems.total() - problems.notShown()) + " above, " + problems.notShown()
                + " not shown: " + InputException.where(problems.notShownIn()) + " (fix these first, then run again)";
    }
}
