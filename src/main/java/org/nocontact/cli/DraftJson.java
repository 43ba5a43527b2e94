package org.nocontact.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.nocontact.advice.draft.DraftNote;
import org.nocontact.advice.draft.DraftReview;

/** The "draft" object of the verdict JSON, as docs/situation-format.md spells it. */
final class DraftJson {
    private DraftJson() {
    }

    static void write(JsonGenerator g, DraftReview draft) throws IOException {
        g.writeObjectFieldStart("draft");
        g.writeBooleanField("reviewed", draft.reviewed());
        g.writeArrayFieldStart("notes");
        for (DraftNote note : draft.notes()) {
            g.writeStartObject();
            g.writeNumberField("line", note.line());
            g.writeNumberField("column", note.column());
            g.writeNumberField("length", note.length());
            g.writeStringField("rule", note.rule());
            g.writeStringField("text", note.text());
            g.writeStringField("instead", note.instead());
            g.writeArrayFieldStart("sources");
            for (String source : note.sources()) {
                g.writeString(source);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (draft.wordsYouCouldUse().isPresent()) {
            g.writeStringField("wordsYouCouldUse", draft.wordsYouCouldUse().get());
        } else {
            g.writeNullField("wordsYouCouldUse");
        }
        g.writeEndObject();
    }
}
