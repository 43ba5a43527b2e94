package org.nocontact.situation;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.nocontact.json.Fields;
import org.nocontact.json.InputException;
import org.nocontact.json.Json;
import org.nocontact.json.JsonTreeReader;

/** Reads a situation file exactly as docs/situation-format.md describes it, and nothing looser. */
public final class SituationReader {
    public static final int MAX_MESSAGE_LENGTH = 10_000;

    private static final List<String> TOP = List.of("$schema", "today", "breakup", "goal", "noContact", "ties",
            "exContact", "emotions", "safety", "boundaries", "history", "plan", "dates");
    private static final List<String> BREAKUP = List.of("date", "initiatedBy", "feelingsExpressed");
    private static final List<String> NO_CONTACT = List.of("since", "days");
    private static final List<String> EX_CONTACT = List.of("date", "about");
    private static final List<String> EMOTIONS = List.of("anger", "sadness", "confidence");
    private static final List<String> SAFETY = List.of("unsafe", "threatened", "selfHarm", "urgeToMonitor",
            "protectionOrder");
    private static final List<String> BOUNDARIES = List.of("exAskedNoContact", "blocked");
    private static final List<String> HISTORY = List.of("unansweredMessages");
    private static final List<String> PLAN = List.of("action", "purpose", "occasion", "message");
    private static final List<String> DATES = List.of("exBirthday", "anniversary");

    private final JsonTreeReader json = new JsonTreeReader(JsonTreeReader.Limits.SITUATION);
    private final LocalDate systemToday;

    /** @param systemToday the date to use when the file gives no {@code today} */
    public SituationReader(LocalDate systemToday) {
        this.systemToday = systemToday;
    }

    public Situation read(InputStream in, String source) throws IOException {
        return read(json.read(in, source), source);
    }

    public Situation read(byte[] bytes, String source) {
        return read(json.read(bytes, source), source);
    }

    public Situation read(Json root, String source) {
        Fields top = Fields.of(root, "", source, TOP);
        top.optionalText("$schema", 2000);
        Optional<LocalDate> givenToday = top.optionalDate("today");
        LocalDate today = givenToday.orElse(systemToday);

        Situation.Breakup breakup = breakup(top.requiredObject("breakup", BREAKUP,
                "an object with date and initiatedBy"), today);
        Goal goal = top.requiredName("goal", Goal.class);
        Optional<Situation.NoContact> noContact = top.optionalObject("noContact", NO_CONTACT)
                .map(fields -> noContact(fields, breakup.date(), today));
        Set<Tie> ties = ties(top);
        Optional<Situation.ExContact> exContact = top.optionalObject("exContact", EX_CONTACT)
                .map(fields -> exContact(fields, today));
        Situation.Emotions emotions = top.optionalObject("emotions", EMOTIONS).map(this::emotions)
                .orElse(Situation.Emotions.UNKNOWN);
        Situation.Safety safety = top.optionalObject("safety", SAFETY).map(this::safety)
                .orElse(Situation.Safety.NONE);
        Situation.Boundaries boundaries = top.optionalObject("boundaries", BOUNDARIES)
                .map(f -> new Situation.Boundaries(f.bool("exAskedNoContact", false), f.bool("blocked", false)))
                .orElse(Situation.Boundaries.NONE);
        int unanswered = top.optionalObject("history", HISTORY)
                .map(f -> f.optionalWhole("unansweredMessages", 0, Integer.MAX_VALUE).orElse(0))
                .orElse(0);
        Situation.Plan plan = plan(top.requiredObject("plan", PLAN, "an object with action and purpose"),
                exContact.isPresent());
        Situation.Dates dates = top.optionalObject("dates", DATES)
                .map(f -> new Situation.Dates(f.optionalDate("exBirthday"), f.optionalDate("anniversary")))
                .orElse(Situation.Dates.NONE);
        return new Situation(today, givenToday.isPresent(), breakup, goal, noContact, ties, exContact, emotions,
                safety, boundaries, unanswered, plan, dates);
    }

    private Situation.Breakup breakup(Fields f, LocalDate today) {
        LocalDate date = f.requiredDate("date");
        if (date.isAfter(today)) {
            throw f.error("date", date + " is after today (" + today + "); a breakup date cannot be in the future.");
        }
        return new Situation.Breakup(date, f.requiredName("initiatedBy", InitiatedBy.class),
                f.optionalBool("feelingsExpressed"));
    }

    private Situation.NoContact noContact(Fields f, LocalDate breakupDate, LocalDate today) {
        LocalDate since = f.requiredDate("since");
        if (since.isBefore(breakupDate)) {
            throw f.error("since", since + " is before the breakup (" + breakupDate
                    + "); no contact starts on or after the breakup date.");
        }
        if (since.isAfter(today)) {
            throw f.error("since", since + " is after today (" + today
                    + "); leave noContact out if it has not begun yet.");
        }
        OptionalInt days = f.optionalWhole("days", 1, 365);
        return new Situation.NoContact(since, days);
    }

    private Set<Tie> ties(Fields top) {
        Set<Tie> ties = EnumSet.noneOf(Tie.class);
        List<Json> items = top.optionalList("ties");
        for (int i = 0; i < items.size(); i++) {
            String at = top.pathOf("ties") + "[" + i + "]";
            Tie tie = top.name(items.get(i), at, Tie.class);
            if (!ties.add(tie)) {
                throw InputException.at(top.source(), at, items.get(i).position(),
                        "\"" + tie.wireName() + "\" is listed twice; keep it once.");
            }
        }
        return ties;
    }

    private Situation.ExContact exContact(Fields f, LocalDate today) {
        LocalDate date = f.requiredDate("date");
        if (date.isAfter(today)) {
            throw f.error("date", date + " is after today (" + today + "); use the day their message arrived.");
        }
        return new Situation.ExContact(date, f.requiredName("about", ExContactAbout.class));
    }

    private Situation.Emotions emotions(Fields f) {
        return new Situation.Emotions(f.optionalWhole("anger", 0, 10), f.optionalWhole("sadness", 0, 10),
                f.optionalWhole("confidence", 0, 10));
    }

    private Situation.Safety safety(Fields f) {
        return new Situation.Safety(f.bool("unsafe", false), f.bool("threatened", false), f.bool("selfHarm", false),
                f.bool("urgeToMonitor", false), f.bool("protectionOrder", false));
    }

    private Situation.Plan plan(Fields f, boolean exWroteFirst) {
        Action action = f.requiredName("action", Action.class);
        if (action == Action.REPLY && !exWroteFirst) {
            throw f.error("action", "\"reply\" needs exContact (when they wrote and what about); add exContact, "
                    + "or choose another action.");
        }
        Purpose purpose = f.requiredName("purpose", Purpose.class);
        Optional<Occasion> occasion = f.optionalName("occasion", Occasion.class);
        Optional<String> message = f.optionalText("message", MAX_MESSAGE_LENGTH);
        return new Situation.Plan(action, purpose, occasion, true, message);
    }
}
