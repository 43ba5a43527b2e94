package org.nocontact.tracker;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.nocontact.json.InputException;
import org.nocontact.json.Position;

/**
 * The person's backup: everything the tracker keeps as one JSON document (docs/tracker.md has the
 * schema), and back. An import goes into an empty tracker only, in one transaction.
 */
public final class Backup {
    public static final String FORMAT = "nocontact-tracker";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private Backup() {
    }

    public static String export(Kept kept, LocalDate today) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", Schema.VERSION);
        root.put("exportedOn", today.toString());
        ArrayNode periods = root.putArray("periods");
        for (Period p : kept.periods()) {
            ObjectNode o = periods.addObject();
            o.put("since", p.since().toString());
            o.put("days", p.days());
            StatusJson.date(o, "endedOn", p.endedOn().orElse(null));
            text(o, "endReason", p.reason().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)));
        }
        ArrayNode slips = root.putArray("slips");
        for (Entry.Slip s : kept.slips()) {
            ObjectNode o = slips.addObject();
            o.put("on", s.on().toString());
            o.put("kind", s.kind().wireName());
            text(o, "note", s.note());
            o.put("loggedAt", s.loggedAt().toString());
        }
        ArrayNode urges = root.putArray("urges");
        for (Entry.Urge u : kept.urges()) {
            ObjectNode o = urges.addObject();
            o.put("at", u.at().toString());
            if (u.strength().isPresent()) {
                o.put("strength", u.strength().getAsInt());
            } else {
                o.putNull("strength");
            }
            text(o, "trigger", u.trigger());
            text(o, "message", u.message());
        }
        ArrayNode heard = root.putArray("heard");
        for (Entry.Heard h : kept.heard()) {
            ObjectNode o = heard.addObject();
            o.put("on", h.on().toString());
            o.put("about", h.about().wireName());
            o.put("loggedAt", h.loggedAt().toString());
        }
        ArrayNode journal = root.putArray("journal");
        for (Entry.Journal j : kept.journal()) {
            journal.addObject().put("at", j.at().toString()).put("text", j.text());
        }
        if (kept.situation().isPresent()) {
            try {
                root.set("situation", MAPPER.readTree(kept.situation().get()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the kept situation is not JSON", e);
            }
        } else {
            root.putNull("situation");
        }
        ObjectNode dates = root.putObject("exDates");
        text(dates, "birthday", kept.exDates().birthday().map(Object::toString));
        text(dates, "anniversary", kept.exDates().anniversary().map(Object::toString));
        return StatusJson.write(root);
    }

    private static void text(ObjectNode o, String field, Optional<String> value) {
        if (value.isPresent()) {
            o.put(field, value.get());
        } else {
            o.putNull(field);
        }
    }

    /** Reads a backup into an empty tracker, all or nothing. */
    public static Kept importInto(Store store, byte[] bytes, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw at == null ? InputException.whole(source, "this is not JSON; give a file made by 'nocontact export'.")
                    : InputException.at(source, "", new Position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())),
                    "this is not valid JSON (" + e.getOriginalMessage() + "); give a file made by 'nocontact export'.");
        }
        BackupReader reader = new BackupReader(root, source);
        Kept kept = reader.read();
        store.transaction(c -> {
            if (!Tracker.readAll(c).isEmpty()) {
                throw InputException.whole(source, "the tracker in " + store.folder().path() + " is not empty; "
                        + "import goes into an empty one. Use another --data DIR, or 'nocontact forget' first "
                        + "(after an export, if you want to keep what is there).");
            }
            BackupReader.insert(c, kept);
            return null;
        });
        return kept;
    }

    static LocalDateTime dateTime(String text) {
        return LocalDateTime.parse(text);
    }
}
