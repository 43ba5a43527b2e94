package org.nocontact.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.nocontact.rules.Profile;
import org.nocontact.rules.Rule;

/**
 * What an exploration still wants to see: per tuple of deciding rules the {@link Explorer.Interest}
 * its caller asked for, the tuples already found once, and the nodes already walked with the same
 * classes where nothing new can be found below them.
 */
final class Wants {
    /** Nodes reached with these classes (of the variables tested below them, and of the linked ones). */
    private record Visit(int filter, int node, List<BitSet> classes) {
    }

    private final Space space;
    private final Diagrams diagrams;
    private final List<Profile> profiles;
    private final Function<List<Rule>, Explorer.Interest> interest;
    private final BitSet linked;
    private final Map<Integer, Explorer.Interest> interests = new HashMap<>();
    private final Set<Integer> found = new HashSet<>();
    /**
     * Where every terminal below is wanted once at most, a node reached again with the same classes
     * below it and the same linked classes can find nothing new: each is walked once.
     */
    private final Set<Visit> visited = new HashSet<>();

    Wants(Space space, List<Profile> profiles, Function<List<Rule>, Explorer.Interest> interest) {
        this.space = space;
        this.diagrams = space.diagrams();
        this.profiles = profiles;
        this.interest = interest;
        this.linked = space.witnesses().linkedVariables();
    }

    /** Whether a terminal is still wanted: not filtered out, not skipped, and not one already found once. */
    private boolean wantedTerminal(int value) {
        if (value == Diagrams.value(Diagrams.FALSE)) {
            return false;
        }
        Explorer.Interest wanted = interests.computeIfAbsent(value,
                v -> interest.apply(deciders(Diagrams.terminal(v))));
        return wanted == Explorer.Interest.ALL || wanted == Explorer.Interest.ONE && !found.contains(value);
    }

    /** Whether a node leads to a terminal still wanted (else what lies below it is covered, not listed). */
    boolean wanted(int node) {
        if (Diagrams.isTerminal(node)) {
            return wantedTerminal(Diagrams.value(node));
        }
        BitSet reach = diagrams.reachable(node);
        for (int t = reach.nextSetBit(0); t >= 0; t = reach.nextSetBit(t + 1)) {
            if (wantedTerminal(t)) {
                return true;
            }
        }
        return false;
    }

    /** Notes that the region of a terminal was found (one wanted once is not wanted again). */
    void found(int terminal) {
        found.add(Diagrams.value(terminal));
    }

    /**
     * Whether this node, about to be split at {@code variable}, is worth walking: not when every
     * terminal below it is wanted once at most and it was walked before with the same classes.
     */
    boolean firstVisit(Region region, int filter, int node, int variable) {
        return !onceAtMost(node) || visited.add(visit(region, filter, node, variable));
    }

    /** Whether every terminal below a node is wanted once at most (none is listed in full). */
    private boolean onceAtMost(int node) {
        BitSet reach = diagrams.reachable(node);
        for (int t = reach.nextSetBit(0); t >= 0; t = reach.nextSetBit(t + 1)) {
            if (wantedTerminal(t) && interests.get(t) == Explorer.Interest.ALL) {
                return false;
            }
        }
        return true;
    }

    private Visit visit(Region region, int filter, int node, int variable) {
        int from = diagrams.level(variable);
        List<BitSet> classes = new ArrayList<>();
        for (int v = 0; v < space.size(); v++) {
            if (linked.get(v) || diagrams.level(v) >= from) {
                classes.add(region.maskView(v));
            }
        }
        diagrams.charge(classes.size());
        return new Visit(filter, node, classes);
    }

    /** The rule deciding in each profile at a tuple terminal. */
    List<Rule> deciders(int terminal) {
        List<Integer> places = diagrams.deciders(terminal);
        List<Rule> rules = new ArrayList<>(places.size());
        for (int k = 0; k < places.size(); k++) {
            rules.add(profiles.get(k).precedence().get(places.get(k)));
        }
        return rules;
    }
}
