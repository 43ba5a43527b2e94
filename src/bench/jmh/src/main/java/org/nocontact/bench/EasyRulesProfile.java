package org.nocontact.bench;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.mvel.MVELRule;
import org.mvel2.MVEL;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactType;
import org.nocontact.rules.Facts;
import org.nocontact.rules.Profile;

/**
 * One profile of our rule set as Easy Rules rules with MVEL conditions: one MVELRule per rule, its
 * priority its place in the precedence list, its condition translated by {@link MvelConditions},
 * its action an MVEL call that records its id. Facts are derived by our {@link Facts} (days since
 * the breakup, the inferred occasion...) and copied into Easy Rules' facts. The same compiled
 * conditions can also run without Easy Rules ({@link #decideMvelAlone}).
 */
public final class EasyRulesProfile {
    private static final String DECISION = "decision";

    private final Rules rules = new Rules();
    private final Map<String, String> conditions = new LinkedHashMap<>();
    private final String[] ruleIds;
    private final Serializable[] compiled;
    /** The facts the conditions read, and their two MVEL variables each. */
    private final Fact[] facts;
    private final String[] valueNames;
    private final String[] knownNames;
    private final Object[] placeholders;
    private final RulesEngine firstApplied = new DefaultRulesEngine(
            new RulesEngineParameters().skipOnFirstAppliedRule(true));
    private final RulesEngine allRules = new DefaultRulesEngine();

    public EasyRulesProfile(Profile profile) {
        MvelConditions mvel = new MvelConditions();
        int priority = 0;
        for (org.nocontact.rules.Rule rule : profile.precedence()) {
            String condition = mvel.translate(rule.when());
            conditions.put(rule.id(), condition);
            rules.register(new MVELRule()
                    .name(rule.id())
                    .priority(priority++)
                    .when(condition)
                    .then(DECISION + ".decide('" + rule.id() + "')"));
        }
        ruleIds = conditions.keySet().toArray(String[]::new);
        compiled = conditions.values().stream().map(MVEL::compileExpression).toArray(Serializable[]::new);
        Set<Fact> read = mvel.factsRead();
        facts = read.toArray(Fact[]::new);
        valueNames = read.stream().map(MvelConditions::value).toArray(String[]::new);
        knownNames = read.stream().map(MvelConditions::known).toArray(String[]::new);
        placeholders = read.stream().map(fact -> placeholder(fact.type())).toArray();
    }

    /** The MVEL conditions, in precedence order: to read what the translation made. */
    public Map<String, String> conditions() {
        return Collections.unmodifiableMap(conditions);
    }

    /** Easy Rules as usually configured for "first rule wins": it stops at the first rule that fires. */
    public String decideFirstApplied(Facts ours) {
        Decision decision = new Decision();
        org.jeasy.rules.api.Facts given = copy(ours);
        given.put(DECISION, decision);
        firstApplied.fire(rules, given);
        if (decision.rule == null) {
            throw new IllegalStateException("no Easy Rules rule fired");
        }
        return decision.rule;
    }

    /** Every rule's condition, as our Evaluation.of records every rule's outcome; the first true one decides. */
    public String decideAllRules(Facts ours) {
        Map<Rule, Boolean> outcomes = allRules.check(rules, copy(ours));
        for (Rule rule : rules) {
            if (outcomes.get(rule)) {
                return rule.getName();
            }
        }
        throw new IllegalStateException("no Easy Rules condition held");
    }

    /**
     * The same MVEL conditions without Easy Rules: the facts put once into a map, every compiled
     * expression run against it. What the expression language costs on its own.
     */
    public String decideMvelAlone(Facts ours) {
        Map<String, Object> variables = new HashMap<>(facts.length * 4);
        for (int i = 0; i < facts.length; i++) {
            Object value = ours.value(facts[i]).orElse(null);
            variables.put(knownNames[i], value != null);
            variables.put(valueNames[i], value != null ? value : placeholders[i]);
        }
        String decider = null;
        for (int i = 0; i < compiled.length; i++) {
            boolean applies = (Boolean) MVEL.executeExpression(compiled[i], variables);
            if (applies && decider == null) {
                decider = ruleIds[i];
            }
        }
        if (decider == null) {
            throw new IllegalStateException("no MVEL condition held");
        }
        return decider;
    }

    private org.jeasy.rules.api.Facts copy(Facts ours) {
        org.jeasy.rules.api.Facts copy = new org.jeasy.rules.api.Facts();
        for (int i = 0; i < facts.length; i++) {
            Object value = ours.value(facts[i]).orElse(null);
            copy.put(knownNames[i], value != null);
            copy.put(valueNames[i], value != null ? value : placeholders[i]);
        }
        return copy;
    }

    /**
     * Easy Rules refuses null facts, so an unknown fact gets a value of its type that no condition
     * reads: every comparison checks the known flag first.
     */
    private static Object placeholder(FactType type) {
        return switch (type) {
            case BOOLEAN -> Boolean.FALSE;
            case NUMBER -> 0;
            case NAME -> "";
            case NAMES -> Set.of();
            case DATE -> LocalDate.EPOCH;
        };
    }

    /** Where the firing rule's MVEL action writes its id. Public, as MVEL calls it by reflection. */
    public static final class Decision {
        private String rule;

        public void decide(String ruleId) {
            if (rule == null) {
                rule = ruleId;
            }
        }
    }
}
