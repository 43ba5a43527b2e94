package org.nocontact.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nocontact.advice.Recommendation;
import org.nocontact.text.Texts;

/**
 * A recommendation safe to print on a terminal: every text that came from a rule file (summary,
 * reasons, what to do, what would change it, rule ids and source names) has its control characters
 * written out ("\u001b" as text), so a rule file cannot clear the screen, move the cursor or hide a
 * line. JSON needs none of this: its writer escapes them.
 */
final class Printable {
    private Printable() {
    }

    static Recommendation of(Recommendation r) {
        Map<String, String> sources = new LinkedHashMap<>();
        r.sourceDescriptions().forEach((id, text) -> sources.put(Texts.printable(id), Texts.printable(text)));
        return new Recommendation(r.verdict(), Texts.printable(r.summary()), r.today(), r.reconsiderOn(),
                r.reasons().stream().map(reason -> new Recommendation.Reason(Texts.printable(reason.rule()),
                        Texts.printable(reason.text()), reason.sources().stream().map(Texts::printable).toList())).toList(),
                r.overridden().stream().map(o -> new Recommendation.Overridden(Texts.printable(o.rule()), o.verdict(),
                        Texts.printable(o.by()))).toList(),
                r.doInstead().stream().map(Texts::printable).toList(),
                r.wouldChange().stream().map(c -> new Recommendation.Change(Texts.printable(c.change()), c.verdict(),
                        Texts.printable(c.summary()))).toList(),
                Texts.printable(r.profile()), sources, r.evaluation(), r.draft());
    }
}
