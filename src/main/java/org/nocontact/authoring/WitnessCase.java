package org.nocontact.authoring;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.nocontact.situation.SituationWriter;

/**
 * A surviving mutant's witness as a case-file entry ({@link CaseLoader} reads it): the situation
 * inline, in the profile the diff found it, expecting what the rule set as written gives (its
 * verdict, the deciding rule, and the day to look again when that is what differed). Pasted into a
 * case file's "cases", it kills the mutant.
 */
public final class WitnessCase {
    private WitnessCase() {
    }

    public static String of(MutationTester.Survivor survivor) {
        Differ.Change change = survivor.witness();
        String name = change.from().id() + " decides here, with " + change.from().verdict() + " (kills: "
                + survivor.mutant().change() + ")";
        String date = !change.aspects().contains(Differ.Aspect.DATE) ? ""
                : ", \"reconsiderOn\": " + change.fromDate().map(d -> quote(d.toString())).orElse("null");
        return "{ \"name\": " + quote(name) + ", \"profile\": " + quote(change.profile()) + ",\n"
                + "  \"situation\": " + SituationWriter.write(change.witness()).strip().replace("\n", "\n  ") + ",\n"
                + "  \"expect\": { \"verdict\": " + quote(change.from().verdict().name()) + ", \"decidedBy\": "
                + quote(change.from().id()) + date + " } }";
    }

    private static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
