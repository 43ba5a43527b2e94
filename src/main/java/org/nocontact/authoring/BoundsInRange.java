package org.nocontact.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nocontact.analysis.SituationModel;
import org.nocontact.json.Position;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.RuleSet;

/**
 * Comparisons that no value of their fact can meet, said at the comparison's own line: a bound
 * past the fact's range ({@code emotions.sadness atLeast 11}, sadness being 0 to 10), or an
 * {@code is} or {@code in} value outside it, in every condition: rules, their suggestions, definitions,
 * general advice and invariants. The ranges are the situation format's
 * ({@link SituationModel}), not any rule set's. Such a comparison is dead: "never applies" would
 * name the whole rule; this names the number to fix.
 */
final class BoundsInRange {
    private static final String NEVER = "so this comparison is never true";

    private final MutantSource source = new MutantSource();
    private final List<Finding> findings = new ArrayList<>();

    private BoundsInRange() {
    }

    /**
     * In every condition of the set, wherever the format lets one stand ({@link ConditionPlaces}).
     * @param index the rule set's ruleset.json
     */
    static List<Finding> findings(RuleSet rules, String index) {
        BoundsInRange check = new BoundsInRange();
        for (ConditionPlaces.Place place : ConditionPlaces.of(rules, index)) {
            check.walk(place.condition(), place.file(), place.path(), place.owner(), place.fallback());
        }
        return check.findings;
    }

    private void walk(Condition c, String file, String path, String owner, Position fallback) {
        if (c instanceof Condition.All all) {
            parts(all.parts(), file, path + ".all", owner, fallback);
        } else if (c instanceof Condition.Any any) {
            parts(any.parts(), file, path + ".any", owner, fallback);
        } else if (c instanceof Condition.Not not) {
            walk(not.part(), file, path + ".not", owner, fallback);
        } else if (c instanceof Condition.AtLeast at) {
            outside(at.fact(), at.bound() > high(at.fact()), "at least " + at.bound(), NEVER, file, path + ".atLeast",
                    owner, fallback);
        } else if (c instanceof Condition.AtMost at) {
            outside(at.fact(), at.bound() < low(at.fact()), "at most " + at.bound(), NEVER, file, path + ".atMost",
                    owner, fallback);
        } else if (c instanceof Condition.Is is && is.value() instanceof Integer n) {
            outside(is.fact(), n < low(is.fact()) || n > high(is.fact()), "of " + n, NEVER, file, path + ".is",
                    owner, fallback);
        } else if (c instanceof Condition.In in) {
            List<Integer> numbers = in.values().stream().filter(Integer.class::isInstance).map(Integer.class::cast)
                    .sorted().toList();
            for (int n : numbers) {
                outside(in.fact(), n < low(in.fact()) || n > high(in.fact()), "of " + n,
                        "so " + n + " in this list never matches", file, path + ".in", owner, fallback);
            }
        }
    }

    private void parts(List<Condition> parts, String file, String path, String owner, Position fallback) {
        for (int i = 0; i < parts.size(); i++) {
            walk(parts.get(i), file, path + "[" + i + "]", owner, fallback);
        }
    }

    private void outside(Fact fact, boolean outside, String comparison, String consequence, String file, String path,
                         String owner, Position fallback) {
        if (!outside) {
            return;
        }
        Optional<Position> at = source.at(file, path);
        String within = fact.factName() + " is " + low(fact) + " to " + high(fact);
        findings.add(new Finding(Finding.Severity.ERROR, Finding.Kind.OUT_OF_RANGE, file, at.orElse(fallback), owner,
                "no situation has " + fact.factName() + " " + comparison + ": " + within + ", " + consequence
                        + "; use a number within that range."));
    }

    private static long low(Fact fact) {
        return SituationModel.range(fact)[0];
    }

    private static long high(Fact fact) {
        return SituationModel.range(fact)[1];
    }
}
