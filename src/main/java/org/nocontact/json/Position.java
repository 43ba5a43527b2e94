package org.nocontact.json;

/** A place in a source text, 1-based, as editors show it. */
public record Position(int line, int column) {
    public static final Position START = new Position(1, 1);

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
