package org.nocontact.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
    /**
     * The spaces of the last rule sets used, least recently used first: one more drops only the eldest,
     * never a rule set just given its kept cuts (clearing them all lost those, and it was cut again).
     */
    private static final Map<Identity, Shared> SHARED = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Identity, Shared> eldest) {
            return size() > MAX_SHARED;
        }
    };

    /** A rule set told apart by identity (two loads of the same files are two rule sets). */
    private static final class Identity {
        private final RuleSet rules;

        Identity(RuleSet rules) {
            this.rules = rules;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.rules == rules;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(rules);
        }
    }

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
        return SHARED.computeIfAbsent(new Identity(rules), key -> new Shared(key.rules));
    }

    /**
     * The profiles' cuts made so far, as plain values (profiles by name), for a caller that
     * keeps them between runs on the very same rule files (`rules test` does): see {@link #keep}.
     */
    public static byte[] cuts(RuleSet rules) {
        Shared shared = shared(rules);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(shared.space.size());
            synchronized (shared) {
                for (String name : rules.profileNames()) {
                    Profile profile = rules.profiles().get(name);
                    Partition.Cut cut = shared.cuts.get(profile);
                    out.writeBoolean(cut != null);
                    if (cut != null) {
                        cut.write(profile, out);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The cuts {@link #cuts} gave for a rule set loaded from the same files, taken as this rule set's
     * instead of cutting again; each caller is still charged the work the cut took. Bytes that do not
     * read back whole are ignored (the profiles are cut as usual).
     */
    public static void keep(RuleSet rules, byte[] cuts) {
        Shared shared = shared(rules);
        Map<Profile, Partition.Cut> read = new IdentityHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(cuts))) {
            if (in.readInt() != shared.space.size()) {
                return;
            }
            for (String name : rules.profileNames()) {
                Profile profile = rules.profiles().get(name);
                if (in.readBoolean()) {
                    read.put(profile, Partition.read(shared.space, profile, in));
                }
            }
            if (in.read() != -1) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        synchronized (shared) {
            read.forEach(shared.cuts::putIfAbsent);
        }
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
