package org.nocontact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.nocontact.situation.Situation;
import org.nocontact.situation.SituationReader;

/**
 * Situations for tests, written as the JSON a person would write and read through the real strict
 * reader, so every test also exercises the public format.
 */
public final class TestSituations {
    public static final ObjectMapper JSON = new ObjectMapper();
    /** Used only when a test's situation leaves out "today". */
    public static final LocalDate SYSTEM_TODAY = LocalDate.of(2027, 3, 10);

    private TestSituations() {
    }

    /** Someone who was left, wants them back, has not begun no contact, and wants to text. */
    public static ObjectNode base() {
        ObjectNode s = JSON.createObjectNode();
        s.put("today", "2027-03-10");
        ObjectNode breakup = s.putObject("breakup");
        breakup.put("date", "2027-02-01");
        breakup.put("initiatedBy", "them");
        breakup.put("feelingsExpressed", true);
        s.put("goal", "reconcile");
        ObjectNode plan = s.putObject("plan");
        plan.put("action", "text");
        plan.put("purpose", "reconcile");
        return s;
    }

    /** Sets a dotted path ("emotions.anger") to a value, creating objects on the way. */
    public static ObjectNode set(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], JSON.valueToTree(value));
        return root;
    }

    public static ObjectNode ready(ObjectNode s) {
        set(s, "emotions.anger", 2);
        set(s, "emotions.sadness", 3);
        return set(s, "emotions.confidence", 7);
    }

    public static ObjectNode period(ObjectNode s, String since, int days) {
        set(s, "noContact.since", since);
        return set(s, "noContact.days", days);
    }

    public static ObjectNode exWrote(ObjectNode s, String about) {
        set(s, "exContact.date", s.get("today").asText());
        return set(s, "exContact.about", about);
    }

    public static Situation read(ObjectNode s) {
        return read(s.toString());
    }

    public static Situation read(String json) {
        return new SituationReader(SYSTEM_TODAY).read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }
}
