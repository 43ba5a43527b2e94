package org.nocontact.analysis;

import java.util.List;

/**
 * What an exploration covered: its leaves (those kept; {@code leafCount} counts all), the regions it
 * could not settle (never silently dropped), how many branches it made and how many it pruned as
 * holding no situation.
 */
public record Exploration(List<Leaf> leaves, long leafCount, List<Uncovered> uncovered, long splits, long pruned,
                          long filteredOut) {
    public Exploration {
        leaves = List.copyOf(leaves);
        uncovered = List.copyOf(uncovered);
    }

    /** A region left out, and why. */
    public record Uncovered(Region region, String reason) {
    }

    public boolean complete() {
        return uncovered.isEmpty();
    }
}
