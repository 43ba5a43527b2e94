package org.nocontact.authoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nocontact.json.Position;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/** One scenario: a situation, a profile, and what the rules must make of it. */
public record TestCase(
        String name,
        String file,
        Position position,
        Optional<String> profile,
        Situation situation,
        Expectation expect,
        List<RuleRef> ruleRefs) {

    public TestCase {
        ruleRefs = List.copyOf(ruleRefs);
    }

    /** A rule id the case names (in decidedBy, applies or doesNotApply), and where, so a typo can be shown. */
    public record RuleRef(String id, String path, Position position) {
    }

    /**
     * What could be read of a case that did not load (a bad field elsewhere in it, or in its file's
     * base): its name, profile and the rule ids it names, so those are checked in the same run.
     */
    public record Unloaded(String name, String file, Position position, Optional<String> profile, List<RuleRef> ruleRefs) {
        public Unloaded {
            ruleRefs = List.copyOf(ruleRefs);
        }
    }

    /** What is checked; an absent part is not checked. */
    public record Expectation(
            Verdict verdict,
            Optional<Optional<LocalDate>> reconsiderOn,
            Optional<String> decidedBy,
            List<String> applies,
            List<String> doesNotApply,
            List<String> reasonsContain,
            List<String> doInsteadContains,
            List<String> doInsteadOmits,
            Optional<DraftExpectation> draft,
            Optional<AheadExpectation> ahead) {

        public Expectation {
            applies = List.copyOf(applies);
            doesNotApply = List.copyOf(doesNotApply);
            reasonsContain = List.copyOf(reasonsContain);
            doInsteadContains = List.copyOf(doInsteadContains);
            doInsteadOmits = List.copyOf(doInsteadOmits);
        }
    }
}
