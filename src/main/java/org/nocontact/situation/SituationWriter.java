package org.nocontact.situation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.OptionalInt;
import org.nocontact.json.Named;

/** Writes a situation as a file that {@link SituationReader} reads back to the same situation. */
public final class SituationWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SituationWriter() {
    }

    public static String write(Situation s) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));
            g.writeStartObject();
            g.writeStringField("today", s.today().toString());
            g.writeObjectFieldStart("breakup");
            g.writeStringField("date", s.breakup().date().toString());
            g.writeStringField("initiatedBy", s.breakup().initiatedBy().wireName());
            if (s.breakup().feelingsExpressed().isPresent()) {
                g.writeBooleanField("feelingsExpressed", s.breakup().feelingsExpressed().get());
            }
            g.writeEndObject();
            g.writeStringField("goal", s.goal().wireName());
            if (s.noContact().isPresent()) {
                g.writeObjectFieldStart("noContact");
                g.writeStringField("since", s.noContact().get().since().toString());
                whole(g, "days", s.noContact().get().days());
                g.writeEndObject();
            }
            if (!s.ties().isEmpty()) {
                g.writeArrayFieldStart("ties");
                for (Tie tie : s.ties()) {
                    g.writeString(tie.wireName());
                }
                g.writeEndArray();
            }
            if (s.exContact().isPresent()) {
                g.writeObjectFieldStart("exContact");
                g.writeStringField("date", s.exContact().get().date().toString());
                g.writeStringField("about", s.exContact().get().about().wireName());
                g.writeEndObject();
            }
            Situation.Emotions e = s.emotions();
            if (!e.equals(Situation.Emotions.UNKNOWN)) {
                g.writeObjectFieldStart("emotions");
                whole(g, "anger", e.anger());
                whole(g, "sadness", e.sadness());
                whole(g, "confidence", e.confidence());
                g.writeEndObject();
            }
            Situation.Safety safety = s.safety();
            g.writeObjectFieldStart("safety");
            g.writeBooleanField("unsafe", safety.unsafe());
            g.writeBooleanField("threatened", safety.threatened());
            g.writeBooleanField("selfHarm", safety.selfHarm());
            g.writeBooleanField("urgeToMonitor", safety.urgeToMonitor());
            g.writeBooleanField("protectionOrder", safety.protectionOrder());
            g.writeEndObject();
            g.writeObjectFieldStart("boundaries");
            g.writeBooleanField("exAskedNoContact", s.boundaries().exAskedNoContact());
            g.writeBooleanField("blocked", s.boundaries().blocked());
            g.writeEndObject();
            g.writeObjectFieldStart("history");
            g.writeNumberField("unansweredMessages", s.unansweredMessages());
            g.writeEndObject();
            g.writeObjectFieldStart("plan");
            g.writeStringField("action", s.plan().action().wireName());
            g.writeStringField("purpose", s.plan().purpose().wireName());
            if (s.plan().occasion().isPresent()) {
                g.writeStringField("occasion", ((Named) s.plan().occasion().get()).wireName());
            }
            if (s.plan().message().isPresent()) {
                g.writeStringField("message", s.plan().message().get());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private static void whole(JsonGenerator g, String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        }
    }
}
