package org.nocontact.tracker;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The days ahead as an iCalendar file (RFC 5545): one all-day event per day, with that day's
 * advice. Discreet by default, since calendars sync to other people's servers: no name, no "ex",
 * no advice text in the event, only a gentle title. {@code full} writes the advice in.
 */
public final class Ics {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private Ics() {
    }

    public static String write(List<HardDay> days, boolean full, LocalDateTime nowUtc) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//nocontact//tracker//EN");
        line(out, "CALSCALE:GREGORIAN");
        for (HardDay day : days) {
            line(out, "BEGIN:VEVENT");
            // The UID names nothing: a number for what the day is, not its name.
            line(out, "UID:" + day.date().format(DAY) + "-" + day.what().ordinal() + "@nocontact.invalid");
            line(out, "DTSTAMP:" + nowUtc.format(STAMP));
            line(out, "DTSTART;VALUE=DATE:" + day.date().format(DAY));
            line(out, "DTEND;VALUE=DATE:" + day.date().plusDays(1).format(DAY));
            line(out, "SUMMARY:" + escape(full ? summary(day) : day.what().discreet()));
            line(out, "DESCRIPTION:" + escape(full ? description(day)
                    : "A day that may be hard. Run your advisor for today's advice."));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "CLASS:PRIVATE");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String summary(HardDay day) {
        return StatusText.capital(day.what().words(day.date()))
                + day.verdict().map(v -> ": " + v.headline().toLowerCase(Locale.ROOT)).orElse("");
    }

    static String description(HardDay day) {
        return day.why().orElse("Keep your answers (nocontact ask) to see the advice for this day.");
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    /** A content line, folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

}
