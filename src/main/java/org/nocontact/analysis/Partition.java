package org.nocontact.analysis;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.nocontact.rules.Condition;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;

/**
 * The whole space cut by one profile into the regions where one rule decides, explored once. The
 * rules that can decide in a smaller region (the answers an interview has so far; a day's facts
 * with the feelings left free) are then read off it, part by part, instead of exploring that region
 * again: a part of the region is where a part of the partition meets it and still holds a
 * situation. An exploration of the region finds the same parts, since it walks the same decision
 * diagram with fewer classes allowed and what holds no situation in a larger region holds none in
 * a smaller one.
 */
public final class Partition {
    /** Profiles with more rules than this are not cut whole: each region asked about is explored instead. */
    static final int MAX_RULES = 60;
    /** The work cutting the whole space may take; the shipped profiles take under a tenth of it. */
    static final long MAX_WORK = 1_000_000;

    /** A region where one rule decides. */
    public record Part(Region region, Rule decider) {
    }

    private final Space space;
    private final List<Part> parts;
    /**
     * For each variable and each of its classes, the parts (bits by their place in the partition) whose
     * region allows that class: the parts a region may meet are found a word at a time instead of part by
     * part (made at the first reading, under the space's lock like every reading).
     */
    private long[][][] byClass;

    private Partition(Space space, List<Part> parts) {
        this.space = space;
        this.parts = List.copyOf(parts);
    }

    /**
     * The partition of the whole space by a profile, its work charged to {@code charged}; empty for
     * a profile too large to cut whole within {@link #MAX_WORK} (then explore each region instead).
     */
    public static Optional<Partition> of(Space space, Profile profile, Budget charged) {
        Cut cut = cut(space, profile);
        charged.spend(cut.work());
        return cut.partition();
    }

    /** A partition (empty where the profile is too large to cut whole) and the work cutting it took. */
    record Cut(Optional<Partition> partition, long work) {
        void write(Profile profile, DataOutput out) throws IOException {
            if (partition.isPresent()) {
                partition.get().write(profile, work, out);
            } else {
                out.writeLong(work);
                out.writeInt(-1);
            }
        }
    }

    /** The partition of the whole space by a profile, and the work it took ({@link #of}, with nothing charged). */
    static Cut cut(Space space, Profile profile) {
        if (profile.precedence().size() > MAX_RULES) {
            return new Cut(Optional.empty(), 0);
        }
        Budget own = Budget.of(MAX_WORK);
        Exploration whole = Explorer.explore(space.everything(), new Condition.Always(), List.of(profile), own,
                Integer.MAX_VALUE);
        if (!whole.complete()) {
            return new Cut(Optional.empty(), own.used());
        }
        return new Cut(Optional.of(new Partition(space, whole.leaves().stream()
                .map(leaf -> new Part(leaf.region(), leaf.decider(0))).toList())), own.used());
    }

    /**
     * The cut as plain values, to keep between runs: the work it took, whether it was whole, then each
     * part's classes per variable and its deciding rule's place in the profile's precedence.
     */
    void write(Profile profile, long work, DataOutput out) throws IOException {
        out.writeLong(work);
        out.writeInt(parts.size());
        for (Part part : parts) {
            out.writeShort(profile.precedence().indexOf(part.decider()));
            for (int v = 0; v < space.size(); v++) {
                long[] words = part.region().maskView(v).toLongArray();
                out.writeByte(words.length);
                for (long word : words) {
                    out.writeLong(word);
                }
            }
        }
    }

    /** A cut {@link #write} wrote for this profile over this space (equal to its rule set's). */
    static Cut read(Space space, Profile profile, DataInput in) throws IOException {
        long work = in.readLong();
        int size = in.readInt();
        if (size < 0) {
            return new Cut(Optional.empty(), work);
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Rule decider = profile.precedence().get(in.readShort());
            BitSet[] masks = new BitSet[space.size()];
            for (int v = 0; v < masks.length; v++) {
                long[] words = new long[in.readUnsignedByte()];
                for (int w = 0; w < words.length; w++) {
                    words[w] = in.readLong();
                }
                masks[v] = BitSet.valueOf(words);
            }
            parts.add(new Part(Region.of(space, masks), decider));
        }
        return new Cut(Optional.of(new Partition(space, parts)), work);
    }

