package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.nocontact.json.InputException;
import org.nocontact.json.Position;

/**
 * What `rules test` found, grouped as CI systems show it: a suite per case file (its cases, or the
 * problems that kept it from loading), one for the rule set's own load problems, one for coverage.
 * Every failure here is a failing check, so a report's failure count says why the exit status is 1
 * (or 2, when something could not be loaded).
 */
public record TestReport(List<Suite> suites) {
    public static final String COVERAGE = "coverage";
    public static final String MUTANTS = "mutants";

    public TestReport {
        suites = List.copyOf(suites);
    }

    /** A group of checks: a file's (then {@code file} names it) or the coverage ({@code file} empty). */
    public record Suite(String name, String file, List<Check> checks) {
        public Suite {
            checks = List.copyOf(checks);
        }

        public long failures() {
            return checks.stream().filter(c -> !c.passed()).count();
        }
    }

    /** One test: a case, a coverage minimum, or something that had to load. {@code details} says more on a failure. */
    public record Check(Kind kind, String name, String file, Position position, List<String> failures, String details) {
        public Check {
            failures = List.copyOf(failures);
        }

        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** What a check is about. */
    public enum Kind { CASE, INTERVIEW, LOAD, NO_CASES, COVERAGE, MUTANTS, NOT_FINISHED }

    /** Failing checks of the given kinds, in report order. */
    public List<Check> failing(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return suites.stream().flatMap(s -> s.checks().stream()).filter(c -> !c.passed() && wanted.contains(c.kind())).toList();
    }

    public long tests() {
        return suites.stream().mapToLong(s -> s.checks().size()).sum();
    }

    public long failures() {
        return suites.stream().mapToLong(Suite::failures).sum();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, List<Check>> bySuite = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder add(CaseRunner.Result result) {
            TestCase c = result.testCase();
            String details = result.passed() ? "" : String.join("\n", result.failures()) + "\n\n"
                    + result.actual().evaluation().trace(false);
            return add(c.file(), new Check(Kind.CASE, c.name(), c.file(), c.position(), result.failures(), details));
        }

        /** A case that passes but that the interview ('ask') would get wrong: a failing check beside it. */
        public Builder interview(CaseRunner.Result result, String problem) {
            TestCase c = result.testCase();
            return add(c.file(), new Check(Kind.INTERVIEW, "interview: " + c.name(), c.file(), c.position(),
                    List.of("through 'nocontact ask': " + problem), problem));
        }

        /** A problem that kept a file from loading (or a case from running) fails in that file's suite. */
        public Builder add(InputException problem) {
            Position at = problem.position().orElse(Position.START);
            String name = "loads" + (problem.path().isEmpty() ? "" : ": " + problem.path());
            return add(problem.source(), new Check(Kind.LOAD, name, problem.source(), at, List.of(problem.getMessage()),
                    (problem.path().isEmpty() ? "" : problem.path() + ": ") + problem.problem()));
        }

        /**
         * Problems found beyond the 50 listed (a flood of load problems cut short): in each file's suite,
         * one failing check that counts that file's, beside the listed ones, so a CI page shows that
         * there is more to fix and where.
         */
        public Builder notShown(Map<String, Integer> notShownIn) {
            notShownIn.forEach((file, problems) -> add(file, new Check(Kind.NOT_FINISHED, "every problem listed", file,
                    Position.START, List.of(InputException.notShownLine(Map.of(file, problems))), "at most "
                    + org.nocontact.rules.checks.Limits.MAX_PROBLEMS
                    + " problems are listed in one run; fix these first, then run again.")));
            return this;
        }

        public Builder noCases(String where) {
            return add(where, new Check(Kind.NO_CASES, "has cases", where, Position.START, List.of("no cases were found in " + where
                    + "; add a case file (see docs/rules-authoring.md)."), ""));
        }

        /** Work the run's bounds cut short: a failure, with what was left undone. */
        public Builder notFinished(String what) {
            return add("bounds", new Check(Kind.NOT_FINISHED, "finishes within its bounds", "bounds", Position.START,
                    List.of("not finished: " + what), ""));
        }

        public Builder add(Coverage coverage, OptionalDouble minimum) {
            String line = coverageLine(coverage);
            List<String> failures = new ArrayList<>();
            if (minimum.isPresent() && coverage.percent() < minimum.getAsDouble()) {
                failures.add(String.format(Locale.ROOT, "coverage of profile %s is %.1f%%, below the minimum of %.1f%%",
                        coverage.profile(), coverage.percent(), minimum.getAsDouble()));
            }
            String details = line + (coverage.neverApplied().isEmpty() ? ""
                    : "\nno case makes these apply: " + String.join(", ", coverage.neverApplied()))
                    + (coverage.neverDecided().isEmpty() ? ""
                    : "\nthese apply but never decide: " + String.join(", ", coverage.neverDecided()));
            return add(COVERAGE, new Check(Kind.COVERAGE, "profile " + coverage.profile(), COVERAGE, Position.START, failures, details));
        }

        /**
         * The mutation score (failing below the minimum, or when not every mutant was tried) and each
         * surviving mutant, named with where it was made (a check that passes: the score decides).
         */
        public Builder add(MutationTester.Report mutants, OptionalDouble minimum) {
            List<String> failures = new ArrayList<>();
            if (minimum.isPresent() && mutants.score() < minimum.getAsDouble()) {
                failures.add(String.format(Locale.ROOT, "mutation score %.1f%% is below the minimum of %.1f%%",
                        mutants.score(), minimum.getAsDouble()));
            }
            mutants.notFinished().ifPresent(why -> failures.add("mutation testing not finished: " + mutants.notTried()
                    + " of " + mutants.made() + " mutants not tried or not settled (" + why + ")"));
            String survivors = String.join("\n\n", mutants.survivors().stream().map(s -> s.mutant().where() + ": "
                    + s.mutant().change() + "\nkilled by:\n" + WitnessCase.of(s)).toList());
            add(MUTANTS, new Check(Kind.MUTANTS, scoreLine(mutants), MUTANTS, Position.START, failures, survivors));
            for (MutationTester.Survivor s : mutants.survivors()) {
                add(MUTANTS, new Check(Kind.MUTANTS, "survived: " + s.mutant().change() + " at " + s.mutant().where(),
                        MUTANTS, Position.START, List.of(), ""));
            }
            return this;
        }

        private Builder add(String suite, Check check) {
            bySuite.computeIfAbsent(suite, k -> new ArrayList<>()).add(check);
            return this;
        }

        public TestReport build() {
            List<Suite> suites = new ArrayList<>();
            bySuite.forEach((name, checks) -> suites.add(new Suite(name, name.equals(COVERAGE) || name.equals(MUTANTS) ? "" : name,
                    checks)));
            return new TestReport(suites);
        }
    }

    /** "mutation score 97.5%: 312 of 320 mutants killed (21 more proved equivalent and dropped)" */
    public static String scoreLine(MutationTester.Report m) {
        return String.format(Locale.ROOT, "mutation score %.1f%%: %d of %d mutants killed (%d more proved equivalent "
                + "and dropped%s)", m.score(), m.killed(), m.killed() + m.survivors().size(), m.equivalent(),
                m.notTried() == 0 ? "" : "; " + m.notTried() + " not tried");
    }

    /** "profile standard: 20 of 20 rules decide in some case (100.0%), the final catch-all aside" */
    public static String coverageLine(Coverage c) {
        return String.format(Locale.ROOT, "profile %s: %d of %d rules decide in some case (%.1f%%), the final catch-all aside", c.profile(),
                c.decided(), c.rules(), c.percent());
    }
}
