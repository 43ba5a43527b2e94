package org.nocontact.interview;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.nocontact.analysis.Partition;
import org.nocontact.analysis.Region;
import org.nocontact.analysis.Space;
import org.nocontact.analysis.Witnesses;
import org.nocontact.rules.Fact;

/**
 * The pair test of a reading's leaves: whether answering some facts could change an outcome (such
 * as the deciding rule). It can exactly when two situations of the region that agree on every fact
 * not answered have different outcomes. Two leaves can hold such a pair only if, on every other
 * variable, their classes overlap, and both still hold a situation once narrowed to that overlap.
 */
final class LeafPairs {
    private final Space space;
    private final Witnesses witnesses;

    LeafPairs(Space space, Witnesses witnesses) {
        this.space = space;
        this.witnesses = witnesses;
    }

    /** The variables of the space that hold none of the facts given, in the space's order. */
    int[] apartFrom(Set<Fact> answered) {
        int[] others = new int[space.size()];
        int n = 0;
        for (int v = 0; v < others.length; v++) {
            if (!answered.contains(space.variable(v).fact())) {
                others[n++] = v;
            }
        }
        return Arrays.copyOf(others, n);
    }

    /** Whether two leaves of different outcomes can hold situations that agree on every fact not answered. */
    boolean anyPair(List<Partition.Part> leaves, Set<Fact> answered, DecidingRules.Outcome outcome) {
        // loops, not streams: a first run interprets this thousands of times before it is compiled
        Object[] outcomes = new Object[leaves.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = outcome.of(leaves.get(i));
        }
        int[] others = apartFrom(answered);
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                if (!outcomes[i].equals(outcomes[j])
                        && agreeElsewhere(leaves.get(i).region(), leaves.get(j).region(), others)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether some situation of each region has the same value as one of the other on every variable given. */
    private boolean agreeElsewhere(Region a, Region b, int[] others) {
        for (int v : others) {
            if (!a.meets(b, v)) {
                return false; // most pairs part on some variable: found without copying a mask
            }
        }
        Region narrowedA = a;
        Region narrowedB = b;
        for (int v : others) {
            BitSet ofA = a.mask(v);
            BitSet ofB = b.mask(v);
            BitSet both = (BitSet) ofA.clone();
            both.and(ofB);
            // narrowing a region to the classes it already has changes nothing, so it is not copied
            if (!both.equals(ofA)) {
                narrowedA = narrowedA.restrict(v, both);
            }
            if (!both.equals(ofB)) {
                narrowedB = narrowedB.restrict(v, both);
            }
        }
        return !witnesses.check(narrowedA).isEmpty() && !witnesses.check(narrowedB).isEmpty();
    }
}
