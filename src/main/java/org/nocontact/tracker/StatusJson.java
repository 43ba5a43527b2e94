package org.nocontact.tracker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** {@code status --format json}: the contract in docs/tracker.md. */
public final class StatusJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusJson() {
    }

    public static String render(Status s) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode period = root.putObject("period");
        Period p = s.period();
        period.put("since", p.since().toString());
        if (p.dayOn(s.today()).isPresent()) {
            period.put("day", p.dayOn(s.today()).getAsInt());
        } else {
            period.putNull("day");
        }
        period.put("days", p.days());
        period.put("end", p.end().toString());
        period.put("complete", p.endedOn().isEmpty() && p.completeOn(s.today()));
        period.put("daysLeft", p.endedOn().isPresent() ? 0 : p.daysLeft(s.today()));
        date(period, "endedEarly", p.endedOn().filter(e -> p.reason().orElse(null) == Period.EndReason.EARLY)
                .orElse(null));
        ObjectNode today = root.putObject("today");
        today.put("date", s.today().toString());
        ArrayNode is = today.putArray("is");
        s.todayIs().forEach(what -> is.add(what.wireName()));
        if (s.verdict().isPresent()) {
            today.put("verdict", s.verdict().get().verdict().name());
            today.put("summary", s.verdict().get().summary());
            today.put("adviceFor", s.verdict().get().on().toString());
        } else {
            today.putNull("verdict");
            today.putNull("summary");
        }
        ArrayNode hard = root.putArray("hardDays");
        for (HardDay h : s.hardDays()) {
            ObjectNode day = hard.addObject();
            day.put("date", h.date().toString());
            day.put("what", h.what().wireName());
            if (h.verdict().isPresent()) {
                day.put("verdict", h.verdict().get().name());
                day.put("why", h.why().orElse(""));
            } else {
                day.putNull("verdict");
                day.putNull("why");
            }
        }
        ObjectNode urges = root.putObject("urges");
        urges.put("thisWeek", s.urgesThisWeek());
        urges.put("lastWeek", s.urgesLastWeek());
        root.put("slips", s.kept().slips().size());
        return write(root);
    }

    static void date(ObjectNode node, String field, LocalDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toString());
        }
    }

    static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
