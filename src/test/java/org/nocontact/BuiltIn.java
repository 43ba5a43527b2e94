package org.nocontact;

import org.nocontact.advice.Advisor;
import org.nocontact.rules.RuleFiles;
import org.nocontact.rules.RuleSet;
import org.nocontact.rules.RuleSetLoader;

/**
 * The built-in rule set and its two advisors, loaded afresh by {@link #load()}. A test class keeps
 * one in an instance field (with a per-class lifecycle) or builds it in its {@code @BeforeAll},
 * never in a static field: then every test class goes through the loader as it is when the class
 * runs, so a changed loader (a mutant) is noticed by every test that relies on the rules.
 */
public record BuiltIn(RuleSet rules, Advisor standard, Advisor strict) {
    public static BuiltIn load() {
        RuleSet rules = RuleSetLoader.load(RuleFiles.builtIn());
        return new BuiltIn(rules, new Advisor(rules, rules.profile("standard").orElseThrow()),
                new Advisor(rules, rules.profile("strict").orElseThrow()));
    }
}
