package org.nocontact.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.nocontact.advice.Advisor;
import org.nocontact.authoring.CaseRunner;
import org.nocontact.interview.InterviewCheck;
import org.nocontact.text.Texts;
import org.nocontact.rules.RuleSet;

/**
 * `rules test` also replays every case through the interview (`ask`), so a rule set whose
 * interview would miss a case is caught in CI, not by a person who got the wrong advice.
 */
final class CaseInterviews {
    private CaseInterviews() {
    }

    /** A case the interview would get wrong, and how. */
    record Wrong(CaseRunner.Result result, String problem) {
    }

    /** The cases the interview would get wrong, in case order. */
    static List<Wrong> wrong(RuleSet rules, List<CaseRunner.Result> results) {
        List<Wrong> wrong = new java.util.ArrayList<>();
        for (CaseRunner.Result result : results) {
            Advisor advisor = new Advisor(rules, result.actual().evaluation().profile());
            Optional<String> problem = InterviewCheck.problem(advisor, result.testCase().situation());
            problem.ifPresent(p -> wrong.add(new Wrong(result, p)));
        }
        return wrong;
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
