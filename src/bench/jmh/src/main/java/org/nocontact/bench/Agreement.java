package org.nocontact.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.nocontact.rules.Evaluation;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.situation.Situation;

/**
 * Before anything is timed: on every benchmark situation, our engine, Easy Rules (both ways it is
 * run) and the MVEL conditions alone must name the same deciding rule, or the comparison is
 * between different guidance.
 * Run on its own by src/bench/jmh.sh, and again by each benchmark's setup.
 */
public final class Agreement {
    private Agreement() {
    }

    /** Which rules decided how many situations, and every situation where the engines differ. */
    public record Report(String profile, Map<String, Integer> decidedBy, List<String> disagreements) {
        public Report {
            decidedBy = Map.copyOf(decidedBy);
            disagreements = List.copyOf(disagreements);
        }

        public String summary() {
            String rules = new TreeMap<>(decidedBy).entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            return "profile " + profile + ": " + decidedBy.values().stream().mapToInt(Integer::intValue).sum()
                    + " situations, " + decidedBy.size() + " deciding rules (" + rules + ")";
        }
    }

    public static Report check(Workload workload, String profileName) {
        Profile profile = profile(workload, profileName);
        EasyRulesProfile easyRules = new EasyRulesProfile(profile);
        Map<String, Integer> decidedBy = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < workload.situations().size(); i++) {
            Situation situation = workload.situations().get(i);
            Facts facts = workload.ruleSet().factsOf(situation);
            String ours = Evaluation.of(profile, facts).decider().id();
            String first = easyRules.decideFirstApplied(facts);
            String all = easyRules.decideAllRules(facts);
            String mvel = easyRules.decideMvelAlone(facts);
            decidedBy.merge(ours, 1, Integer::sum);
            if (!ours.equals(first) || !ours.equals(all) || !ours.equals(mvel)) {
                disagreements.add(workload.labels().get(i) + ": nocontact " + ours + ", Easy Rules " + first
                        + " (first applied), " + all + " (all rules), " + mvel + " (MVEL alone)");
            }
        }
        return new Report(profileName, decidedBy, disagreements);
    }

    /** @throws IllegalStateException naming every situation where the engines disagree */
    public static Report require(Workload workload, String profileName) {
        Report report = check(workload, profileName);
        if (!report.disagreements().isEmpty()) {
            throw new IllegalStateException("Easy Rules and nocontact disagree in profile " + profileName + " on "
                    + report.disagreements().size() + " situations; nothing was timed:\n  "
                    + String.join("\n  ", report.disagreements()));
        }
        return report;
    }

    static Profile profile(Workload workload, String profileName) {
        return workload.ruleSet().profile(profileName).orElseThrow(() -> new IllegalStateException(
                "no profile " + profileName + "; the rule set has " + workload.ruleSet().profileNames()));
    }

    /**
     * Prints the agreement per profile (and with --mvel every translated condition); exit 1 on any
     * disagreement. With --profiles, prints only the rule set's profile names, comma-separated.
     */
    public static void main(String[] args) {
        Workload workload = Workload.load();
        if (List.of(args).contains("--profiles")) {
            System.out.println(String.join(",", workload.profileNames()));
            return;
        }
        boolean showMvel = List.of(args).contains("--mvel");
        boolean agree = true;
        for (String name : workload.profileNames()) {
            Report report = check(workload, name);
            System.out.println(report.summary());
            if (showMvel) {
                new EasyRulesProfile(profile(workload, name)).conditions()
                        .forEach((rule, mvel) -> System.out.println("  " + rule + ": " + mvel));
            }
            report.disagreements().forEach(d -> System.out.println("  DISAGREE " + d));
            agree &= report.disagreements().isEmpty();
        }
        if (!agree) {
            System.err.println("Easy Rules and nocontact disagree (above): the comparison would be meaningless.");
            System.exit(1);
        }
        System.out.println("Easy Rules (MVEL) and nocontact name the same deciding rule on every situation.");
    }
}
