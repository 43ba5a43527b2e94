package org.nocontact.tracker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.nocontact.situation.ExContactAbout;

/** Something kept in the tracker's history, newest first when listed. */
public sealed interface Entry {
    /** When it happened, for ordering the history. */
    LocalDateTime at();

    /** "I contacted them": kept without blame; a message counts as unanswered until they write. */
    record Slip(LocalDate on, SlipKind kind, Optional<String> note, LocalDateTime loggedAt) implements Entry {
        @Override
        public LocalDateTime at() {
            return on.atTime(loggedAt.toLocalTime());
        }
    }

    /** The urge to contact them, how strong (1-10) and what set it off, each optional. */
    record Urge(LocalDateTime at, OptionalInt strength, Optional<String> trigger, Optional<String> message)
            implements Entry {
    }

    /** They wrote: about something practical or personal. */
    record Heard(LocalDate on, ExContactAbout about, LocalDateTime loggedAt) implements Entry {
        @Override
        public LocalDateTime at() {
            return on.atTime(loggedAt.toLocalTime());
        }
    }

    /** A journal entry: words that stay here instead of being sent. */
    record Journal(LocalDateTime at, String text) implements Entry {
    }

    /** A period's start, and its end when it ended. */
    record PeriodMark(Period period, boolean start) implements Entry {
        @Override
        public LocalDateTime at() {
            return (start ? period.since() : period.endedOn().orElse(period.end())).atStartOfDay();
        }
    }

    /** How they were contacted in a slip: a message waits for an answer; the others do not. */
    enum SlipKind implements org.nocontact.json.Named {
        MESSAGE("message"), CALL("call"), MEETING("meeting"), OTHER("other");

        private final String wire;

        SlipKind(String wire) {
            this.wire = wire;
        }

        @Override
        public String wireName() {
            return wire;
        }
    }
}
