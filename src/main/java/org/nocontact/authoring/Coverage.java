package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;

/**
 * Which rules of one profile its cases exercise. A rule is covered when some case run in that
 * profile makes it decide: a rule shared by two profiles is covered in each only by that
 * profile's cases. The profile's final catch-all is not counted: the loader requires it so that
 * every situation gets a verdict, and a profile whose other rules cover everything never lets it
 * decide. Rules that no case makes apply are listed apart, since they are the least tested of all.
 */
public record Coverage(String profile, List<String> neverApplied, List<String> neverDecided, int rules, int decided) {

    public Coverage {
        neverApplied = List.copyOf(neverApplied);
        neverDecided = List.copyOf(neverDecided);
    }

    /** One coverage per profile of the rule set, by profile name: the same order in every run. */
    public static List<Coverage> of(RuleSet rules, List<CaseRunner.Result> results) {
        List<Coverage> all = new ArrayList<>();
        for (Profile profile : rules.profiles().values().stream()
                .sorted(java.util.Comparator.comparing(Profile::name)).toList()) {
            all.add(of(profile, results.stream().filter(r -> r.actual().profile().equals(profile.name())).toList()));
        }
        return all;
    }

    static Coverage of(Profile profile, List<CaseRunner.Result> results) {
        Set<String> applied = new LinkedHashSet<>();
        Set<String> decidedIds = new LinkedHashSet<>();
        for (CaseRunner.Result result : results) {
            result.actual().evaluation().applied().forEach(rule -> applied.add(rule.id()));
            decidedIds.add(result.actual().evaluation().decider().id());
        }
        List<Rule> precedence = profile.precedence();
        List<String> ordered = precedence.subList(0, precedence.size() - 1).stream().map(Rule::id).toList();
        List<String> neverApplied = ordered.stream().filter(id -> !applied.contains(id)).toList();
        List<String> neverDecided = ordered.stream().filter(id -> applied.contains(id) && !decidedIds.contains(id)).toList();
        int covered = (int) ordered.stream().filter(decidedIds::contains).count();
        return new Coverage(profile.name(), neverApplied, neverDecided, ordered.size(), covered);
    }

    public double percent() {
        return rules == 0 ? 100.0 : 100.0 * decided / rules;
    }
}
