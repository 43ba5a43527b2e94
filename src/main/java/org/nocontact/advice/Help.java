package org.nocontact.advice;

import java.util.List;
import java.util.Optional;
import org.nocontact.json.Named;

/**
 * The help lines shown at the top of a safety verdict: the emergency line always, a crisis line,
 * a domestic-abuse line and a pointer to counselling where the concern calls for them, for one
 * country when it is listed.
 */
public record Help(Optional<Country> country, Optional<String> listedAs, String checked, List<Line> lines,
                   List<String> listedCountries) {
    public Help {
        lines = List.copyOf(lines);
        listedCountries = List.copyOf(listedCountries);
    }

    /** Whether the lines are the country's own ("the United Kingdom"), not the general ones. */
    public boolean listed() {
        return listedAs.isPresent();
    }

    /** What a help line is for. */
    public enum Kind implements Named {
        EMERGENCY, CRISIS, DOMESTIC_ABUSE,
        /** For the urge to watch them: a pointer to a therapist or counsellor, not a number. */
        COUNSELLING;

        @Override
        public String wireName() {
            return Named.kebab(this);
        }
    }

    /**
     * One line as a person reads it: "Crisis line: Samaritans, 116 123 (free, 24/7).", and in brief for a
     * one-line reminder: "Samaritans, 116 123 (free, 24/7)".
     */
    public record Line(Kind kind, String text, String brief) {
    }

    /** The same help without the lines of one kind. */
    public Help without(Kind kind) {
        return new Help(country, listedAs, checked, lines.stream().filter(line -> line.kind() != kind).toList(),
                listedCountries);
    }

    /**
     * The lines in one short reminder: "Help now: emergency 999 (or 112); Samaritans, 116 123 (free, 24/7)";
     * "Support: a therapist or counsellor" where there is no emergency line (the urge to watch them).
     */
    public String reminder() {
        boolean urgent = lines.stream().anyMatch(line -> line.kind() == Kind.EMERGENCY);
        return (urgent ? "Help now: " : "Support: ") + String.join("; ", lines.stream().map(Line::brief).toList());
    }
}
