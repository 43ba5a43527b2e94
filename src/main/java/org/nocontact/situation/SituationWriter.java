package org.nocontact.situation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.nocontact.json.Named;

/** Writes a situation as a file that {@link SituationReader} reads back to the same situation. */
public final class SituationWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SituationWriter() {
    }

    public static String write(Situation s) {
        return write(s, field -> true);
    }

    /**
     * As {@link #write(Situation)}, but a field that has a default (ties, safety, boundaries,
     * history) is written only when {@code given} holds for its path: a file then holds only what
     * was said, and what was not said reads back as the default, as before.
     */
    public static String write(Situation s, Predicate<String> given) {
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
            if (!s.ties().isEmpty() || given.test("ties")) {
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
            Section section = new Section(g, given);
            section.flag("safety", "unsafe", safety.unsafe());
            section.flag("safety", "threatened", safety.threatened());
            section.flag("safety", "selfHarm", safety.selfHarm());
            section.flag("safety", "urgeToMonitor", safety.urgeToMonitor());
            section.flag("safety", "protectionOrder", safety.protectionOrder());
            section.flag("boundaries", "exAskedNoContact", s.boundaries().exAskedNoContact());
            section.flag("boundaries", "blocked", s.boundaries().blocked());
            section.text("boundaries", "exceptAbout", s.boundaries().exceptAbout());
            section.number("history", "unansweredMessages", s.unansweredMessages());
            section.close();
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
            if (!s.dates().equals(Situation.Dates.NONE)) {
                g.writeObjectFieldStart("dates");
                if (s.dates().exBirthday().isPresent()) {
                    g.writeStringField("exBirthday", s.dates().exBirthday().get().toString());
                }
                if (s.dates().anniversary().isPresent()) {
                    g.writeStringField("anniversary", s.dates().anniversary().get().toString());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /** Writes the given fields of the small objects (safety, boundaries, history), opening each once. */
    private static final class Section {
        private final JsonGenerator g;
        private final Predicate<String> given;
        private String open = "";

        Section(JsonGenerator g, Predicate<String> given) {
            this.g = g;
            this.given = given;
        }

        void flag(String object, String name, boolean value) throws IOException {
            if (enter(object, name)) {
                g.writeBooleanField(name, value);
            }
        }

        void text(String object, String name, Optional<String> value) throws IOException {
            if (value.isPresent() && enter(object, name)) {
                g.writeStringField(name, value.get());
            }
        }

        void number(String object, String name, int value) throws IOException {
            if (enter(object, name)) {
                g.writeNumberField(name, value);
            }
        }

        private boolean enter(String object, String name) throws IOException {
            if (!given.test(object + "." + name)) {
                return false;
            }
            if (!open.equals(object)) {
                close();
                g.writeObjectFieldStart(object);
                open = object;
            }
            return true;
        }

        void close() throws IOException {
            if (!open.isEmpty()) {
                g.writeEndObject();
                open = "";
            }
        }
    }

    private static void whole(JsonGenerator g, String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        }
    }
}
