package org.nocontact.interview;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nocontact.advice.Advisor;
import org.nocontact.advice.Recommendation;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Rule;
import org.nocontact.situation.Situation;

/**
 * For rule authors: would the interview get this situation right? Replays it through the interview
 * (answers taken from the situation) and compares the verdict, the deciding rule, its words, the lines
 * shown beside it and the day to look again of what the interview saves with the situation's own; when
 * they differ, says which facts the rules read that the interview never asked.
 */
public final class InterviewCheck {
    private InterviewCheck() {
    }

    /** @return empty when the interview reaches the situation's own outcome; else what went wrong, in a line */
    public static Optional<String> problem(Advisor advisor, Situation situation) {
        return problem(advisor, situation, advisor.advise(situation));
    }

    /**
     * As {@link #problem(Advisor, Situation)}, given the advice on the situation itself (a tool that
     * has just worked it out, such as `rules test`, does not work it out again).
     */
    public static Optional<String> problem(Advisor advisor, Situation situation, Recommendation expected) {
        return problem(NextQuestions.under(advisor), situation, expected,
                Interview.replaying(advisor, situation, new PrintWriter(new StringWriter())));
    }

    /**
     * As {@link #problem(Advisor, Situation, Recommendation)}, under the advisor of {@code next}, with the
     * questions to ask after each set of answers, and the advice on what each distinct outcome saves, shared
     * with the other replays that use it.
     */
    public static Optional<String> problem(NextQuestions next, Situation situation, Recommendation expected) {
        return problem(next, situation, expected,
                Interview.replaying(next, situation, new PrintWriter(new StringWriter())));
    }

    private static Optional<String> problem(NextQuestions next, Situation situation, Recommendation expected,
            Interview interview) {
        // what a file needs and the interview did not ask is asked at save time, answered from the situation too
        Interview.Outcome outcome = interview.forAFile(interview.talk(Remembered.none()).outcome().orElseThrow()).orElseThrow();
        Situation saved = next.savedAs(outcome, situation.today());
        // the deciding rule, its words, the lines beside it and the day to look again are compared: the rest of
        // the advice (what single change would give) is not worked out
        boolean same = saved.equals(situation);
        Rule expectedRule = expected.evaluation().decider();
        Optional<NextQuestions.Saved> advice = same ? Optional.empty() : Optional.of(next.advice(saved));
        org.nocontact.rules.Evaluation got = advice.map(NextQuestions.Saved::evaluation).orElse(expected.evaluation());
        Rule gotRule = got.decider();
        Optional<LocalDate> gotDay = advice.map(NextQuestions.Saved::reconsiderOn).orElse(expected.reconsiderOn());
        boolean sameWords = same || expectedRule.summary().render(got.facts()).equals(expected.summary())
                && expectedRule.reason().render(got.facts()).equals(expectedRule.reason().render(expected.evaluation().facts()));
        List<String> gotLines = advice.map(NextQuestions.Saved::lines).orElse(expected.doInstead());
        if (expectedRule == gotRule && expected.reconsiderOn().equals(gotDay) && sameWords
                && gotLines.equals(expected.doInstead())) {
            return Optional.empty();
        }
        if (expectedRule == gotRule && expected.reconsiderOn().equals(gotDay)) {
            return Optional.of("the interview would give the same verdict by " + gotRule.id() + " but not the same "
                    + (sameWords ? "lines beside it (" + lineDifference(expected.doInstead(), gotLines) + ")"
                    : "words (the file's: \"" + expected.summary() + "\")"));
        }
        String difference = "the interview would give " + gotRule.verdict() + " by " + gotRule.id()
                + gotDay.map(d -> " (look again " + d + ")").orElse("")
                + " instead of " + expected.verdict() + " by " + expectedRule.id()
                + expected.reconsiderOn().map(d -> " (look again " + d + ")").orElse("");
        if (outcome.safetyStop()) {
            return Optional.of(difference + ": it stops at a safety answer, so the rules should give SEEK_SUPPORT there");
        }
        Set<Fact> asked = EnumSet.noneOf(Fact.class);
        outcome.asked().forEach(key -> asked.addAll(key.facts()));
        return Optional.of(difference + neverAsked(asked, expected.evaluation().facts(), expectedRule, gotRule));
    }

    /** A line one shows and the other does not. */
    private static String lineDifference(List<String> expected, List<String> got) {
        return expected.stream().filter(line -> !got.contains(line)).findFirst().map(line -> "the file's \"" + line + "\"")
                .orElseGet(() -> got.stream().filter(line -> !expected.contains(line)).findFirst()
                        .map(line -> "\"" + line + "\" shown only after the interview").orElse("their order"));
    }

    /** ": the interview never asks F, which RULE reads" for the facts the two rules read that no question asked. */
    private static String neverAsked(Set<Fact> asked, Facts facts, Rule... rules) {
        StringBuilder out = new StringBuilder();
        Set<Fact> named = new HashSet<>();
        for (Rule rule : rules) {
            List<Fact> missing = reads(rule, facts).stream().filter(f -> !asked.contains(f) && named.add(f)).toList();
            if (!missing.isEmpty()) {
                out.append(out.length() == 0 ? ": the interview never asks " : "; nor ")
                        .append(missing.stream().map(Fact::factName).collect(Collectors.joining(", ")))
                        .append(", which ").append(rule.id()).append(" reads");
            }
        }
        return out.length() == 0 ? ": it asks every fact these rules read, but not every answer that decides the day to look again"
                : out.toString();
    }

    /** Every fact a rule's condition reads: with all of them open, no part decides the rest away. */
    private static Set<Fact> reads(Rule rule, Facts facts) {
        Set<Fact> read = EnumSet.noneOf(Fact.class);
        rule.when().decide(new PartialFacts(facts, EnumSet.allOf(Fact.class), read));
        return read;
    }
}
