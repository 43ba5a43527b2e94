package org.nocontact.rules;

/** What kind of value a fact holds, which decides the comparisons a rule may make on it. */
public enum FactType {
    BOOLEAN("true or false"),
    NAME("a name"),
    NAMES("a list of names"),
    NUMBER("a whole number"),
    DATE("a date"),
    TEXT("words the person gave");

    private final String description;

    FactType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
