package org.nocontact.bench;

import java.util.concurrent.TimeUnit;
import org.nocontact.rules.Evaluation;
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
 * Single-situation evaluation: from a read situation to its deciding rule, in one profile of the
 * shipped rules. Each invocation runs all {@link Workload#SITUATIONS} situations once, and JMH
 * divides by their number, so a score is the mean time for one situation.
 *
 * <ul>
 *   <li>{@code facts}: deriving the facts only ({@code Facts.of}), the part both engines share;</li>
 *   <li>{@code nocontact}: {@code Facts.of} and {@code Evaluation.of}, which records every rule's
 *       outcome, as {@code check} does;</li>
 *   <li>{@code easyRulesAllRules}: the same facts copied into Easy Rules, and every MVEL condition
 *       evaluated ({@code RulesEngine.check}): the same work as {@code Evaluation.of};</li>
 *   <li>{@code easyRulesFirstApplied}: Easy Rules firing in priority order and stopping at the first
 *       rule that applies ({@code skipOnFirstAppliedRule}), its MVEL action recording the rule;</li>
 *   <li>{@code mvelAlone}: the same facts in one map and every compiled MVEL condition run against
 *       it, without Easy Rules: what the expression language costs by itself.</li>
 * </ul>
 *
 * The defaults suit a shared 2-core machine (about 4 minutes); src/bench/jmh.sh runs them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EvaluationBenchmark {
    @Param({"standard", "strict"})
    public String profile;

    private RuleSet ruleSet;
    private Profile rules;
    private Situation[] situations;
    private EasyRulesProfile easyRules;

    @Setup
    public void setUp() {
        Workload workload = Workload.load();
        Agreement.require(workload, profile);
        ruleSet = workload.ruleSet();
        rules = Agreement.profile(workload, profile);
        situations = workload.situations().toArray(Situation[]::new);
        easyRules = new EasyRulesProfile(rules);
    }

    @Benchmark
    @OperationsPerInvocation(Workload.SITUATIONS)
    public void facts(Blackhole out) {
        for (Situation situation : situations) {
            out.consume(ruleSet.factsOf(situation));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Workload.SITUATIONS)
    public void nocontact(Blackhole out) {
        for (Situation situation : situations) {
            out.consume(Evaluation.of(rules, ruleSet.factsOf(situation)).decider());
        }
    }

    @Benchmark
    @OperationsPerInvocation(Workload.SITUATIONS)
    public void easyRulesAllRules(Blackhole out) {
        for (Situation situation : situations) {
            out.consume(easyRules.decideAllRules(ruleSet.factsOf(situation)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Workload.SITUATIONS)
    public void easyRulesFirstApplied(Blackhole out) {
        for (Situation situation : situations) {
            out.consume(easyRules.decideFirstApplied(ruleSet.factsOf(situation)));
        }
    }

    @Benchmark
    @OperationsPerInvocation(Workload.SITUATIONS)
    public void mvelAlone(Blackhole out) {
        for (Situation situation : situations) {
            out.consume(easyRules.decideMvelAlone(ruleSet.factsOf(situation)));
        }
    }
}
