package org.nocontact.authoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;

/**
 * Which rules the cases exercise. A rule is covered when some case makes it decide; the percentage
 * is of the rules placed in any profile. Rules that no case makes apply are listed apart, since
 * they are the least tested of all.
 */
public record Coverage(List<String> neverApplied, List<String> neverDecided, int rulesInProfiles, int decided) {

    public static Coverage of(RuleSet rules, List<CaseRunner.Result> results) {
        Set<String> placed = new LinkedHashSet<>();
        for (Profile profile : rules.profiles().values()) {
            profile.precedence().forEach(rule -> placed.add(rule.id()));
        }
        Set<String> applied = new LinkedHashSet<>();
        Set<String> decidedIds = new LinkedHashSet<>();
        for (CaseRunner.Result result : results) {
            result.actual().evaluation().applied().forEach(rule -> applied.add(rule.id()));
            decidedIds.add(result.actual().evaluation().decider().id());
        }
        List<String> ordered = rules.rules().stream().map(Rule::id).filter(placed::contains).toList();
        List<String> neverApplied = ordered.stream().filter(id -> !applied.contains(id)).toList();
        List<String> neverDecided = ordered.stream().filter(id -> applied.contains(id) && !decidedIds.contains(id)).toList();
        int covered = (int) ordered.stream().filter(decidedIds::contains).count();
        return new Coverage(neverApplied, neverDecided, ordered.size(), covered);
    }

    public double percent() {
        return rulesInProfiles == 0 ? 100.0 : 100.0 * decided / rulesInProfiles;
    }
}
