package org.nocontact.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.authoring.CaseRunner;
import org.nocontact.interview.InterviewCheck;
import org.nocontact.rules.RuleSet;

/**
 * `rules test` also replays every case through the interview (`ask`), so a rule set whose
 * interview would miss a case is caught in CI, not by a person who got the wrong advice.
 */
final class CaseInterviews {
    private CaseInterviews() {
    }

    /** Prints one INTERVIEW entry per case the interview would get wrong; returns how many. */
    static long report(RuleSet rules, List<CaseRunner.Result> results, PrintWriter out) {
        long wrong = 0;
        for (CaseRunner.Result result : results) {
            Advisor advisor = new Advisor(rules, result.actual().evaluation().profile());
            Optional<String> problem = InterviewCheck.problem(advisor, result.testCase().situation());
            if (problem.isPresent()) {
                wrong++;
                out.println("INTERVIEW " + result.testCase().file() + ":" + result.testCase().position() + ": "
                        + result.testCase().name());
                out.println("     " + problem.get());
            }
        }
        if (wrong > 0) {
            out.println(wrong + " of " + results.size() + " cases would come out differently through 'nocontact ask'");
        }
        return wrong;
    }
}
