package org.nocontact.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.nocontact.rules.Fact;
import org.nocontact.rules.Rule;
import org.nocontact.rules.Verdict;
import org.nocontact.situation.Situation;

/**
 * A region where every profile explored is decided by one rule: the deciding rule per profile (in
 * the order the profiles were given), a witness situation that really evaluates so, and the facts
 * the conditions read on the way.
 */
public record Leaf(Region region, List<Rule> deciders, Situation witness, Set<Fact> read) {
    public Leaf {
        deciders = List.copyOf(deciders);
        read = Set.copyOf(read);
    }

    public Rule decider(int profile) {
        return deciders.get(profile);
    }

    public Verdict verdict(int profile) {
        return decider(profile).verdict();
    }

    /** Which date fact the deciding rule names as the day to look again, if any. */
    public Optional<Fact> reconsiderOn(int profile) {
        return decider(profile).reconsiderOn();
    }
}
