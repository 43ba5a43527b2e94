package org.nocontact.rules;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.nocontact.rules.drafts.DraftRules;

/**
 * The built-in rule set as the build loaded and checked it, kept in the jar as a compact binary of
 * our own model ({@code nocontact/rules/ruleset.snapshot}), so that a start reads it instead of
 * parsing and checking the JSON again. The build makes it from the rules it packs
 * (the rule-snapshot step at process-classes in pom.xml, {@code cli/BuiltInRules.main}): it is made again on every
 * build, and a rule set that does not load fails the build, so the snapshot can never be older than
 * the JSON beside it. Only plain values are read (strings, numbers, enum names): no class named in
 * the file is ever loaded. A rule folder given with --rules is always read as JSON.
 */
public final class RuleSetSnapshot {
    static final String RESOURCE = "/nocontact/rules/ruleset.snapshot";
    /** "NCRS", then the format: a snapshot of another format is a build error, never read. */
    static final int MAGIC = 0x4e435253;
    static final int FORMAT = 3;

    private RuleSetSnapshot() {
    }

    /**
     * The snapshot in the jar; empty only where the build made none (classes compiled by an IDE
     * without Maven's process-classes step), and then the JSON is loaded as before.
     *
     * @throws IllegalStateException when a snapshot is there but cannot be read (a broken build)
     */
    public static Optional<RuleSet> builtIn() {
        InputStream in = RuleSetSnapshot.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return Optional.empty();
        }
        return Optional.of(read(in));
    }

    /**
     * A snapshot of a rule set loaded from a folder, to keep between runs (`rules test` does): only when it
     * reads back as the very same rule set, so a part of the model the snapshot could not hold is never lost.
     */
    public static Optional<byte[]> keepable(RuleSet rules) {
        try {
            byte[] bytes = SnapshotWriter.write(rules);
            return kept(bytes).filter(read -> same(read, rules)).map(read -> bytes);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A snapshot {@link #keepable} made, read back; empty when it cannot be read. */
    public static Optional<RuleSet> kept(byte[] snapshot) {
        try (DataInputStream data = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            return Optional.of(new SnapshotReader(data).ruleSet());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Equal rule sets: every record, and the draft rules (their phrase index, a matcher, is made from those). */
    private static boolean same(RuleSet a, RuleSet b) {
        DraftRules x = a.drafts();
        DraftRules y = b.drafts();
        return withoutDrafts(a).equals(withoutDrafts(b)) && x.file().equals(y.file()) && x.rules().equals(y.rules())
                && x.verdicts().equals(y.verdicts()) && x.spellings().equals(y.spellings());
    }

    private static RuleSet withoutDrafts(RuleSet r) {
        return new RuleSet(r.name(), r.files(), r.sources(), r.defaultNoContactDays(), r.definitions(), r.generalAdvice(),
                r.rules(), r.profiles(), r.defaultProfile(), r.invariants(), DraftRules.NONE);
    }

    /** A snapshot as {@link SnapshotWriter#write} made it; the stream is closed. */
    static RuleSet read(InputStream in) {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            return new SnapshotReader(data).ruleSet();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the built-in rule snapshot " + RESOURCE + " could not be read ("
                    + e.getMessage() + "); rebuild with mvn package", e);
        }
    }
}