    /** How many parts the whole space has. */
    public int size() {
        return parts.size();
    }

    /**
     * The parts of a region that hold a situation, each with its deciding rule, in the partition's
     * order; empty where the witness builder cannot decide whether the region, or one of its parts,
     * holds a situation, or the work spends {@code budget} (then explore the region instead).
     */
    public Optional<List<Part>> within(Region region, Budget budget) {
        Witnesses witnesses = space.witnesses();
        synchronized (space.diagrams()) {
            witnesses.takeWork();
            Optional<List<Part>> inside = inside(region, candidates(region), witnesses);
            return budget.spend(witnesses.takeWork()) ? inside : Optional.empty();
        }
    }

    /**
     * As {@link #within(Region, Budget)}, read off the parts already found within a region that
     * holds this one (what this method gave for it): every other part holds no situation there, so
     * none here, and a part met there is met here as {@code part ∩ there ∩ here = part ∩ here}.
     */
    public Optional<List<Part>> within(Region region, List<Part> withinAHoldingRegion, Budget budget) {
        Witnesses witnesses = space.witnesses();
        synchronized (space.diagrams()) {
            witnesses.takeWork();
            Optional<List<Part>> inside = inside(region, withinAHoldingRegion, witnesses);
            return budget.spend(witnesses.takeWork()) ? inside : Optional.empty();
        }
    }

    /**
     * The parts of the partition that share a class with the region on every variable the region
     * narrows (on the others every part does), in the partition's order: those that
     * {@link Region#overlaps} it.
     */
    private List<Part> candidates(Region region) {
        long[][][] index = byClass();
        long[] left = new long[(parts.size() + 63) >>> 6];
        java.util.Arrays.fill(left, -1L);
        if (parts.size() % 64 != 0) {
            left[left.length - 1] = (1L << parts.size()) - 1;
        }
        long[] meeting = new long[left.length];
        for (int v = 0; v < index.length; v++) {
            BitSet mask = region.maskView(v);
            if (mask.cardinality() == index[v].length) {
                continue;
            }
            java.util.Arrays.fill(meeting, 0L);
            for (int c = mask.nextSetBit(0); c >= 0; c = mask.nextSetBit(c + 1)) {
                for (int w = 0; w < meeting.length; w++) {
                    meeting[w] |= index[v][c][w];
                }
            }
            long any = 0;
            for (int w = 0; w < left.length; w++) {
                left[w] &= meeting[w];
                any |= left[w];
            }
            if (any == 0) {
                return List.of();
            }
        }
        List<Part> candidates = new ArrayList<>();
        for (int w = 0; w < left.length; w++) {
            for (long bits = left[w]; bits != 0; bits &= bits - 1) {
                candidates.add(parts.get(w * 64 + Long.numberOfTrailingZeros(bits)));
            }
        }
        return candidates;
    }

    private long[][][] byClass() {
        if (byClass == null) {
            long[][][] index = new long[space.size()][][];
            int words = (parts.size() + 63) >>> 6;
            for (int v = 0; v < index.length; v++) {
                index[v] = new long[space.classes(v).size()][words];
                for (int p = 0; p < parts.size(); p++) {
                    BitSet mask = parts.get(p).region().maskView(v);
                    for (int c = mask.nextSetBit(0); c >= 0; c = mask.nextSetBit(c + 1)) {
                        index[v][c][p >>> 6] |= 1L << p;
                    }
                }
            }
            byClass = index;
        }
        return byClass;
    }

    private static Optional<List<Part>> inside(Region region, List<Part> parts, Witnesses witnesses) {
        Witnesses.Result whole = witnesses.check(region);
        if (whole.undecided().isPresent()) {
            return Optional.empty();
        }
        List<Part> inside = new ArrayList<>();
        if (whole.isEmpty()) {
            return Optional.of(inside);
        }
        for (Part part : parts) {
            if (!part.region().overlaps(region)) {
                continue;
            }
            Region both = part.region().intersect(region);
            Witnesses.Result result = witnesses.check(both);
            if (result.undecided().isPresent()) {
                return Optional.empty();
            }
            if (!result.isEmpty()) {
                inside.add(new Part(both, part.decider()));
            }
        }
        return Optional.of(inside);
    }
}
