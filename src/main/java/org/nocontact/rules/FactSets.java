package org.nocontact.rules;

import java.util.Set;

/**
 * Facts known only as sets of possible values (a region of situations, for the analysis), asked
 * one comparison at a time: each answer says whether it holds for every situation in the set, for
 * none, or for some only.
 */
public interface FactSets {
    Truth is(Fact fact, Object value);

    Truth in(Fact fact, Set<Object> values);

    Truth atLeast(Fact fact, int bound);

    Truth atMost(Fact fact, int bound);

    Truth includesAny(Fact fact, Set<String> names);

    Truth known(Fact fact, boolean known);
}
