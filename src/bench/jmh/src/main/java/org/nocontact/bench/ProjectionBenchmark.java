package org.nocontact.bench;

import java.util.concurrent.TimeUnit;
import org.nocontact.advice.Advisor;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleSet;
import org.nocontact.situation.Situation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The projection of the days ahead beside the single evaluation, on the same situations as
 * {@link EvaluationBenchmark} (a score is the mean for one situation):
 *
 * <ul>
 *   <li>{@code projection}: the day to look again ({@code Projection.reconsiderOn}): the walk over up
 *       to 366 days, with the analyses of the free answers (shared per rule set) reused across
 *       situations once warm; a check's first analysis is part of its start-up (src/bench/startup.sh);</li>
 *   <li>{@code aheadSixtyDays}: {@code check --ahead}: the timeline of the next 60 days, warm.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ProjectionBenchmark {
    @Param({"standard", "strict"})
    public String profile;

    private RuleSet ruleSet;
    private Profile rules;
    private Situation[] situations;
    private Advisor warm;

    @Setup
    public void setUp() {
        Workload workload = Workload.load();
        ruleSet = workload.ruleSet();
        rules = Agreement.profile(workload, profile);
        situations = workload.situations().toArray(Situation[]::new);
        warm = new Advisor(ruleSet, rules);
    }

    @Benchmark
    @OperationsPerInvocation(Workload.SITUATIONS)
    public void projection(Blackhole out) {
        for (Situation situation : situations) {
            out.consume(warm.project(situation).reconsiderOn());
        }
    }

    @Benchmark
    @OperationsPerInvocation(Workload.SITUATIONS)
    public void aheadSixtyDays(Blackhole out) {
        for (Situation situation : situations) {
            out.consume(warm.project(situation).ahead(60));
        }
    }
}
