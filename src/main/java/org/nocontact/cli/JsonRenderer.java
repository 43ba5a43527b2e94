package org.nocontact.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.nocontact.advice.Help;
import org.nocontact.advice.ProjectedDay;
import org.nocontact.advice.Recommendation;
import org.nocontact.advice.Timeline;
import org.nocontact.rules.Verdict;

/** The verdict as the public contract (docs/situation-format.md) spells it, field for field. */
final class JsonRenderer {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

    String render(Recommendation r, Optional<Help> help) {
        return render(r, help, Optional.empty());
    }

    /** The verdict, and what the days ahead hold when asked ({@code check --ahead}). */
    String render(Recommendation r, Optional<Help> help, Optional<Timeline> ahead) {
        return written(g -> verdict(g, Optional.empty(), r, help, ahead));
    }

    /** A verdict of {@code check} with several files: the file as named, then the verdict as {@link #render}. */
    record Labelled(String file, Recommendation recommendation, Optional<Help> help, Optional<Timeline> ahead) {
    }

    /** Several files' verdicts as one JSON array, each object with a "file" field first (docs/situation-format.md). */
    String renderAll(List<Labelled> verdicts) {
        return written(g -> {
            g.writeStartArray();
            for (Labelled v : verdicts) {
                verdict(g, Optional.of(v.file()), v.recommendation(), v.help(), v.ahead());
            }
            g.writeEndArray();
        });
    }

    /** What a generator writes, pretty-printed, with a final line break. */
    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static String written(Writing writing) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(PRETTY);
            writing.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void verdict(JsonGenerator g, Optional<String> file, Recommendation r, Optional<Help> help,
                                Optional<Timeline> ahead) throws IOException {
        g.writeStartObject();
        if (file.isPresent()) {
            g.writeStringField("file", file.get());
        }
        g.writeStringField("verdict", r.verdict().name());
        g.writeStringField("summary", r.summary());
        if (r.reconsiderOn().isPresent()) {
            g.writeStringField("reconsiderOn", r.reconsiderOn().get().toString());
        } else {
            g.writeNullField("reconsiderOn");
        }
        g.writeArrayFieldStart("reasons");
        for (Recommendation.Reason reason : r.reasons()) {
            g.writeStartObject();
            g.writeStringField("rule", reason.rule());
            g.writeStringField("text", reason.text());
            strings(g, "sources", reason.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("overridden");
        for (Recommendation.Overridden o : r.overridden()) {
            g.writeStartObject();
            g.writeStringField("rule", o.rule());
            g.writeStringField("verdict", o.verdict().name());
            g.writeStringField("by", o.by());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "doInstead", r.doInstead());
        g.writeArrayFieldStart("wouldChange");
        for (Recommendation.Change change : r.wouldChange()) {
            g.writeStartObject();
            g.writeStringField("change", change.change());
            g.writeStringField("verdict", change.verdict().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (help.isPresent()) {
            help(g, help.get());
        }
        if (r.draft().isPresent()) {
            DraftJson.write(g, r.draft().get());
        }
        if (ahead.isPresent()) {
            ahead(g, ahead.get());
        }
        g.writeEndObject();
    }

    /** An added field (the contract allows optional ones): the help lines of a safety verdict. */
    private static void help(JsonGenerator g, Help help) throws IOException {
        g.writeObjectFieldStart("help");
        if (help.country().isPresent()) {
            g.writeStringField("country", help.country().get().code());
        } else {
            g.writeNullField("country");
        }
        g.writeBooleanField("listed", help.listed());
        g.writeStringField("checked", help.checked());
        g.writeArrayFieldStart("lines");
        for (Help.Line line : help.lines()) {
            g.writeStartObject();
            g.writeStringField("for", line.kind().wireName());
            g.writeStringField("text", line.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!help.listed()) {
            g.writeStringField("note", CountryOption.howToSetTheCountry(help));
        }
        g.writeEndObject();
    }

    /** An added field, present with {@code --ahead}: the listed days, with ISO dates. */
    static void ahead(JsonGenerator g, Timeline timeline) throws IOException {
        g.writeObjectFieldStart("ahead");
        g.writeNumberField("days", timeline.days());
        g.writeArrayFieldStart("entries");
        for (Timeline.Entry entry : timeline.entries()) {
            ProjectedDay day = entry.day();
            g.writeStartObject();
            g.writeStringField("date", day.date().toString());
            strings(g, "marks", entry.marks().stream().map(Timeline.Mark::wireName).toList());
            g.writeStringField("verdict", day.verdict().name());
            g.writeStringField("rule", day.rule());
            g.writeStringField("why", day.why());
            strings(g, "open", day.open().stream().map(Verdict::name).toList());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A field holding an array of strings. */
    static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
