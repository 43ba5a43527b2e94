package org.nocontact.rules.checks;

import java.util.regex.Pattern;
import org.nocontact.json.InputException;
import org.nocontact.json.Position;
import org.nocontact.text.Texts;

/**
 * The names and sizes a rule set must keep to, checked by every reader of a rule set (rules,
 * definitions, invariants, draft rules). Sizes are capped so that a rule set from a stranger
 * cannot make an evaluation or a proof slow; docs/rules-format.md lists them. This class depends
 * on nothing but the JSON layer, so every reader can use it without a cycle.
 */
public final class Limits {
    /** The index file of a rule set. */
    public static final String INDEX = "ruleset.json";
    public static final int MAX_FILES = 64;
    public static final int MAX_RULES = 1000;
    /** Parts of one condition, definitions expanded. */
    public static final long MAX_CONDITION_SIZE = 10_000;
    /** All conditions together, definitions expanded: bounds the work of one evaluation. */
    public static final long MAX_TOTAL_CONDITION_SIZE = 100_000;
    /**
     * Values of one "in" list. Each value is a part of its condition (and of all conditions
     * together), and each cuts its fact's value classes finer, so a long list is both a large
     * condition and a fine cut that every later test of the fact walks.
     */
    public static final int MAX_IN_VALUES = 100;
    public static final int MAX_TEXT = 2000;
    /** Problems reported at most in one run; more would bury the first ones. */
    public static final int MAX_PROBLEMS = 50;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}\\.json");

    private Limits() {
    }

    /** Refuses an id of a source, rule, profile, definition or invariant that is not lower-case letters, digits and dashes. */
    public static void requireId(String id, String path, Position position, String source) {
        if (!ID.matcher(id).matches()) {
            throw InputException.at(source, path, position, "\"" + Texts.abbreviate(id, 40)
                    + "\" is not a valid id; use lower-case letters, digits and dashes, such as \"gift-or-letter\".");
        }
    }

    /** Whether a name may be a file of the rule set: a plain name in its folder, never the index. */
    public static boolean isFileName(String name) {
        return FILE_NAME.matcher(name).matches() && !name.equals(INDEX);
    }

    /** Refuses a condition larger than {@link #MAX_CONDITION_SIZE}; {@code what} is "condition" or "definition". */
    public static void requireConditionSize(long size, String what, String source, String path, Position position) {
        if (size > MAX_CONDITION_SIZE) {
            throw InputException.at(source, path, position, "this " + what + " has more than " + MAX_CONDITION_SIZE
                    + " parts once " + (what.equals("definition") ? "" : "definitions are ") + "expanded; simplify it.");
        }
    }
}
