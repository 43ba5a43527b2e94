package org.nocontact.analysis;

import java.util.Optional;

/**
 * Values of one variable that no condition of the rule sets analysed can tell apart: "unknown",
 * a range of whole numbers, or one value (a name, true or false, a known date, a tie held or not).
 */
public record ValueClass(Kind kind, long low, long high, Object value) {
    public enum Kind { UNKNOWN, RANGE, VALUE }

    /** The value standing for a known date or tie list: conditions can only ask whether it is known. */
    public static final String KNOWN = "known";

    static ValueClass unknown() {
        return new ValueClass(Kind.UNKNOWN, 0, -1, "unknown");
    }

    static ValueClass range(long low, long high) {
        return new ValueClass(Kind.RANGE, low, high, "");
    }

    static ValueClass of(Object value) {
        return new ValueClass(Kind.VALUE, 0, -1, value);
    }

    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    /** Whether a fact's value (empty when unknown) lies in this class. */
    public boolean contains(Optional<?> factValue) {
        if (factValue.isEmpty()) {
            return kind == Kind.UNKNOWN;
        }
        Object v = factValue.get();
        return switch (kind) {
            case UNKNOWN -> false;
            case RANGE -> v instanceof Integer n && n >= low && n <= high;
            case VALUE -> value.equals(v) || KNOWN.equals(value);
        };
    }

    public String describe() {
        return switch (kind) {
            case UNKNOWN -> "unknown";
            case RANGE -> low == high ? Long.toString(low) : low + ".." + (high >= Integer.MAX_VALUE ? "" : high);
            case VALUE -> String.valueOf(value);
        };
    }
}
