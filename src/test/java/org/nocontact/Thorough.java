package org.nocontact;

/**
 * Long property runs on demand: {@code mvn -B verify -P thorough} (or {@code -Dnocontact.thorough=true})
 * runs each of them in full; an ordinary build runs a smaller sample of the same property, enough
 * to catch a regression, so that CI stays quick. Nothing is skipped: only how many are tried changes.
 */
public final class Thorough {
    public static final String PROPERTY = "nocontact.thorough";

    private Thorough() {
    }

    public static boolean on() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** {@code full} when thorough runs were asked for, else {@code quick}. */
    public static int count(int quick, int full) {
        return on() ? full : quick;
    }
}
