package org.nocontact.rules;

/** A condition's truth over a set of situations: true for all, false for all, or not yet decided. */
public enum Truth {
    TRUE, FALSE, UNDECIDED;

    public static Truth of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public Truth negate() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNDECIDED;
    }
}
