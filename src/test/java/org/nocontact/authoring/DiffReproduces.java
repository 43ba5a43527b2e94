package org.nocontact.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.nocontact.GeneratedSituations;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.RuleSet;
import org.nocontact.situation.Situation;

/**
 * What a diff reports, checked against what {@code check} says (through {@link Advisor#advise}):
 * every change's witness gives the reported verdict, deciding rule and day to look again on each
 * side, and random situations whose outcome differs lie in a reported region of that change.
 */
final class DiffReproduces {
    private DiffReproduces() {
    }

    /** Every reported change's witness reproduces on both rule sets. */
    static void witnesses(RuleSet before, RuleSet after, Differ.Report report, String context) {
        for (Differ.Change change : report.changes()) {
            Recommendation was = advisor(before, change.profile()).advise(change.witness());
            Recommendation is = advisor(after, change.profile()).advise(change.witness());
            String what = context + ": " + change.groupKey();
            assertThat(was.verdict()).as(what).isEqualTo(change.from().verdict());
            assertThat(is.verdict()).as(what).isEqualTo(change.to().verdict());
            assertThat(was.reconsiderOn()).as(what).isEqualTo(change.fromDate());
            assertThat(is.reconsiderOn()).as(what).isEqualTo(change.toDate());
            assertThat(was.reasons().get(0).rule()).as(what).isEqualTo(change.from().id());
            assertThat(is.reasons().get(0).rule()).as(what).isEqualTo(change.to().id());
        }
    }

    /**
     * Random situations whose deciding rule or verdict differs between the rule sets each lie in a
     * reported region of that change; returns how many differed. (A day to look again is compared
     * for each region's witness: two situations of one region may reach the next class of a count
     * of days on different days.)
     */
    static int changedSituations(RuleSet before, RuleSet after, Differ.Report report, int samples, String context) {
        int changed = 0;
        for (Situation s : GeneratedSituations.situations().sampleStream().limit(samples).toList()) {
            for (String profile : report.compared()) {
                Recommendation was = advisor(before, profile).advise(s);
                Recommendation is = advisor(after, profile).advise(s);
                String from = was.reasons().get(0).rule();
                String to = is.reasons().get(0).rule();
                if (from.equals(to) && was.verdict() == is.verdict()) {
                    continue;
                }
                changed++;
                boolean reported = report.changes().stream().anyMatch(c -> c.profile().equals(profile)
                        && c.from().id().equals(from) && c.to().id().equals(to)
                        && c.region().admits(0, c.region().space().factsOf(s, 0))
                        && c.region().admits(1, c.region().space().factsOf(s, 1)));
                assertThat(reported).as("%s: %s -> %s in %s for %s", context, from, to, profile, s).isTrue();
            }
        }
        return changed;
    }

    private static Advisor advisor(RuleSet rules, String profile) {
        return new Advisor(rules, rules.profile(profile).orElseThrow());
    }

    static List<Finding> openFindings(List<Finding> findings) {
        return findings.stream()
                .filter(f -> f.kind() == Finding.Kind.NOT_COVERED || f.kind() == Finding.Kind.NOT_PROVED).toList();
    }
}
