package org.nocontact.analysis;

/**
 * How much work explorations may do, counted as the work actually done: value classes tested when
 * a condition is decided on a region (an "in" test counts each of its values), and the condition
 * parts a witness's real evaluation walks. One budget is shared by every exploration of a run (a
 * lint, or a diff over all its profiles), so that no rule set can make the tools run for long;
 * when it is spent, what is left is reported as not covered, and the run fails.
 */
public final class Budget {
    /** About a few seconds of work on this project's 2-core machine. */
    public static final long DEFAULT_WORK = 100_000_000;

    private final long total;
    private long remaining;

    private Budget(long work) {
        this.total = work;
        this.remaining = work;
    }

    /** The work done so far (all of it once spent). */
    public synchronized long used() {
        return total - remaining;
    }

    public static Budget of(long work) {
        return new Budget(work);
    }

    public static Budget standard() {
        return of(DEFAULT_WORK);
    }

    /** Takes work done from the budget; false once it is spent. */
    synchronized boolean spend(long work) {
        if (remaining < work) {
            remaining = 0;
            return false;
        }
        remaining -= work;
        return true;
    }

    public synchronized boolean spent() {
        return remaining <= 0;
    }
}
