package org.nocontact.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.authoring.CaseRunner;
import org.nocontact.interview.InterviewCheck;
import org.nocontact.interview.NextQuestions;
import org.nocontact.rules.RuleSet;
import org.nocontact.situation.Situation;
import org.nocontact.text.Texts;

/**
 * `rules test` also replays every case through the interview (`ask`), so a rule set whose
 * interview would miss a case is caught in CI, not by a person who got the wrong advice. Each
 * distinct situation is replayed once per profile (many cases share one), the question to ask after
 * a set of answers is worked out once per profile for all the replays (the situations share most
 * of their first answers: {@link NextQuestions}), and the replays are bounded by the rule set's size: past the bound, the rest are counted as not replayed.
 */
final class CaseInterviews {
    /** Replays times the rule set's condition size: the shipped suite needs about 1% of it. */
    static final long MAX_WORK = 20_000_000L;

    private CaseInterviews() {
    }

    /** A case the interview would get wrong, and how. */
    record Wrong(CaseRunner.Result result, String problem) {
    }

    /** The cases the interview would get wrong, in case order, and how many cases were not replayed. */
    record Replays(List<Wrong> wrong, int notReplayed) {
        Replays {
            wrong = List.copyOf(wrong);
        }
    }

    /**
     * The cases the interview would get wrong, in case order. {@code resultsWhole}: every result was
     * worked out in full (no budget cut a look-again day short), so each case's advice is the
     * advice on its situation and is not worked out again.
     */
    static Replays wrong(RuleSet rules, List<CaseRunner.Result> results, boolean resultsWhole) {
        return wrong(rules, results, resultsWhole, Optional.empty());
    }

    /**
     * As {@link #wrong(RuleSet, List, boolean)}, with what earlier runs on the same rule files kept: a
     * situation replayed then is not replayed again (only where every result was worked out in full), and
     * each one replayed now is kept.
     */
    static Replays wrong(RuleSet rules, List<CaseRunner.Result> results, boolean resultsWhole,
            Optional<RuleSetMemory> memory) {
        return wrong(rules, results, resultsWhole, MAX_WORK, memory.filter(m -> resultsWhole));
    }

    static Replays wrong(RuleSet rules, List<CaseRunner.Result> results, boolean resultsWhole, long work) {
        return wrong(rules, results, resultsWhole, work, Optional.empty());
    }

    private static Replays wrong(RuleSet rules, List<CaseRunner.Result> results, boolean resultsWhole, long work,
            Optional<RuleSetMemory> memory) {
        long maxReplays = Math.max(1, work / Math.max(1, rules.totalConditionSize()));
        Map<String, Map<Situation, Optional<String>>> replayed = new HashMap<>();
        Map<String, NextQuestions> advisors = new HashMap<>();
        List<Wrong> wrong = new ArrayList<>();
        int notReplayed = 0;
        long replays = 0;
        for (CaseRunner.Result result : results) {
            var profile = result.actual().evaluation().profile();
            Map<Situation, Optional<String>> done = replayed.computeIfAbsent(profile.name(), p -> new HashMap<>());
            Situation situation = result.testCase().situation();
            Optional<String> problem = done.get(situation);
            if (problem == null) {
                if (replays++ >= maxReplays) {
                    notReplayed++;
                    continue;
                }
                problem = memory.flatMap(m -> m.replay(profile.name(), situation)).orElse(null);
                if (problem == null) {
                    NextQuestions next = advisors.computeIfAbsent(profile.name(),
                            p -> NextQuestions.under(new Advisor(rules, profile)));
                    problem = InterviewCheck.problem(next, situation,
                            resultsWhole ? result.actual() : next.advisor().adviseWithoutChanges(situation));
                    Optional<String> found = problem;
                    memory.ifPresent(m -> m.replayed(profile.name(), situation, found));
                }
                done.put(situation, problem);
            }
            problem.ifPresent(p -> wrong.add(new Wrong(result, p)));
        }
        return new Replays(wrong, notReplayed);
    }

    /** Prints one INTERVIEW entry per case the interview would get wrong. */
    static void report(List<Wrong> wrong, int cases, PrintWriter out) {
        for (Wrong w : wrong) {
            out.println("INTERVIEW " + w.result().testCase().file() + ":" + w.result().testCase().position() + ": "
                    + Texts.printable(w.result().testCase().name()));
            out.println("     " + w.problem());
        }
        if (!wrong.isEmpty()) {
            out.println(wrong.size() + " of " + cases + " cases would come out differently through 'nocontact ask'");
        }
    }
}
