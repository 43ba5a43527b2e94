package org.nocontact.analysis;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.nocontact.rules.Profile;
import org.nocontact.rules.RuleSet;

/**
 * One space per rule set in use, with its decision diagrams, and one partition of it per profile,
 * shared by everything in the process that reads the rule set's profiles: the advice's free answers
 * (the look-again day) and the interview's reading of the answers so far. Without it each made its
 * own space and cut the whole of it again. Rule sets are told apart by identity (hashing a rule set's
 * contents would cost more than the sharing saves); a few are kept.
 */
public final class SharedSpaces {
    private static final int MAX_SHARED = 8;
    private static final Map<RuleSet, Shared> SHARED = new IdentityHashMap<>();

    private SharedSpaces() {
    }

    private static final class Shared {
        private final Space space;
        private final Map<Profile, Partition.Cut> cuts = new IdentityHashMap<>();

        private Shared(RuleSet rules) {
            this.space = Space.of(rules);
        }
    }

    private static synchronized Shared shared(RuleSet rules) {
        if (!SHARED.containsKey(rules) && SHARED.size() >= MAX_SHARED) {
            SHARED.clear();
        }
        return SHARED.computeIfAbsent(rules, Shared::new);
    }

    /** The space of this rule set (see {@link Space#of(RuleSet)}), made once. */
    public static Space of(RuleSet rules) {
        return shared(rules).space;
    }

    /**
     * The profile's partition of the rule set's space ({@link Partition#of}), cut once; each call is
     * charged the work the cut took, as if it had cut the space itself, so a budget runs out where it
     * did when each caller cut its own.
     */
    public static Optional<Partition> partition(RuleSet rules, Profile profile, Budget charged) {
        Shared shared = shared(rules);
        Partition.Cut cut;
        synchronized (shared) {
            cut = shared.cuts.computeIfAbsent(profile, p -> Partition.cut(shared.space, p));
        }
        charged.spend(cut.work());
        return cut.partition();
    }
}
