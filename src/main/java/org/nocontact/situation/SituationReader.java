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
import org.nocontact.json.Problems;

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
    private static final List<String> BOUNDARIES = List.of("exAskedNoContact", "blocked", "exceptAbout");
    /** The matter their request for no contact left open, in the person's words: a few words, not a message. */
    public static final int MAX_EXCEPTION_LENGTH = 200;
    private static final List<String> HISTORY = List.of("unansweredMessages");
    private static final List<String> PLAN = List.of("action", "purpose", "occasion", "message");
    private static final List<String> DATES = List.of("exBirthday", "anniversary");

    private final JsonTreeReader json = new JsonTreeReader(JsonTreeReader.Limits.SITUATION);
    private final LocalDate systemToday;
    /** Whether the file's own {@code today} gives way to {@link #systemToday} (its dates are then checked against that). */
    private final boolean ownDay;

    /** @param systemToday the date to use when the file gives no {@code today} */
    public SituationReader(LocalDate systemToday) {
        this(systemToday, false);
    }

    private SituationReader(LocalDate systemToday, boolean ownDay) {
        this.systemToday = systemToday;
        this.ownDay = ownDay;
    }

    /** A reader for which today is {@code day} whatever the file says (`ask --from` on another day than the file's). */
    public static SituationReader on(LocalDate day) {
        return new SituationReader(day, true);
    }

    public Situation read(InputStream in, String source) throws IOException {
        return read(json.read(in, source), source);
    }

    public Situation read(byte[] bytes, String source) {
        return read(json.read(bytes, source), source);
    }

    public Situation readAll(byte[] bytes, String source) {
        return readAll(json.read(bytes, source), source);
    }

    /** The situation in {@code root}; its first problem, if any, is refused as one message (as `check` says it). */
    public Situation read(Json root, String source) {
        Problems found = new Problems();
        Optional<Situation> situation = read(root, source, found);
        found.first().ifPresent(first -> {
            throw first;
        });
        return situation.orElseThrow();
    }

    /**
     * As {@link #read(Json, String)}, but every problem is found and refused together: a rule
     * author's case with five mistakes sees five lines in one run.
     */
    public Situation readAll(Json root, String source) {
        Problems found = new Problems();
        Optional<Situation> situation = read(root, source, found);
        found.throwIfAny();
        return situation.orElseThrow();
    }

    /** Reads every part it can, noting each problem in {@code found} in the order of the file's format. */
    private Optional<Situation> read(Json root, String source, Problems found) {
        Fields top = Fields.of(root, "", source, TOP, found);
        found.attempt(() -> top.optionalText("$schema", 2000));
        Optional<Optional<LocalDate>> givenToday = found.attempt(() -> top.optionalDate("today"));
        // A "today" that could not be read is no ground for saying another date is after it.
        LocalDate today = ownDay ? systemToday : givenToday.map(given -> given.orElse(systemToday)).orElse(LocalDate.MAX);

        Optional<Situation.Breakup> breakup = found.attempt(() -> breakup(sub(top, "breakup", BREAKUP,
                "an object with date and initiatedBy", found), today));
        Optional<Goal> goal = found.attempt(() -> top.requiredName("goal", Goal.class));
        Optional<Optional<Situation.NoContact>> noContact = found.attempt(() -> optionalSub(top, "noContact", NO_CONTACT, found)
                .map(fields -> noContact(fields, breakup.map(Situation.Breakup::date), today)));
        Optional<Set<Tie>> ties = found.attempt(() -> ties(top));
        Optional<Optional<Situation.ExContact>> exContact = found.attempt(() -> optionalSub(top, "exContact", EX_CONTACT, found)
                .map(fields -> exContact(fields, today)));
        Optional<Situation.Emotions> emotions = found.attempt(() -> optionalSub(top, "emotions", EMOTIONS, found)
                .map(this::emotions).orElse(Situation.Emotions.UNKNOWN));
        Optional<Situation.Safety> safety = found.attempt(() -> optionalSub(top, "safety", SAFETY, found)
                .map(this::safety).orElse(Situation.Safety.NONE));
        Optional<Situation.Boundaries> boundaries = found.attempt(() -> optionalSub(top, "boundaries", BOUNDARIES, found)
                .map(SituationReader::boundaries).orElse(Situation.Boundaries.NONE));
        Optional<Integer> unanswered = found.attempt(() -> optionalSub(top, "history", HISTORY, found)
                .map(f -> f.optionalWhole("unansweredMessages", 0, Integer.MAX_VALUE).orElse(0))
                .orElse(0));
        // A reply needs their message: an exContact that is there but wrong is still there.
        boolean exWroteFirst = exContact.map(Optional::isPresent).orElse(top.has("exContact"));
        Optional<Situation.Plan> plan = found.attempt(() -> plan(sub(top, "plan", PLAN,
                "an object with action and purpose", found), exWroteFirst));
        Optional<Situation.Dates> dates = found.attempt(() -> optionalSub(top, "dates", DATES, found)
                .map(f -> new Situation.Dates(f.optionalDate("exBirthday"), f.optionalDate("anniversary")))
                .orElse(Situation.Dates.NONE));
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Situation(today, givenToday.orElseThrow().isPresent(), breakup.orElseThrow(),
                goal.orElseThrow(), noContact.orElseThrow(), ties.orElseThrow(), exContact.orElseThrow(),
                emotions.orElseThrow(), safety.orElseThrow(), boundaries.orElseThrow(), unanswered.orElseThrow(),
                plan.orElseThrow(), dates.orElseThrow()));
    }

    /** A required object, its unknown fields noted in {@code found} so that its known ones are still read. */
    private static Fields sub(Fields top, String key, List<String> allowed, String whatItIs, Problems found) {
        return Fields.of(top.required(key, whatItIs), top.pathOf(key), top.source(), allowed, found);
    }

    private static Optional<Fields> optionalSub(Fields top, String key, List<String> allowed, Problems found) {
        return top.optional(key).map(value -> Fields.of(value, top.pathOf(key), top.source(), allowed, found));
    }

    private Situation.Breakup breakup(Fields f, LocalDate today) {
        Problems found = new Problems();
        Optional<LocalDate> date = found.attempt(() -> {
            LocalDate d = f.requiredDate("date");
            if (d.isAfter(today)) {
                throw f.error("date", d + " is after today (" + today + "); a breakup date cannot be in the future.");
            }
            return d;
        });
        Optional<InitiatedBy> by = found.attempt(() -> f.requiredName("initiatedBy", InitiatedBy.class));
        Optional<Optional<Boolean>> expressed = found.attempt(() -> f.optionalBool("feelingsExpressed"));
        found.throwIfAny();
        return new Situation.Breakup(date.orElseThrow(), by.orElseThrow(), expressed.orElseThrow());
    }

    private Situation.NoContact noContact(Fields f, Optional<LocalDate> breakupDate, LocalDate today) {
        Problems found = new Problems();
        Optional<LocalDate> since = found.attempt(() -> {
            LocalDate d = f.requiredDate("since");
            if (breakupDate.isPresent() && d.isBefore(breakupDate.get())) {
                throw f.error("since", d + " is before the breakup (" + breakupDate.get()
                        + "); no contact starts on or after the breakup date.");
            }
            if (d.isAfter(today)) {
                throw f.error("since", d + " is after today (" + today
                        + "); leave noContact out if it has not begun yet.");
            }
            return d;
        });
        Optional<OptionalInt> days = found.attempt(() -> f.optionalWhole("days", 1, 365));
        found.throwIfAny();
        return new Situation.NoContact(since.orElseThrow(), days.orElseThrow());
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
        Problems found = new Problems();
        Optional<OptionalInt> anger = found.attempt(() -> f.optionalWhole("anger", 0, 10));
        Optional<OptionalInt> sadness = found.attempt(() -> f.optionalWhole("sadness", 0, 10));
        Optional<OptionalInt> confidence = found.attempt(() -> f.optionalWhole("confidence", 0, 10));
        found.throwIfAny();
        return new Situation.Emotions(anger.orElseThrow(), sadness.orElseThrow(), confidence.orElseThrow());
    }

    private static Situation.Boundaries boundaries(Fields f) {
        boolean asked = f.bool("exAskedNoContact", false);
        Optional<String> except = f.optionalText("exceptAbout", MAX_EXCEPTION_LENGTH);
        if (except.isPresent() && except.get().isBlank()) {
            throw f.error("exceptAbout", "an empty text; name the matter their request left open (such as \"the dog\"), "
                    + "or leave exceptAbout out.");
        }
        if (except.isPresent() && !asked) {
            throw f.error("exceptAbout", "names what their request for no contact left open, but no request is given; "
                    + "set \"exAskedNoContact\": true, or leave exceptAbout out.");
        }
        return new Situation.Boundaries(asked, f.bool("blocked", false), except.map(String::strip));
    }

    private Situation.Safety safety(Fields f) {
        return new Situation.Safety(f.bool("unsafe", false), f.bool("threatened", false), f.bool("selfHarm", false),
                f.bool("urgeToMonitor", false), f.bool("protectionOrder", false));
    }

    private Situation.Plan plan(Fields f, boolean exWroteFirst) {
        Problems found = new Problems();
        Optional<Action> action = found.attempt(() -> {
            Action a = f.requiredName("action", Action.class);
            if (a == Action.REPLY && !exWroteFirst) {
                throw f.error("action", "\"reply\" needs exContact (when they wrote and what about); add exContact, "
                        + "or choose another action.");
            }
            return a;
        });
        Optional<Purpose> purpose = found.attempt(() -> f.requiredName("purpose", Purpose.class));
        Optional<Optional<Occasion>> occasion = found.attempt(() -> f.optionalName("occasion", Occasion.class));
        Optional<Optional<String>> message = found.attempt(() -> f.optionalText("message", MAX_MESSAGE_LENGTH));
        found.throwIfAny();
        return new Situation.Plan(action.orElseThrow(), purpose.orElseThrow(), occasion.orElseThrow(), true,
                message.orElseThrow());
    }
}
