package org.nocontact.interview;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.nocontact.analysis.Budget;
import org.nocontact.analysis.Exploration;
import org.nocontact.analysis.Explorer;
import org.nocontact.analysis.Leaf;
import org.nocontact.analysis.Region;
import org.nocontact.analysis.Space;
import org.nocontact.analysis.Witnesses;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.Verdict;

/**
 * The rules that can still decide, read exactly with the analysis engine: the answers so far fix
 * their facts (today is known), every open fact may take any value a valid situation allows, and
 * the profile is explored over that region. Each leaf is a part of it where one rule decides; parts
 * no situation can reach are pruned, so a rule that "might apply" only under impossible
 * combinations of answers is not counted.
 *
 * <p>A question can change the deciding rule exactly when two situations of the region that agree
 * on every fact the question does not decide are decided by different rules. Two leaves can hold
 * such a pair only if, on every other variable, their classes overlap, and both still hold a
 * situation once narrowed to that overlap; when no pair of differently decided leaves can, the
 * answer cannot change the deciding rule, whatever the other answers are.
 */
final class DecidingRules {
    /**
     * Work one reading may do (condition nodes evaluated): the whole space of the shipped rules takes
     * a small part of it. Beyond it the interview reads the rules three-valued instead.
     */
    private static final long WORK = 2_000_000;

    private final Space space;
    private final Witnesses witnesses;
    private final Profile profile;

    DecidingRules(RuleSet rules, Profile profile) {
        this.space = Space.of(rules);
        this.witnesses = new Witnesses(space);
        this.profile = profile;
    }

    /** The space the leaves' regions are cut from: which variable reads which fact. */
    Space space() {
        return space;
    }

    /**
     * The leaves of the situations the answers allow, or empty when the engine could not settle them
     * (over budget, a region it could not decide, or facts the space cannot place): then the caller
     * must read the rules another way.
     *
     * @param facts the facts of the answers so far, each open fact at its default
     * @param open the facts an unanswered question still decides
     */
    Optional<Reading> read(Facts facts, Set<Fact> open) {
        Region start = space.everything();
        for (int v = 0; v < space.size(); v++) {
            Space.Variable variable = space.variable(v);
            if (open.contains(variable.fact())) {
                continue;
            }
            Optional<?> value = variable.tie().isPresent()
                    ? Optional.of(((Set<?>) facts.value(Fact.TIES).orElse(Set.of())).contains(variable.tie().get().wireName()))
                    : facts.value(variable.fact());
            start = start.restrict(v, c -> c.contains(value));
        }
        if (!start.admits(0, facts)) {
            return Optional.empty();
        }
        Exploration exploration = Explorer.explore(start, new Condition.Always(), List.of(profile), Budget.of(WORK),
                Integer.MAX_VALUE);
        if (!exploration.complete() || exploration.leaves().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Reading(exploration.leaves()));
    }

    /** The leaves of one reading: where each rule that can still decide does. */
    final class Reading {
        private final List<Leaf> leaves;

        private Reading(List<Leaf> leaves) {
            this.leaves = List.copyOf(leaves);
        }

        /** The parts of the region, each decided by one rule. */
        List<Leaf> leaves() {
            return leaves;
        }

        /** Every rule that decides for some way of answering the rest. */
        List<Rule> deciders() {
            List<Rule> rules = new ArrayList<>();
            for (Leaf leaf : leaves) {
                if (rules.stream().noneMatch(r -> r.id().equals(leaf.decider(0).id()))) {
                    rules.add(leaf.decider(0));
                }
            }
            return rules;
        }

        /** Every verdict some rule that can still decide gives. */
        Set<Verdict> verdicts() {
            Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
            leaves.forEach(leaf -> verdicts.add(leaf.verdict(0)));
            return verdicts;
        }

        /**
         * Whether answering the facts given could change an outcome of the leaves (such as the
         * deciding rule), for some way of answering the rest.
         */
        boolean decidedBy(Set<Fact> answered, Function<Leaf, Object> outcome) {
            for (int i = 0; i < leaves.size(); i++) {
                for (int j = i + 1; j < leaves.size(); j++) {
                    if (!outcome.apply(leaves.get(i)).equals(outcome.apply(leaves.get(j)))
                            && agreeElsewhere(leaves.get(i).region(), leaves.get(j).region(), answered)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether some situation of each region has the same value as one of the other on every fact not answered. */
        private boolean agreeElsewhere(Region a, Region b, Set<Fact> answered) {
            Region narrowedA = a;
            Region narrowedB = b;
            for (int v = 0; v < space.size(); v++) {
                if (answered.contains(space.variable(v).fact())) {
                    continue;
                }
                BitSet both = a.mask(v);
                both.and(b.mask(v));
                if (both.isEmpty()) {
                    return false;
                }
                narrowedA = narrowedA.restrict(v, both);
                narrowedB = narrowedB.restrict(v, both);
            }
            return !witnesses.check(narrowedA).isEmpty() && !witnesses.check(narrowedB).isEmpty();
        }
    }
}
