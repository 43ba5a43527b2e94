package org.nocontact.rules;

import java.util.List;
import org.nocontact.json.Position;

/**
 * A property declared in ruleset.json that must hold in every situation where {@code when}
 * holds, in each of its profiles (all profiles when none are named): the verdict is, or is never,
 * the one expected. `rules lint` proves it over every situation or shows a counterexample.
 */
public record Invariant(String id, String description, List<String> profiles, Condition when, boolean never,
                        Verdict verdict, String file, Position position) {
    public Invariant {
        profiles = List.copyOf(profiles);
    }

    public boolean appliesTo(Profile profile) {
        return profiles.isEmpty() || profiles.contains(profile.name());
    }

    /** Whether a verdict given where {@code when} holds keeps the promise. */
    public boolean keptBy(Verdict given) {
        return never ? given != verdict : given == verdict;
    }

    public String promise() {
        return (never ? "never " : "always ") + verdict;
    }
}
