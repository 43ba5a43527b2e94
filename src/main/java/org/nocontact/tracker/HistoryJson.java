package org.nocontact.tracker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code history --format json}: one entry per event, newest first, each with its kind. */
public final class HistoryJson {
    private HistoryJson() {
    }

    public static String render(Kept kept) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        ArrayNode list = root.putArray("history");
        for (Entry entry : kept.history()) {
            ObjectNode o = list.addObject();
            o.put("at", entry.at().toString());
            describe(entry, o);
        }
        return StatusJson.write(root);
    }

    private static void describe(Entry entry, ObjectNode o) {
        if (entry instanceof Entry.PeriodMark m) {
            o.put("kind", m.start() ? "period-start" : "period-ended-early");
            o.put("since", m.period().since().toString());
            o.put("days", m.period().days());
        } else if (entry instanceof Entry.Slip s) {
            o.put("kind", "slip");
            o.put("how", s.kind().wireName());
            o.put("note", s.note().orElse(null));
        } else if (entry instanceof Entry.Urge u) {
            o.put("kind", "urge");
            if (u.strength().isPresent()) {
                o.put("strength", u.strength().getAsInt());
            } else {
                o.putNull("strength");
            }
            o.put("trigger", u.trigger().orElse(null));
        } else if (entry instanceof Entry.Heard h) {
            o.put("kind", "heard");
            o.put("about", h.about().wireName());
        } else if (entry instanceof Entry.Journal j) {
            o.put("kind", "journal");
            o.put("text", j.text());
        }
    }
}
