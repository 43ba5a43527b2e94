package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactType;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Rule;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.drafts.DraftRules;
import org.nocontact.situation.Situation;
import org.nocontact.situation.Tie;

/**
 * Every valid situation, cut into value classes by the conditions of the rule sets given. Each
 * fact is a variable (each tie is one too: held or not); for a number the classes are the ranges
 * between the bounds any condition uses, so no condition can tell two values of one class apart.
 * Rule sets are "sides" (two in a diff): when their default period lengths differ, the facts
 * derived from the period's length get one variable per side.
 */
public final class Space {
    /** A fact (or one tie) as the analysis branches on it; {@code side} is -1 when shared by all sides. */
    public record Variable(Fact fact, Optional<Tie> tie, int side) {
        public String name() {
            return tie.map(t -> "ties include " + t.wireName()).orElse(fact.factName());
        }
    }

    /**
     * Rule sets with more rules than this test the linked variables first. With few rules, the order
     * the rules read them in gives fewer, wider regions (what the interview and the shipped rules
     * see); with many, walking past a path with no situation costs more than the extra regions.
     */
    static final int LINKED_FIRST_FROM = 60;

    private final List<Variable> variables = new ArrayList<>();
    private final List<List<ValueClass>> classes = new ArrayList<>();
    private final int[][] byFact;
    private final int[] byTie = new int[Tie.values().length];
    private final int[] defaultDays;
    private final List<DraftRules> drafts;
    /** The facts in the order the rules first read them: the order decision diagrams test them in. */
    private final List<Fact> readOrder;
    private Diagrams diagrams;
    private Witnesses witnesses;

    /** Whether linked variables are tested first (for large rule sets: see {@link #testingOrder()}). */
    private final boolean linkedFirst;

    private Space(List<Integer> defaults, List<DraftRules> drafts, FactsRead cuts, boolean linkedFirst) {
        this.drafts = List.copyOf(drafts);
        this.readOrder = cuts.order();
        this.linkedFirst = linkedFirst;
        defaultDays = defaults.stream().mapToInt(Integer::intValue).toArray();
        boolean perSide = defaults.stream().distinct().count() > 1;
        byFact = new int[defaultDays.length][Fact.values().length];
        for (Fact fact : Fact.values()) {
            boolean split = perSide && SituationModel.PER_RULE_SET.contains(fact);
            for (int side = 0; side < defaultDays.length; side++) {
                if (side == 0 || split) {
                    byFact[side][fact.ordinal()] = add(new Variable(fact, Optional.empty(), split ? side : -1),
                            classesOf(fact, cuts.cuts(fact)));
                } else {
                    byFact[side][fact.ordinal()] = byFact[0][fact.ordinal()];
                }
            }
        }
        for (Tie tie : Tie.values()) {
            byTie[tie.ordinal()] = add(new Variable(Fact.TIES, Optional.of(tie), -1),
                    List.of(ValueClass.of(false), ValueClass.of(true)));
        }
    }

    /** The space for these rule sets (one side each), cut also by any extra conditions (such as invariants). */
    public static Space of(List<RuleSet> sides, List<Condition> extra) {
        List<Condition> all = new ArrayList<>();
        // the default profile's rules first, in precedence order: the order facts are first read in
        sides.forEach(rules -> rules.profile(rules.defaultProfile())
                .ifPresent(p -> p.precedence().forEach(rule -> all.add(rule.when()))));
        all.addAll(extra);
        sides.forEach(rules -> all.addAll(conditionsOf(rules)));
        return new Space(sides.stream().map(RuleSet::defaultNoContactDays).toList(),
                sides.stream().map(RuleSet::drafts).toList(), FactsRead.collect(all),
                sides.stream().anyMatch(rules -> rules.rules().size() > LINKED_FIRST_FROM));
    }

    public static Space of(RuleSet rules) {
        return of(List.of(rules), List.of());
    }

    /** Every condition a rule set holds: rules, suggestions, general advice, definitions and invariants. */
    static List<Condition> conditionsOf(RuleSet rules) {
        List<Condition> all = new ArrayList<>(rules.definitions().values());
        for (Rule rule : rules.rules()) {
            all.add(rule.when());
            rule.doInstead().forEach(s -> all.add(s.when()));
        }
        rules.generalAdvice().forEach(s -> all.add(s.when()));
        rules.invariants().forEach(i -> all.add(i.when()));
        return all;
    }

    private int add(Variable variable, List<ValueClass> of) {
        variables.add(variable);
        classes.add(List.copyOf(of));
        return variables.size() - 1;
    }

