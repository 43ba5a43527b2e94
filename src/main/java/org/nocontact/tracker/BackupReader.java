package org.nocontact.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.nocontact.json.InputException;
import org.nocontact.json.Named;
import org.nocontact.situation.ExContactAbout;
import org.nocontact.situation.SituationReader;

/** Reads a backup document strictly: every field known, every value checked, each problem named by its path. */
final class BackupReader {
    private static final Set<String> TOP = Set.of("format", "version", "exportedOn", "periods", "slips", "urges",
            "heard", "journal", "situation", "exDates");

    private final JsonNode root;
    private final String source;

    BackupReader(JsonNode root, String source) {
        this.root = root;
        this.source = source;
    }

    Kept read() {
        object(root, "", TOP);
        if (!root.path("format").asText("").equals(Backup.FORMAT)) {
            throw problem("format", "this is not a nocontact backup (format \"" + Backup.FORMAT
                    + "\"); give a file made by 'nocontact export'.");
        }
        int version = root.path("version").asInt(0);
        if (version < 1 || version > Schema.VERSION) {
            throw problem("version", "backup version " + root.path("version") + " is not one this nocontact reads (1 to "
                    + Schema.VERSION + "); a newer nocontact may read it.");
        }
        List<Period> periods = list("periods", Set.of("since", "days", "endedOn", "endReason"), (n, at) -> new Period(0,
                date(n, at + ".since"), whole(n, at + ".days", "days", 1, 365),
                optional(n, "endedOn").map(x -> date(n, at + ".endedOn")),
                optional(n, "endReason").map(x -> reason(x, at + ".endReason"))));
        List<Entry.Slip> slips = list("slips", Set.of("on", "kind", "note", "loggedAt"), (n, at) -> new Entry.Slip(
                date(n, at + ".on"), Named.byName(Entry.SlipKind.class, n.path("kind").asText(""))
                .orElseThrow(() -> problem(at + ".kind", "use " + Named.names(Entry.SlipKind.class) + ".")),
                optional(n, "note"), dateTime(n, at + ".loggedAt")));
        List<Entry.Urge> urges = list("urges", Set.of("at", "strength", "trigger", "message"), (n, at) -> new Entry.Urge(
                dateTime(n, at + ".at"), n.path("strength").isNull() || n.path("strength").isMissingNode()
                ? OptionalInt.empty() : OptionalInt.of(whole(n, at + ".strength", "strength", 1, 10)),
                optional(n, "trigger"), optional(n, "message")));
        List<Entry.Heard> heard = list("heard", Set.of("on", "about", "loggedAt"), (n, at) -> new Entry.Heard(
                date(n, at + ".on"), Named.byName(ExContactAbout.class, n.path("about").asText(""))
                .orElseThrow(() -> problem(at + ".about", "use logistics or personal.")), dateTime(n, at + ".loggedAt")));
        List<Entry.Journal> journal = list("journal", Set.of("at", "text"), (n, at) -> new Entry.Journal(
                dateTime(n, at + ".at"), optional(n, "text").orElseThrow(() -> problem(at + ".text", "give the entry's text."))));
        Optional<String> situation = Optional.empty();
        JsonNode kept = root.path("situation");
        if (kept.isObject()) {
            byte[] json = kept.toString().getBytes(StandardCharsets.UTF_8);
            new SituationReader(LocalDate.now()).read(json, source + " (situation)");
            situation = Optional.of(kept.toPrettyString());
        }
        JsonNode dates = root.path("exDates");
        ExDates exDates = ExDates.NONE;
        if (dates.isObject()) {
            object(dates, "exDates", Set.of("birthday", "anniversary"));
            exDates = new ExDates(monthDay(dates, "exDates.birthday", "birthday"),
                    monthDay(dates, "exDates.anniversary", "anniversary"));
        }
        return new Kept(periods, slips, urges, heard, journal, situation, exDates);
    }

    static void insert(Connection c, Kept kept) throws SQLException {
        for (Period p : kept.periods()) {
            Period inserted = PeriodTable.insert(c, p.since(), p.days());
            if (p.endedOn().isPresent()) {
                PeriodTable.end(c, inserted, p.endedOn().get(), p.reason().orElse(Period.EndReason.EARLY));
            }
        }
        for (Entry.Slip s : kept.slips()) {
            EntryTables.insertSlip(c, s);
        }
        for (Entry.Urge u : kept.urges()) {
            EntryTables.insertUrge(c, u);
        }
        for (Entry.Heard h : kept.heard()) {
            EntryTables.insertHeard(c, h.on(), h.about(), h.loggedAt());
        }
        for (Entry.Journal j : kept.journal()) {
            EntryTables.insertJournal(c, j.at(), j.text());
        }
        if (kept.situation().isPresent()) {
            KeptTables.keepSituation(c, kept.situation().get(), LocalDate.now());
        }
        KeptTables.setExDates(c, kept.exDates());
    }

    private interface Item<T> {
        T read(JsonNode node, String at);
    }

    private <T> List<T> list(String field, Set<String> fields, Item<T> item) {
        JsonNode array = root.path(field);
        if (!array.isArray()) {
            throw problem(field, "give a list (it may be empty: []).");
        }
        List<T> list = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = field + "[" + i + "]";
            object(array.get(i), at, fields);
            list.add(item.read(array.get(i), at));
        }
        return list;
    }

    private void object(JsonNode node, String at, Set<String> fields) {
        if (!node.isObject()) {
            throw problem(at.isEmpty() ? "(the document)" : at, "give an object.");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw problem((at.isEmpty() ? "" : at + ".") + name, "this field is not part of a backup; remove it.");
            }
        }
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private LocalDate date(JsonNode node, String at) {
        return parsed(node, at, LocalDate::parse, "a date written YYYY-MM-DD");
    }

    private LocalDateTime dateTime(JsonNode node, String at) {
        return parsed(node, at, LocalDateTime::parse, "a date and time written YYYY-MM-DDTHH:MM:SS");
    }

    private Optional<MonthDay> monthDay(JsonNode node, String at, String field) {
        return node.path(field).isTextual() ? Optional.of(parsed(node, at, MonthDay::parse, "a day written --MM-DD"))
                : Optional.empty();
    }

    private <T> T parsed(JsonNode node, String at, Function<String, T> parse, String expected) {
        String field = at.substring(at.lastIndexOf('.') + 1);
        JsonNode value = node.path(field);
        try {
            if (value.isTextual()) {
                return parse.apply(value.asText());
            }
        } catch (DateTimeParseException e) {
            // said below
        }
        throw problem(at, "give " + expected + ".");
    }

    private int whole(JsonNode node, String at, String field, int min, int max) {
        JsonNode value = node.path(field);
        if (!value.isInt() || value.asInt() < min || value.asInt() > max) {
            throw problem(at, "give a whole number from " + min + " to " + max + ".");
        }
        return value.asInt();
    }

    private Period.EndReason reason(String text, String at) {
        return switch (text) {
            case "slip" -> Period.EndReason.SLIP;
            case "early" -> Period.EndReason.EARLY;
            default -> throw problem(at, "use slip or early.");
        };
    }

    private InputException problem(String path, String problem) {
        return new InputException(source, path, Optional.empty(), problem);
    }
}
