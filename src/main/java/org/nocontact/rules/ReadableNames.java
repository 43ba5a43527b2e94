package org.nocontact.rules;

import java.util.Map;

/** How names read in a sentence: "valentines-day" is Valentine's Day to a person, "birthday" their birthday. */
public final class ReadableNames {
    private static final Map<String, String> SPECIAL = Map.of(
            "valentines-day", "Valentine's Day",
            "christmas", "Christmas",
            "new-year", "New Year",
            "birthday", "their birthday",
            "anniversary", "your anniversary",
            "graduation", "their graduation",
            "mutual-friends", "mutual friends",
            "check-in", "checking in",
            "social-post", "social-media post");

    private ReadableNames() {
    }

    public static String forName(String name) {
        return SPECIAL.getOrDefault(name, name.replace('-', ' '));
    }
}
