package org.nocontact.analysis;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nocontact.advice.Projection;
import org.nocontact.rules.Fact;
import org.nocontact.rules.FactType;

/**
 * Which value classes the days ahead (the projection's, up to {@link Projection#MAX_DAYS}) can move
 * each of today's classes to, and a boolean diagram turned into "true on some day ahead, today
 * included". Counts of days since something only grow (by at most a year), the days left of a
 * period only shrink, a period once complete stays complete; the occasion and the dates come and
 * go. Every other fact stays as today. A period not begun stays so unless today's advice begins one;
 * where it begins or extends one, the period's facts start again, so they may take any class. An over-approximation by class, per fact:
 * where the result is false, no day ahead has a situation where the diagram holds.
 */
final class DaysAheadReach {
    private enum Move { STAYS, GROWS, SHRINKS, COMPLETES, ANY }

    /** What the days ahead do to the period, as today's advice and today's period have it. */
    enum Period {
        /** None has begun and the advice begins none: its facts stay as today. */
        STAYS,
        /** One is running (or complete) and is held: its days count on. */
        RUNS,
        /** The advice begins or extends one today: its facts start again. */
        RESTARTS
    }

    private static final Set<Fact> GROW = EnumSet.of(Fact.BREAKUP_DAYS_AGO, Fact.EX_CONTACT_DAYS_AGO);
    private static final Set<Fact> GROW_WITH_THE_PERIOD = EnumSet.of(Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_DAY);
    private static final Set<Fact> THE_PERIOD = EnumSet.of(Fact.NO_CONTACT_STARTED, Fact.NO_CONTACT_DAYS,
            Fact.NO_CONTACT_DAYS_HELD, Fact.NO_CONTACT_DAY, Fact.NO_CONTACT_DAYS_LEFT, Fact.NO_CONTACT_COMPLETE);
    private static final Set<Fact> COME_AND_GO = EnumSet.of(Fact.PLAN_OCCASION, Fact.PLAN_OCCASION_INFERRED);

    private final Diagrams diagrams;
    private final Space space;
    /** Per variable, per class: the classes the days ahead can reach (today's included). */
    private final BitSet[][] reach;
    private final Move[] moves;
    private final Map<Integer, Integer> memo = new HashMap<>();

    /** The reach of the days ahead where they do this to the period. */
    DaysAheadReach(Diagrams diagrams, Period period) {
        this.diagrams = diagrams;
        this.space = diagrams.space();
        this.reach = new BitSet[space.size()][];
        this.moves = new Move[space.size()];
        for (int v = 0; v < space.size(); v++) {
            moves[v] = move(space.variable(v).fact(), period);
            List<ValueClass> classes = space.classes(v);
            reach[v] = new BitSet[classes.size()];
            for (int c = 0; c < classes.size(); c++) {
                reach[v][c] = reachable(moves[v], classes, c);
            }
        }
    }

    private static Move move(Fact fact, Period period) {
        if (fact.type() == FactType.DATE || COME_AND_GO.contains(fact) || period == Period.RESTARTS && THE_PERIOD.contains(fact)) {
            return Move.ANY;
        }
        if (period == Period.STAYS && THE_PERIOD.contains(fact)) {
            return Move.STAYS;
        }
        if (GROW.contains(fact) || GROW_WITH_THE_PERIOD.contains(fact)) {
            return Move.GROWS;
        }
        return switch (fact) {
            case NO_CONTACT_DAYS_LEFT -> Move.SHRINKS;
            case NO_CONTACT_COMPLETE -> Move.COMPLETES;
            default -> Move.STAYS;
        };
    }

    /** The classes a value of class {@code c} can move to within the days ahead (an unknown stays unknown). */
    private static BitSet reachable(Move move, List<ValueClass> classes, int c) {
        BitSet result = new BitSet();
        ValueClass from = classes.get(c);
        for (int to = 0; to < classes.size(); to++) {
            ValueClass other = classes.get(to);
            boolean reached = switch (move) {
                case STAYS -> to == c;
                case ANY -> true;
                case COMPLETES -> to == c || Boolean.TRUE.equals(other.value());
                case GROWS -> to == c || from.kind() == ValueClass.Kind.RANGE && other.kind() == ValueClass.Kind.RANGE
                        && other.low() > from.high() && other.low() <= from.high() + Projection.MAX_DAYS;
                case SHRINKS -> to == c || from.kind() == ValueClass.Kind.RANGE && other.kind() == ValueClass.Kind.RANGE
                        && other.high() < from.low() && other.high() >= from.low() - Projection.MAX_DAYS;
            };
            if (reached) {
                result.set(to);
            }
        }
        return result;
    }

    /**
     * True where some day ahead (today included) may have classes on which {@code where} holds: each
     * class of a moving fact replaced by the classes it can reach. Memoised across calls.
     */
    int someDay(int where) {
        if (Diagrams.isTerminal(where)) {
            return where;
        }
        Integer known = memo.get(where);
        if (known != null) {
            return known;
        }
        int v = diagrams.variable(where);
        int[] children = diagrams.children(where);
        diagrams.charge(children.length);
        int[] ahead = new int[children.length];
        for (int c = 0; c < children.length; c++) {
            ahead[c] = someDay(children[c]);
        }
        int result;
        if (moves[v] == Move.STAYS) {
            result = diagrams.make(v, ahead);
        } else {
            int[] reached = new int[children.length];
            for (int c = 0; c < children.length; c++) {
                reached[c] = Diagrams.FALSE;
                for (int to = reach[v][c].nextSetBit(0); to >= 0; to = reach[v][c].nextSetBit(to + 1)) {
                    reached[c] = diagrams.or(reached[c], ahead[to]);
                }
            }
            result = diagrams.make(v, reached);
        }
        memo.put(where, result);
        return result;
    }
}
