package org.nocontact.rules.drafts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nocontact.json.Fields;
import org.nocontact.rules.checks.SourceIds;
import org.nocontact.text.Texts;

/**
 * The fields a draft rule and a length limit share: an id no other rule of the rule set has, texts
 * for the person reading, and the sources it cites. Holds the ids taken so far (the verdict rules'
 * and the draft rules' read before), so a second rule with an id is refused at its own place.
 */
final class DraftRuleFields {
    static final int MAX_TEXT = 2000;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Map<String, String> sources;
    private final Set<String> takenIds;

    DraftRuleFields(Map<String, String> sources, Set<String> takenIds) {
        this.sources = sources;
        this.takenIds = new HashSet<>(takenIds);
    }

    String id(Fields f) {
        String id = f.requiredText("id", 64, "a short id such as \"feelings-in-logistics\"");
        if (!ID.matcher(id).matches()) {
            throw f.error("id", "\"" + Texts.abbreviate(id, 40)
                    + "\" is not a valid id; use lower-case letters, digits and dashes, such as \"pressure\".");
        }
        if (!takenIds.add(id)) {
            throw f.error("id", "the id \"" + id + "\" is already used by another rule; give each rule its own id.");
        }
        return id;
    }

    /** A text the person reads: required, and not blank. */
    static String text(Fields f, String key, String whatItIs) {
        String text = f.requiredText(key, MAX_TEXT, whatItIs);
        if (text.isBlank()) {
            throw f.error(key, "this text is empty; write it for the person reading.");
        }
        return text;
    }

    List<String> sources(Fields f) {
        return SourceIds.cited(f, sources);
    }
}