    private static List<ValueClass> classesOf(Fact fact, TreeSet<Long> cuts) {
        List<ValueClass> result = new ArrayList<>();
        if (SituationModel.canBeUnknown(fact)) {
            result.add(ValueClass.unknown());
        }
        if (fact.type() == FactType.NUMBER) {
            long[] range = SituationModel.range(fact);
            long low = range[0];
            for (long cut : cuts.subSet(range[0] + 1, true, range[1], true)) {
                result.add(ValueClass.range(low, cut - 1));
                low = cut;
            }
            result.add(ValueClass.range(low, range[1]));
        } else if (fact.type() == FactType.BOOLEAN) {
            result.add(ValueClass.of(false));
            result.add(ValueClass.of(true));
        } else if (fact.type() == FactType.NAME) {
            fact.allowedNames().forEach(name -> result.add(ValueClass.of(name)));
        } else {
            result.add(ValueClass.of(ValueClass.KNOWN));
        }
        return result;
    }

    public List<Variable> variables() {
        return List.copyOf(variables);
    }

    public int size() {
        return variables.size();
    }

    public Variable variable(int index) {
        return variables.get(index);
    }

    public List<ValueClass> classes(int variable) {
        return classes.get(variable);
    }

    /** The variable a rule set (side) reads for a fact. */
    public int variable(Fact fact, int side) {
        return byFact[side][fact.ordinal()];
    }

    public int variable(Fact fact) {
        return variable(fact, 0);
    }

    public int variable(Tie tie) {
        return byTie[tie.ordinal()];
    }

    public int sides() {
        return defaultDays.length;
    }

    public int defaultDays(int side) {
        return defaultDays[side];
    }

    /** The draft rules of a side, which read what a draft carries. */
    public DraftRules drafts(int side) {
        return drafts.get(side);
    }

    /**
     * Whether both sides compute every situation's facts alike: the same default period and draft rules
     * that find the same threats (a copy of the same rules in another folder counts alike).
     */
    public boolean factsAlike() {
        return IntStream.range(1, sides())
                .allMatch(side -> defaultDays(side) == defaultDays(0) && drafts(side).threatensAlike(drafts(0)));
    }

    /** A situation's facts as a side's rule set computes them. */
    public Facts factsOf(Situation situation, int side) {
        return Facts.of(situation, defaultDays(side), drafts(side));
    }

    /**
     * The region of every valid situation (before pruning what no situation can have): made once, as a
     * region is never changed (every narrowing makes a new one), and each reading of answers starts from it.
     */
    public Region everything() {
        Region all = everything;
        if (all == null) {
            all = Region.all(this);
            everything = all;
        }
        return all;
    }

    /** {@link #everything()}, once made (a race makes two equal regions, which is harmless). */
    private Region everything;

    /** How many classes each fact was cut into, for an honest account of what was covered. */
    public String describeClasses() {
        StringBuilder out = new StringBuilder();
        for (int v = 0; v < variables.size(); v++) {
            Variable variable = variables.get(v);
            if (variable.tie().isPresent() || classes.get(v).size() < 2
                    || variable.fact().type() != FactType.NUMBER) {
                continue;
            }
            out.append(out.length() == 0 ? "" : ", ").append(variable.fact().factName())
                    .append(variable.side() > 0 ? " (changed)" : "").append(' ')
                    .append(classes.get(v).stream().map(ValueClass::describe).toList());
        }
        return out.toString();
    }

    /**
     * For each variable, its place in the order decision diagrams test variables in: facts in the
     * order the rules first read them (a fact's variables on each side together); for a large rule
     * set, the variables linked to others (the period, the ties, the ex's message, the occasion)
     * come first. Below the linked variables every path of a diagram holds a situation, so a walk
     * that checks each split there never follows a path that leads nowhere.
     */
    int[] testingOrder() {
        int[] level = new int[variables.size()];
        Arrays.fill(level, -1);
        List<Fact> facts = new ArrayList<>(readOrder);
        Arrays.stream(Fact.values()).filter(f -> !readOrder.contains(f)).forEach(facts::add);
        BitSet linked = witnesses().linkedVariables();
        int next = 0;
        for (boolean pass : new boolean[] {true, false}) {
            for (Fact fact : facts) {
                for (int v = 0; v < variables.size(); v++) {
                    if (variables.get(v).fact() == fact && level[v] < 0 && (!linkedFirst || linked.get(v) == pass)) {
                        level[v] = next++;
                    }
                }
            }
        }
        return level;
    }

    /** The witness builder of this space, shared (with what it has solved) by its explorations. */
    synchronized Witnesses witnesses() {
        if (witnesses == null) {
            witnesses = new Witnesses(this);
        }
        return witnesses;
    }

    /** The decision diagrams over this space, made once and shared by every exploration of it. */
    synchronized Diagrams diagrams() {
        if (diagrams == null) {
            diagrams = new Diagrams(this);
        }
        return diagrams;
    }

    long classCount() {
        return classes.stream().mapToLong(List::size).sum();
    }

    @Override
    public String toString() {
        return "Space" + Arrays.toString(defaultDays) + variables.size();
    }
}
