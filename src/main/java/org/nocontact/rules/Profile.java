package org.nocontact.rules;

import java.util.List;

/** A named reading of the guidance: its rules, most important first. The first that applies decides. */
public record Profile(String name, String description, List<Rule> precedence) {
    public Profile {
        precedence = List.copyOf(precedence);
    }
}
